/** German: alerts (the English is ../../en/alerts.ts). */
import type { alerts } from '../../en/alerts.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'alerts.title': 'Credit-Benachrichtigungen',
  'alerts.loading': 'Benachrichtigungen werden geladen…',
  'alerts.lowBalance': 'Warnung bei niedrigem Guthaben',
  'alerts.lowBalanceRule': {
    one: 'Wenn das Guthaben unter {count} Credit fällt',
    other: 'Wenn das Guthaben unter {count} Credits fällt',
  },
  'alerts.runway': 'Reichweiten-Warnung',
  'alerts.runwayRule': {
    one: 'Wenn die Credits beim aktuellen Verbrauch weniger als {count} Tag reichen',
    other: 'Wenn die Credits beim aktuellen Verbrauch weniger als {count} Tage reichen',
  },
  'alerts.equivalent': {
    one: 'Beim aktuellen Verbrauch sind das heute etwa {count} Credit.',
    other: 'Beim aktuellen Verbrauch sind das heute etwa {count} Credits.',
  },
  'alerts.noPace': 'Noch zu wenig Verbrauch, um das in Credits anzugeben.',
  'alerts.on': 'An',
  'alerts.off': 'Aus',
  'alerts.allOff':
    'Beide Warnungen sind aus: Niemand wird per E-Mail benachrichtigt, bevor die Credits aufgebraucht sind.',
  'alerts.recipients': 'Empfänger',
  'alerts.noRecipients': 'Noch niemand',
  'alerts.lastSent': 'Zuletzt gesendet',
  'alerts.never': 'Nie',
  'alerts.threshold': 'Guthaben unter (Credits)',
  'alerts.days': 'Credits reichen weniger als (Tage)',
  'alerts.recipient': 'Empfänger {index}',
  'alerts.remove': 'Entfernen',
  'alerts.removeRecipient': 'Empfänger {index} entfernen',
  'alerts.add': 'Empfänger hinzufügen',
  'alerts.recipientsHint': {
    one: 'Bis zu {count} E-Mail-Adresse.',
    other: 'Bis zu {count} E-Mail-Adressen.',
  },
  'alerts.recipientsFull': {
    one: 'Höchstens {count} Empfänger: Entfernen Sie einen, um einen anderen hinzuzufügen.',
    other: 'Höchstens {count} Empfänger: Entfernen Sie einen, um einen anderen hinzuzufügen.',
  },
  'alerts.numberEmpty': 'Geben Sie eine Zahl ein.',
  'alerts.notWhole': 'Geben Sie eine ganze Zahl ein.',
  'alerts.tooLarge': 'Diese Zahl ist zu groß.',
  'alerts.daysRange': 'Geben Sie eine Anzahl von Tagen zwischen {min} und {max} ein.',
  'alerts.emailEmpty': 'Geben Sie eine E-Mail-Adresse ein oder entfernen Sie diesen Empfänger.',
  'alerts.emailInvalid': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'alerts.emailDuplicate': 'Diese Adresse steht bereits in der Liste.',
  'alerts.recipientsNeeded':
    'Fügen Sie einen Empfänger für die Warnungen hinzu oder schalten Sie beide Warnungen aus.',
  'alerts.fixFirst': 'Einige Felder müssen korrigiert werden: Es wurde nichts gespeichert.',
  'alerts.otherField': '{field}: {message}',
  'alerts.save': 'Speichern',
  'alerts.saving': 'Wird gespeichert…',
  'alerts.saved': 'Benachrichtigungen gespeichert.',
} satisfies AreaTranslation<typeof alerts>;
