/** The transaction filters of the contract (`from`, `to`, `eventId`), checked before sending. */
import { english } from '../i18n/english.js';
import '../i18n/en/tables.js';
import type { Translate } from '../i18n/keys.js';
import { isDay } from './day.js';
import { parseWhole } from './numbers.js';

export interface Filters {
  from?: string;
  to?: string;
  eventId?: number;
}

export type FilterField = 'from' | 'to' | 'eventId';

export type ParsedFilters =
  { ok: true; filters: Filters } | { ok: false; problem: string; fields: FilterField[] };

/**
 * The filters as the contract takes them, or what is wrong with them in words (in `t`'s
 * language, English by default; the event ID read in `locale`'s digits). Empty strings mean "no filter".
 */
export function parseFilters(
  from: string,
  to: string,
  eventId: string,
  t: Translate = english,
  locale?: string,
): ParsedFilters {
  const filters: Filters = {};
  if (from) {
    if (!isDay(from)) {
      return { ok: false, problem: t('table.fromInvalid', { value: from }), fields: ['from'] };
    }
    filters.from = from;
  }
  if (to) {
    if (!isDay(to)) {
      return { ok: false, problem: t('table.toInvalid', { value: to }), fields: ['to'] };
    }
    filters.to = to;
  }
  if (from && to && from > to) {
    return { ok: false, problem: t('table.fromAfterTo'), fields: ['from', 'to'] };
  }
  const id = eventId.trim();
  if (id) {
    // An ID in the locale's digits too ("١٠٤٢" on an Arabic page), never grouped.
    const number = parseWhole(id, locale, { grouping: false });
    if (!Number.isSafeInteger(number)) {
      return {
        ok: false,
        problem: t('table.eventIdInvalid', { value: eventId }),
        fields: ['eventId'],
      };
    }
    filters.eventId = number;
  }
  return { ok: true, filters };
}

/**
 * Characters a file system refuses (Windows' `\ / : * ? " < > |`, controls), invisible
 * direction marks (a name should read as it looks; the joiners Indic and Arabic words need stay)
 * and spaces: each run becomes one `-`.
 */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\s]+/gu;

/**
 * A file name from text in the user's language: its letters kept (a German page downloads
 * `Kaufverlauf…`, a Hindi one Devanagari: every current system and browser stores UTF-8 names),
 * what a file system refuses replaced, no leading dot or dash.
 */
export function safeFilename(name: string, extension: string): string {
  const stem = name
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return `${stem || 'export'}.${extension}`;
}

/**
 * `credit-usage_2026-10-01_to_2026-10-31_event-1042.csv`, in `t`'s language from the
 * `table.file*` messages (`Credit-Verbrauch_2026-10-01_bis_2026-10-31_Veranstaltung-1042.csv`);
 * dates and the event ID in ASCII digits, so the files sort by date.
 */
export function exportFilename(stem: string, filters: Filters, t: Translate = english): string {
  const { from, to, eventId } = filters;
  const range =
    from && to
      ? t('table.fileRange', { from, to })
      : from
        ? t('table.fileFrom', { from })
        : to
          ? t('table.fileTo', { to })
          : t('table.fileAllDates');
  const event = eventId !== undefined ? `_${t('table.fileEvent', { id: String(eventId) })}` : '';
  return safeFilename(`${stem}_${range}${event}`, 'csv');
}
