/** German: balance (the English is ../../en/balance.ts). */
import type { balance } from '../../en/balance.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'balance.title': 'Verfügbare Credits',
  'balance.loading': 'Verfügbare Credits werden geladen…',
  'balance.unit': {
    one: 'Credit',
    other: 'Credits',
  },
  'balance.updated': 'Stand: {time}',
  'balance.purchase': 'Credits kaufen',
  'balance.viewBilling': 'Abrechnung anzeigen',
  'balance.runway': {
    one: 'Bei Ihrem aktuellen Verbrauch (etwa {count} Credit pro Monat) reicht das bis {until}.',
    other: 'Bei Ihrem aktuellen Verbrauch (etwa {count} Credits pro Monat) reicht das bis {until}.',
  },
  'balance.runwayBeyond': {
    one: 'Bei Ihrem aktuellen Verbrauch (etwa {count} Credit pro Monat) reicht das mehr als zehn Jahre.',
    other:
      'Bei Ihrem aktuellen Verbrauch (etwa {count} Credits pro Monat) reicht das mehr als zehn Jahre.',
  },
  'balance.early': 'Anfang {month}',
  'balance.mid': 'Mitte {month}',
  'balance.late': 'Ende {month}',
  'balance.runwayPlaceholder': 'Bei Ihrem aktuellen Verbrauch reicht das bis Anfang Februar.',
  'balance.topUp': {
    one: '{count} Credit aufladen',
    other: '{count} Credits aufladen',
  },
  'balance.askAdminTopUp': 'Bitten Sie einen Administrator, Credits aufzuladen.',
  'balance.setUpAutoTopUp': 'Automatische Aufladung und Benachrichtigungen einrichten',
  'balance.paused': 'Die Fotoverarbeitung ist pausiert, bis Credits hinzugefügt werden.',
  'balance.pausedAdmin': 'Kaufen Sie Credits, um fortzufahren.',
  'balance.pausedUser': 'Bitten Sie einen Administrator Ihrer Organisation, Credits hinzuzufügen.',
  'balance.low': {
    one: 'Niedriges Guthaben: weniger als {count} Credit übrig.',
    other: 'Niedriges Guthaben: weniger als {count} Credits übrig.',
  },
  'balance.cost': 'Kosten pro Credit',
  'balance.costHidden': 'Ausgeblendet',
  'balance.showCost': 'Kosten pro Credit anzeigen',
  'balance.hideCost': 'Kosten pro Credit ausblenden',
  'balance.show': 'Anzeigen',
  'balance.hide': 'Ausblenden',
} satisfies AreaTranslation<typeof balance>;
