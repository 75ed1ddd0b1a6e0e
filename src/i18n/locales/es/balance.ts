/** Spanish: balance (the English is ../../en/balance.ts). */
import type { balance } from '../../en/balance.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'balance.title': 'Créditos disponibles',
  'balance.loading': 'Cargando los créditos disponibles…',
  'balance.unit': {
    one: 'crédito',
    many: 'créditos',
    other: 'créditos',
  },
  'balance.updated': 'Actualizado: {time}',
  'balance.purchase': 'Comprar créditos',
  'balance.viewBilling': 'Ver facturación',
  'balance.runway': {
    one: 'A su ritmo reciente (unos {count} crédito al mes), este saldo durará hasta {until}.',
    many: 'A su ritmo reciente (unos {count} de créditos al mes), este saldo durará hasta {until}.',
    other: 'A su ritmo reciente (unos {count} créditos al mes), este saldo durará hasta {until}.',
  },
  'balance.runwayBeyond': {
    one: 'A su ritmo reciente (unos {count} crédito al mes), este saldo durará más de diez años.',
    many: 'A su ritmo reciente (unos {count} de créditos al mes), este saldo durará más de diez años.',
    other:
      'A su ritmo reciente (unos {count} créditos al mes), este saldo durará más de diez años.',
  },
  'balance.early': 'principios de {month}',
  'balance.mid': 'mediados de {month}',
  'balance.late': 'finales de {month}',
  'balance.runwayPlaceholder':
    'A su ritmo reciente, este saldo durará hasta principios de febrero.',
  'balance.topUp': {
    one: 'Recargar {count} crédito',
    many: 'Recargar {count} créditos',
    other: 'Recargar {count} créditos',
  },
  'balance.askAdminTopUp': 'Pida a un administrador que haga una recarga.',
  'balance.setUpAutoTopUp': 'Configurar recargas automáticas y alertas',
  'balance.paused': 'El procesamiento de fotos está en pausa hasta que se añadan créditos.',
  'balance.pausedAdmin': 'Compre créditos para reanudarlo.',
  'balance.pausedUser': 'Pida a un administrador de su organización que añada créditos.',
  'balance.low': {
    one: 'Saldo bajo: queda menos de {count} crédito.',
    many: 'Saldo bajo: quedan menos de {count} créditos.',
    other: 'Saldo bajo: quedan menos de {count} créditos.',
  },
  'balance.cost': 'Precio por crédito',
  'balance.costHidden': 'Oculto',
  'balance.showCost': 'Mostrar el precio por crédito',
  'balance.hideCost': 'Ocultar el precio por crédito',
  'balance.show': 'Mostrar',
  'balance.hide': 'Ocultar',
} satisfies AreaTranslation<typeof balance>;
