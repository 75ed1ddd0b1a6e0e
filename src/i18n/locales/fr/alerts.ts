/** French: alerts (the English is ../../en/alerts.ts). */
import type { alerts } from '../../en/alerts.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'alerts.title': 'Alertes de crédits',
  'alerts.loading': 'Chargement des alertes…',
  'alerts.lowBalance': 'Alerte de solde bas',
  'alerts.lowBalanceRule': {
    one: 'Quand le solde passe sous {count} crédit',
    many: 'Quand le solde passe sous {count} crédits',
    other: 'Quand le solde passe sous {count} crédits',
  },
  'alerts.runway': 'Alerte d’autonomie',
  'alerts.runwayRule': {
    one: 'Quand les crédits dureront moins de {count} jour au rythme récent',
    many: 'Quand les crédits dureront moins de {count} jours au rythme récent',
    other: 'Quand les crédits dureront moins de {count} jours au rythme récent',
  },
  'alerts.equivalent': {
    one: 'Au rythme récent, cela représente environ {count} crédit aujourd’hui.',
    many: 'Au rythme récent, cela représente environ {count} crédits aujourd’hui.',
    other: 'Au rythme récent, cela représente environ {count} crédits aujourd’hui.',
  },
  'alerts.noPace': 'Pas encore assez d’historique d’utilisation pour l’exprimer en crédits.',
  'alerts.on': 'Activée',
  'alerts.off': 'Désactivée',
  'alerts.allOff':
    'Les deux alertes sont désactivées : personne n’est prévenu par e-mail avant l’épuisement des crédits.',
  'alerts.recipients': 'Destinataires',
  'alerts.noRecipients': 'Personne pour l’instant',
  'alerts.lastSent': 'Dernière alerte envoyée',
  'alerts.never': 'Jamais',
  'alerts.threshold': 'Solde inférieur à (crédits)',
  'alerts.days': 'Crédits épuisés dans moins de (jours)',
  'alerts.recipient': 'Destinataire {index}',
  'alerts.remove': 'Retirer',
  'alerts.removeRecipient': 'Retirer le destinataire {index}',
  'alerts.add': 'Ajouter un destinataire',
  'alerts.recipientsHint': {
    one: 'Jusqu’à {count} adresse e-mail.',
    many: 'Jusqu’à {count} adresses e-mail.',
    other: 'Jusqu’à {count} adresses e-mail.',
  },
  'alerts.recipientsFull': {
    one: '{count} destinataire au maximum : retirez-en un pour en ajouter un autre.',
    many: '{count} destinataires au maximum : retirez-en un pour en ajouter un autre.',
    other: '{count} destinataires au maximum : retirez-en un pour en ajouter un autre.',
  },
  'alerts.numberEmpty': 'Saisissez un nombre.',
  'alerts.notWhole': 'Saisissez un nombre entier.',
  'alerts.tooLarge': 'Ce nombre est trop grand.',
  'alerts.daysRange': 'Saisissez un nombre de jours entre {min} et {max}.',
  'alerts.emailEmpty': 'Saisissez une adresse e-mail ou retirez ce destinataire.',
  'alerts.emailInvalid': 'Saisissez une adresse e-mail comme nom@example.com.',
  'alerts.emailDuplicate': 'Cette adresse figure déjà dans la liste.',
  'alerts.recipientsNeeded':
    'Ajoutez un destinataire pour les alertes, ou désactivez les deux alertes.',
  'alerts.fixFirst': 'Certains champs sont à corriger : rien n’a été enregistré.',
  'alerts.otherField': '{field} : {message}',
  'alerts.save': 'Enregistrer',
  'alerts.saving': 'Enregistrement…',
  'alerts.saved': 'Alertes enregistrées.',
} satisfies AreaTranslation<typeof alerts>;
