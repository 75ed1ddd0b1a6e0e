/** German: automatic top-up (the English is ../../en/auto-top-up.ts). */
import type { autoTopUp } from '../../en/auto-top-up.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'autoTopUp.title': 'Automatische Aufladung',
  'autoTopUp.loading': 'Automatische Aufladung wird geladen…',
  'autoTopUp.status': 'Status',
  'autoTopUp.on': 'Ein',
  'autoTopUp.off': 'Aus',
  'autoTopUp.rule': 'Regel',
  'autoTopUp.ruleText': 'Wenn das Guthaben unter {threshold} fällt, {credits} kaufen',
  'autoTopUp.credits': {
    one: '{count} Credit',
    other: '{count} Credits',
  },
  'autoTopUp.limit': 'Monatliches Limit',
  'autoTopUp.limitText': {
    one: 'Höchstens {count}-mal im Monat',
    other: 'Höchstens {count}-mal im Monat',
  },
  'autoTopUp.noLimit': 'Kein monatliches Limit',
  'autoTopUp.paymentMethod': 'Zahlungsmethode',
  'autoTopUp.noPaymentMethod': 'Keine gespeichert',
  'autoTopUp.price': 'Preis einer Aufladung',
  'autoTopUp.last': 'Letzte automatische Aufladung',
  'autoTopUp.lastNone': 'Noch keine',
  'autoTopUp.lastText': '{date}: {credits}, {status}',
  'autoTopUp.completed': 'abgeschlossen',
  'autoTopUp.lastFailed':
    'Die letzte automatische Aufladung am {date} ({credits}) ist fehlgeschlagen: {message}',
  'autoTopUp.lastFailedNoReason':
    'Die letzte automatische Aufladung am {date} ({credits}) ist fehlgeschlagen.',
  'autoTopUp.edit': 'Ändern',
  'autoTopUp.saved': 'Automatische Aufladung gespeichert und eingeschaltet. {rule}. {limit}.',
  'autoTopUp.savedOff': 'Automatische Aufladung gespeichert: Sie ist ausgeschaltet.',
  'autoTopUp.enabled': 'Automatisch aufladen',
  'autoTopUp.threshold': 'Aufladen, wenn das Guthaben unter diesen Wert fällt (Credits)',
  'autoTopUp.thresholdHint': 'Eine ganze Zahl, 0 oder mehr.',
  'autoTopUp.topUpCredits': 'Credits pro Aufladung',
  'autoTopUp.topUpHint': 'Eine ganze Zahl, mindestens {min}.',
  'autoTopUp.bundles': 'Pakete',
  'autoTopUp.eachCosts': 'Jede Aufladung kostet {price}.',
  'autoTopUp.monthlyLimit': 'Aufladungen pro Monat, höchstens',
  'autoTopUp.monthlyLimitHint': 'Eine ganze Zahl, 1 oder mehr.',
  'autoTopUp.noLimitLabel': 'Kein monatliches Limit',
  'autoTopUp.empty': 'Geben Sie eine Zahl ein.',
  'autoTopUp.notWhole': 'Geben Sie eine ganze Zahl ein.',
  'autoTopUp.tooLarge': 'Diese Zahl ist zu groß.',
  'autoTopUp.atLeast': 'Geben Sie {min} oder mehr ein.',
  'autoTopUp.buyAtLeast': {
    one: 'Kaufen Sie jedes Mal mindestens {count} Credit.',
    other: 'Kaufen Sie jedes Mal mindestens {count} Credits.',
  },
  'autoTopUp.startsNow': {
    one: 'Das Guthaben beträgt {count} Credit und liegt unter diesem Schwellenwert: Nach dem Speichern beginnt sofort eine Aufladung.',
    other:
      'Das Guthaben beträgt {count} Credits und liegt unter diesem Schwellenwert: Nach dem Speichern beginnt sofort eine Aufladung.',
  },
  'autoTopUp.paymentMethodRequired':
    'Bevor die automatische Aufladung eingeschaltet werden kann, muss eine Zahlungsmethode gespeichert sein.',
  'autoTopUp.addPaymentMethod': 'Zahlungsmethode hinzufügen',
  'autoTopUp.choiceKept':
    'Ihre Einstellungen bleiben erhalten: Speichern Sie erneut, sobald sie hinzugefügt ist.',
  'autoTopUp.otherField': '{field}: {message}',
  'autoTopUp.save': 'Speichern',
  'autoTopUp.saving': 'Wird gespeichert…',
} satisfies AreaTranslation<typeof autoTopUp>;
