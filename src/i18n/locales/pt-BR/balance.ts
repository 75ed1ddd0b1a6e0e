/** Portuguese (Brazil): balance (the English is ../../en/balance.ts). */
import type { balance } from '../../en/balance.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'balance.title': 'Créditos disponíveis',
  'balance.loading': 'Carregando créditos disponíveis…',
  'balance.unit': {
    zero: 'créditos',
    one: 'crédito',
    many: 'créditos',
    other: 'créditos',
  },
  'balance.updated': 'Atualizado em {time}',
  'balance.purchase': 'Comprar créditos',
  'balance.viewBilling': 'Ver faturamento',
  'balance.runway': {
    one: 'No seu ritmo recente (cerca de {count} crédito por mês), este saldo dura até {until}.',
    many: 'No seu ritmo recente (cerca de {count} de créditos por mês), este saldo dura até {until}.',
    other: 'No seu ritmo recente (cerca de {count} créditos por mês), este saldo dura até {until}.',
  },
  'balance.runwayBeyond': {
    one: 'No seu ritmo recente (cerca de {count} crédito por mês), este saldo dura mais de dez anos.',
    many: 'No seu ritmo recente (cerca de {count} de créditos por mês), este saldo dura mais de dez anos.',
    other:
      'No seu ritmo recente (cerca de {count} créditos por mês), este saldo dura mais de dez anos.',
  },
  'balance.early': 'o início de {month}',
  'balance.mid': 'meados de {month}',
  'balance.late': 'o fim de {month}',
  'balance.runwayPlaceholder': 'No seu ritmo recente, este saldo dura até o início de fevereiro.',
  'balance.topUp': {
    one: 'Recarregar {count} crédito',
    many: 'Recarregar {count} créditos',
    other: 'Recarregar {count} créditos',
  },
  'balance.askAdminTopUp': 'Peça a um administrador para fazer uma recarga.',
  'balance.setUpAutoTopUp': 'Configurar recargas automáticas e alertas',
  'balance.paused': 'O processamento de fotos está pausado até que créditos sejam adicionados.',
  'balance.pausedAdmin': 'Compre créditos para retomar.',
  'balance.pausedUser': 'Peça a um administrador da sua organização para adicionar créditos.',
  'balance.low': {
    one: 'Saldo baixo: menos de {count} crédito restante.',
    many: 'Saldo baixo: menos de {count} créditos restantes.',
    other: 'Saldo baixo: menos de {count} créditos restantes.',
  },
  'balance.cost': 'Custo por crédito',
  'balance.costHidden': 'Oculto',
  'balance.showCost': 'Mostrar custo por crédito',
  'balance.hideCost': 'Ocultar custo por crédito',
  'balance.show': 'Mostrar',
  'balance.hide': 'Ocultar',
} satisfies AreaTranslation<typeof balance>;
