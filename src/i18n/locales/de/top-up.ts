/** German: top-up (the English is ../../en/top-up.ts). */
import type { topUp } from '../../en/top-up.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'topUp.title': 'Credits kaufen',
  'topUp.stepCredits': 'Schritt {step} von {steps}: Credits auswählen',
  'topUp.stepReview': 'Schritt {step} von {steps}: Prüfen und bezahlen',
  'topUp.continue': 'Weiter',
  'topUp.back': 'Zurück',
  'topUp.paying': 'Zahlung wird gestartet…',
  'topUp.pay': '{total} bezahlen',
  'topUp.goToCheckout': 'Zur Kasse',
  'topUp.insecureCheckout':
    'Die vom Server angegebene Bezahlseite ist keine sichere (https-)Adresse.',
  'topUp.refused': 'Der Server hat diesen Betrag abgelehnt.',
  'topUp.adminsOnly': 'Nur Administratoren Ihrer Organisation können Credits kaufen.',
  'topUp.choiceKept':
    '{error} Ihre Auswahl bleibt erhalten: Klicken Sie auf „Bezahlen“, um es erneut zu versuchen.',
  'topUp.howMany': 'Wie viele Credits?',
  'topUp.credits': { one: '{count} Credit', other: '{count} Credits' },
  'topUp.bundleSuits': 'Für Veranstaltungen mit {from} bis {to} Fotos',
  'topUp.another': 'Anderer Betrag',
  'topUp.anotherSuits': 'Genau so viele, wie Ihre nächste Veranstaltung braucht',
  'topUp.customLabel': 'Credits',
  'topUp.customHint': 'Eine ganze Zahl, mindestens {min}. Credits verfallen nie.',
  'topUp.amountEmpty': 'Geben Sie die Anzahl der Credits ein.',
  'topUp.amountNotWhole': 'Geben Sie eine ganze Zahl an Credits ein.',
  'topUp.amountTooLarge': 'Diese Zahl ist zu groß.',
  'topUp.amountTooSmall': {
    one: 'Kaufen Sie mindestens {count} Credit.',
    other: 'Kaufen Sie mindestens {count} Credits.',
  },
  'topUp.photosLabel': 'Fotos bei meiner nächsten Veranstaltung',
  'topUp.suggestion': {
    one: 'Genug für diese Veranstaltung plus {percent}: {count} Credit.',
    other: 'Genug für diese Veranstaltung plus {percent}: {count} Credits.',
  },
  'topUp.useSuggestion': { one: '{count} Credit übernehmen', other: '{count} Credits übernehmen' },
  'topUp.advice': 'Wir empfehlen, genug für Ihre nächste Veranstaltung plus {percent} zu kaufen.',
  'topUp.reviewCredits': 'Credits',
  'topUp.costPerCredit': 'Kosten pro Credit',
  'topUp.total': 'Gesamt',
  'topUp.shownAtCheckout': 'Wird an der Kasse angezeigt',
  'topUp.balanceAfter': 'Guthaben nach dem Kauf',
  'topUp.taxes': 'Etwaige Steuern werden an der Kasse hinzugefügt. Credits verfallen nie.',
} satisfies AreaTranslation<typeof topUp>;
