/**
 * The alert settings as the form holds them, and the contract's rules checked as the admin
 * types (docs/credits-api.yaml, AlertSettings): a threshold of 0 credits or more, 1 to 90 days,
 * at most 10 recipients, each an e-mail address, none only while both alerts are off. Pure, for
 * tests. The server still decides (a bouncing address is only known there).
 */
import type { AlertSettings } from '../../api/types.js';
import { english } from '../../i18n/english.js';
import type { Translate } from '../../i18n/keys.js';
import { formatInteger } from '../../internal/format.js';
import { parseAmount } from '../top-up/bundles.js';

export const MAX_RECIPIENTS = 10;
export const MIN_DAYS = 1;
export const MAX_DAYS = 90;

/** The contract's paths of the fields, as a 422's `fields` name them. */
export const THRESHOLD = 'lowBalance.thresholdCredits';
export const DAYS = 'runway.days';
export const RECIPIENTS = 'recipients';

/**
 * A valid e-mail address as HTML's `type=email` has it, with a dot in the domain (an address
 * without one cannot be mailed from the server).
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export interface RecipientRow {
  /** Stays with the row when rows before it are removed (its input, its message, its focus). */
  key: number;
  value: string;
}

export interface Draft {
  lowOn: boolean;
  threshold: string;
  runwayOn: boolean;
  days: string;
  recipients: RecipientRow[];
}

let nextKey = 0;

export function recipientRow(value = ''): RecipientRow {
  nextKey += 1;
  return { key: nextKey, value };
}

/**
 * The settings as the form's values; the threshold in the locale's digits and grouping, as the
 * auto top-up's fields beside it write theirs (parseAmount reads both back).
 */
export function toDraft(alerts: AlertSettings, locale?: string): Draft {
  return {
    lowOn: alerts.lowBalance.enabled,
    threshold: locale
      ? formatInteger(alerts.lowBalance.thresholdCredits, locale)
      : String(alerts.lowBalance.thresholdCredits),
    runwayOn: alerts.runway.enabled,
    days: String(alerts.runway.days),
    recipients: alerts.recipients.map((r) => recipientRow(r)),
  };
}

/** The form's values as the contract takes them (call only when `problems` finds none). */
export function fromDraft(draft: Draft): AlertSettings {
  return {
    lowBalance: { enabled: draft.lowOn, thresholdCredits: parseAmount(draft.threshold) },
    runway: { enabled: draft.runwayOn, days: parseAmount(draft.days) },
    recipients: draft.recipients.map((r) => r.value.trim()),
  };
}

/** The days typed, when they are a whole number from 1 to 90; else null. */
export function daysOf(draft: Draft): number | null {
  const days = parseAmount(draft.days);
  return Number.isInteger(days) && days >= MIN_DAYS && days <= MAX_DAYS ? days : null;
}

/** The key of a recipient row's problem. */
export const rowField = (row: RecipientRow) => `recipient-${row.key}`;

function numberProblem(typed: string, t: Translate): string | null {
  if (!typed.trim()) return t('alerts.numberEmpty');
  const value = parseAmount(typed);
  if (Number.isNaN(value)) return t('alerts.notWhole');
  if (!Number.isSafeInteger(value)) return t('alerts.tooLarge');
  return null;
}

/**
 * What is wrong with the form as typed, by field: `lowBalance.thresholdCredits`, `runway.days`,
 * `recipients` (the list as a whole) and each row's `recipient-<key>`. Empty when it may be sent.
 */
export function problems(draft: Draft, t: Translate = english): Record<string, string> {
  const found: Record<string, string> = {};
  const threshold = numberProblem(draft.threshold, t);
  if (threshold) found[THRESHOLD] = threshold;
  const days = numberProblem(draft.days, t);
  if (days) found[DAYS] = days;
  else if (daysOf(draft) === null)
    found[DAYS] = t('alerts.daysRange', { min: MIN_DAYS, max: MAX_DAYS });
  const seen = new Set<string>();
  for (const row of draft.recipients) {
    const address = row.value.trim();
    if (!address) found[rowField(row)] = t('alerts.emailEmpty');
    else if (!EMAIL.test(address)) found[rowField(row)] = t('alerts.emailInvalid');
    else if (seen.has(address.toLowerCase())) found[rowField(row)] = t('alerts.emailDuplicate');
    seen.add(address.toLowerCase());
  }
  if (draft.recipients.length > MAX_RECIPIENTS)
    found[RECIPIENTS] = t('alerts.recipientsFull', { count: MAX_RECIPIENTS });
  else if (!draft.recipients.length && (draft.lowOn || draft.runwayOn))
    found[RECIPIENTS] = t('alerts.recipientsNeeded');
  return found;
}

/** The fields of `alerts` a 422 can name, by the path it names them with. */
export function isFormPath(path: string): boolean {
  return (
    path === THRESHOLD || path === DAYS || path === RECIPIENTS || /^recipients\[\d+\]$/.test(path)
  );
}
