/** German: summary (the English is ../../en/summary.ts). */
import type { summary } from '../../en/summary.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'summary.title': 'Monatliche Verbrauchsübersicht',
  'summary.loading': 'Monatlicher Verbrauch wird geladen…',
  'summary.trendPlaceholder': 'Der Verlauf dieser Monate wird ausgewertet',
  'summary.current': 'Aktuell',
  'summary.usage': 'Verbrauch',
  'summary.cardCredits': {
    one: '{figure} Credit',
    other: '{figure} Credits',
  },
  // A soft hyphen: in a narrow card the word breaks after "Verbrauchs-", not anywhere.
  'summary.transactions': 'Verbrauchs\u00ADtransaktionen',
  'summary.inProgress': '{month} läuft noch: Die Summe wächst bis zum Monatsende.',
  'summary.chartLabel': 'Balkendiagramm der verbrauchten Credits pro Monat. {months}.',
  'summary.chartMonth': {
    one: '{month}: {count} Credit',
    other: '{month}: {count} Credits',
  },
  'summary.chartMonthInProgress': {
    one: '{month} (laufend): {count} Credit',
    other: '{month} (laufend): {count} Credits',
  },
  'summary.chartSeparator': '; ',
  'summary.chartDataset': 'Verbrauchte Credits',
  'summary.chartTooltip': {
    one: '{count} Credit',
    other: '{count} Credits',
  },
  'summary.emptyTitle': {
    one: 'Im letzten Monat wurden keine Credits verbraucht.',
    other: 'In den letzten {count} Monaten wurden keine Credits verbraucht.',
  },
  'summary.topUpBeforeEvent':
    'Laden Sie erst vor Ihrer nächsten Veranstaltung auf; Credits verfallen nicht.',
  'summary.tooEarlyTitle': 'Noch nicht genügend abgeschlossene Monate, um einen Trend abzulesen.',
  'summary.tooEarlyAdvice':
    'Die Summe des laufenden Monats steigt bis zum Monatsende weiter; vergleichen Sie sie mit demselben Zeitpunkt in früheren Monaten.',
  'summary.offSeasonTitle': {
    one: 'Leerer Monat ({months}): Nebensaison.',
    other: 'Leere Monate ({months}): Nebensaison.',
  },
  'summary.spikeTitle': {
    one: 'Ein Ausreißermonat: Im {month} wurde {count} Credit verbraucht, weit mehr als in den anderen Monaten.',
    other:
      'Ein Ausreißermonat: Im {month} wurden {count} Credits verbraucht, weit mehr als in den anderen Monaten.',
  },
  'summary.spikeAdvice':
    'Meist steckt eine ungewöhnlich große Veranstaltung dahinter: Öffnen Sie „Credit-Verbrauch“, um sie zu finden. Grundsätzlich müssen Sie nichts ändern.',
  'summary.spikeLink': 'Credit-Verbrauch öffnen',
  'summary.growingTitle': {
    one: 'Der Verbrauch steigt stetig, von {count} Credit im {firstMonth} auf {to} im {lastMonth}.',
    other:
      'Der Verbrauch steigt stetig, von {count} Credits im {firstMonth} auf {to} im {lastMonth}.',
  },
  'summary.growingAdvice':
    'Mehr oder größere Veranstaltungen: Prüfen Sie, ob sich der Pro-Tarif inzwischen mehr lohnt als die Abrechnung pro Credit.',
  'summary.growingLink': 'Wann sich ein Upgrade lohnt',
  'summary.flatTitle': {
    one: 'Gleichbleibender Verbrauch: etwa {count} Credit und {runs} Verarbeitungsläufe pro Monat.',
    other:
      'Gleichbleibender Verbrauch: etwa {count} Credits und {runs} Verarbeitungsläufe pro Monat.',
  },
  'summary.flatAdvice':
    'Ein gleichmäßiger Veranstaltungsrhythmus, passend dimensioniert: Bleiben Sie beim nutzungsbasierten Tarif.',
  'summary.variedTitle': 'Der Verbrauch schwankt von Monat zu Monat ohne klares Muster.',
  'summary.variedAdvice':
    'Vergleichen Sie die Monate oben mit den Veranstaltungen, die Sie jeweils durchgeführt haben.',
} satisfies AreaTranslation<typeof summary>;
