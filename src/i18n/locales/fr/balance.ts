/** French: balance (the English is ../../en/balance.ts). */
import type { balance } from '../../en/balance.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'balance.title': 'Crédits disponibles',
  'balance.loading': 'Chargement des crédits disponibles…',
  'balance.unit': {
    one: 'crédit',
    many: 'crédits',
    other: 'crédits',
  },
  'balance.updated': 'Mis à jour le {time}',
  'balance.purchase': 'Acheter des crédits',
  'balance.viewBilling': 'Voir la facturation',
  'balance.runway': {
    one: 'À votre rythme récent (environ {count} crédit par mois), ce solde durera jusqu’à {until}.',
    many: 'À votre rythme récent (environ {count} de crédits par mois), ce solde durera jusqu’à {until}.',
    other:
      'À votre rythme récent (environ {count} crédits par mois), ce solde durera jusqu’à {until}.',
  },
  'balance.runwayBeyond': {
    one: 'À votre rythme récent (environ {count} crédit par mois), ce solde durera plus de dix ans.',
    many: 'À votre rythme récent (environ {count} de crédits par mois), ce solde durera plus de dix ans.',
    other:
      'À votre rythme récent (environ {count} crédits par mois), ce solde durera plus de dix ans.',
  },
  'balance.early': 'début {month}',
  'balance.mid': 'mi-{month}',
  'balance.late': 'fin {month}',
  'balance.runwayPlaceholder': 'À votre rythme récent, ce solde durera jusqu’à début février.',
  'balance.topUp': {
    one: 'Recharger {count} crédit',
    many: 'Recharger {count} crédits',
    other: 'Recharger {count} crédits',
  },
  'balance.askAdminTopUp': 'Demandez à un administrateur d’effectuer une recharge.',
  'balance.setUpAutoTopUp': 'Configurer les recharges automatiques et les alertes',
  'balance.paused': 'Le traitement des photos est suspendu jusqu’à l’ajout de crédits.',
  'balance.pausedAdmin': 'Achetez des crédits pour le reprendre.',
  'balance.pausedUser': 'Demandez à un administrateur de votre organisation d’ajouter des crédits.',
  'balance.low': {
    one: 'Solde faible : il reste moins de {count} crédit.',
    many: 'Solde faible : il reste moins de {count} crédits.',
    other: 'Solde faible : il reste moins de {count} crédits.',
  },
  'balance.cost': 'Coût par crédit',
  'balance.costHidden': 'Masqué',
  'balance.showCost': 'Afficher le coût par crédit',
  'balance.hideCost': 'Masquer le coût par crédit',
  'balance.show': 'Afficher',
  'balance.hide': 'Masquer',
} satisfies AreaTranslation<typeof balance>;
