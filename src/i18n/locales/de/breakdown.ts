/** German: the usage breakdown (the English is ../../en/breakdown.ts). */
import type { breakdown } from '../../en/breakdown.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'breakdown.title': 'Wofür die Credits verwendet wurden',
  'breakdown.loading': 'Die Verbrauchsaufschlüsselung wird geladen…',
  'breakdown.groupBy': 'Gruppieren nach',
  'breakdown.byEvent': 'Veranstaltung',
  'breakdown.byUser': 'Benutzer',
  'breakdown.byType': 'Typ',
  'breakdown.period': 'Zeitraum',
  'breakdown.thisMonth': 'Dieser Monat',
  'breakdown.lastMonth': 'Letzter Monat',
  'breakdown.lastMonths': {
    one: 'Letzter {count} Monat',
    other: 'Letzte {count} Monate',
  },
  'breakdown.custom': 'Eigener Zeitraum',
  'breakdown.from': 'Von',
  'breakdown.to': 'Bis',
  'breakdown.fromInvalid': 'Geben Sie das erste Datum ein (JJJJ-MM-TT).',
  'breakdown.toInvalid': 'Geben Sie das letzte Datum ein (JJJJ-MM-TT).',
  'breakdown.order': 'Das letzte Datum darf nicht vor dem ersten liegen.',
  'breakdown.tooLong': {
    one: 'Wählen Sie höchstens {count} Monat.',
    other: 'Wählen Sie höchstens {count} Monate.',
  },
  'breakdown.fixRange': 'Korrigieren Sie die Daten, um die Aufschlüsselung zu sehen.',
  'breakdown.list': 'Verbrauchte Credits, größte zuerst',
  'breakdown.credits': {
    one: '{count} Credit',
    other: '{count} Credits',
  },
  'breakdown.runs': {
    one: '{count} Lauf',
    other: '{count} Läufe',
  },
  'breakdown.otherEvents': {
    one: 'Sonstige ({count} Veranstaltung)',
    other: 'Sonstige ({count} Veranstaltungen)',
  },
  'breakdown.otherUsers': {
    one: 'Sonstige ({count} Benutzer)',
    other: 'Sonstige ({count} Benutzer)',
  },
  'breakdown.otherTypes': {
    one: 'Sonstige ({count} Typ)',
    other: 'Sonstige ({count} Typen)',
  },
  'breakdown.total': 'Summe',
  'breakdown.empty': 'In diesem Zeitraum wurden keine Credits verbraucht.',
  'breakdown.noEvent': 'Keine Veranstaltung',
  'breakdown.system': 'System',
} satisfies AreaTranslation<typeof breakdown>;
