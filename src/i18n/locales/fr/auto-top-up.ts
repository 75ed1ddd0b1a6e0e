/** French: automatic top-up (the English is ../../en/auto-top-up.ts). */
import type { autoTopUp } from '../../en/auto-top-up.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'autoTopUp.title': 'Recharge automatique',
  'autoTopUp.loading': 'Chargement de la recharge automatique…',
  'autoTopUp.status': 'État',
  'autoTopUp.on': 'Activée',
  'autoTopUp.off': 'Désactivée',
  'autoTopUp.rule': 'Règle',
  'autoTopUp.ruleText': 'Quand le solde passe sous {threshold}, acheter {credits}',
  'autoTopUp.credits': {
    one: '{count} crédit',
    many: '{count} crédits',
    other: '{count} crédits',
  },
  'autoTopUp.limit': 'Limite mensuelle',
  'autoTopUp.limitText': {
    one: 'Au plus {count} fois par mois',
    many: 'Au plus {count} fois par mois',
    other: 'Au plus {count} fois par mois',
  },
  'autoTopUp.noLimit': 'Aucune limite mensuelle',
  'autoTopUp.paymentMethod': 'Moyen de paiement',
  'autoTopUp.noPaymentMethod': 'Aucun enregistré',
  'autoTopUp.price': 'Prix d’une recharge',
  'autoTopUp.last': 'Dernière recharge automatique',
  'autoTopUp.lastNone': 'Aucune pour l’instant',
  'autoTopUp.lastText': '{date} : {credits}, {status}',
  'autoTopUp.completed': 'effectuée',
  'autoTopUp.lastFailed':
    'La dernière recharge automatique, le {date} ({credits}), a échoué : {message}',
  'autoTopUp.lastFailedNoReason':
    'La dernière recharge automatique, le {date} ({credits}), a échoué.',
  'autoTopUp.edit': 'Modifier',
  'autoTopUp.saved': 'Recharge automatique enregistrée et activée. {rule}. {limit}.',
  'autoTopUp.savedOff': 'Recharge automatique enregistrée : elle est désactivée.',
  'autoTopUp.enabled': 'Recharger automatiquement',
  'autoTopUp.threshold': 'Recharger quand le solde passe sous (crédits)',
  'autoTopUp.thresholdHint': 'Un nombre entier, 0 ou plus.',
  'autoTopUp.topUpCredits': 'Crédits à acheter à chaque fois',
  'autoTopUp.topUpHint': 'Un nombre entier, au moins {min}.',
  'autoTopUp.bundles': 'Forfaits',
  'autoTopUp.eachCosts': 'Chaque recharge coûte {price}.',
  'autoTopUp.monthlyLimit': 'Recharges par mois, au plus',
  'autoTopUp.monthlyLimitHint': 'Un nombre entier, 1 ou plus.',
  'autoTopUp.noLimitLabel': 'Aucune limite mensuelle',
  'autoTopUp.empty': 'Saisissez un nombre.',
  'autoTopUp.notWhole': 'Saisissez un nombre entier.',
  'autoTopUp.tooLarge': 'Ce nombre est trop grand.',
  'autoTopUp.atLeast': 'Saisissez {min} ou plus.',
  'autoTopUp.buyAtLeast': {
    one: 'Achetez au moins {count} crédit à chaque fois.',
    many: 'Achetez au moins {count} crédits à chaque fois.',
    other: 'Achetez au moins {count} crédits à chaque fois.',
  },
  'autoTopUp.startsNow': {
    one: 'Le solde est de {count} crédit, sous ce seuil : une recharge démarrera dès l’enregistrement.',
    many: 'Le solde est de {count} crédits, sous ce seuil : une recharge démarrera dès l’enregistrement.',
    other:
      'Le solde est de {count} crédits, sous ce seuil : une recharge démarrera dès l’enregistrement.',
  },
  'autoTopUp.paymentMethodRequired':
    'Un moyen de paiement enregistré est nécessaire pour activer la recharge automatique.',
  'autoTopUp.addPaymentMethod': 'Ajouter un moyen de paiement',
  'autoTopUp.choiceKept':
    'Vos réglages sont conservés : enregistrez à nouveau une fois le moyen de paiement ajouté.',
  'autoTopUp.otherField': '{field} : {message}',
  'autoTopUp.save': 'Enregistrer',
  'autoTopUp.saving': 'Enregistrement…',
} satisfies AreaTranslation<typeof autoTopUp>;
