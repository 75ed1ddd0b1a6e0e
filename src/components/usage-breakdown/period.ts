/**
 * The periods of `<credits-usage-breakdown>` as the contract takes them (`from`/`to`, first and
 * last day inclusive, `YYYY-MM-DD`), computed in the user's local calendar; and the checks of a
 * custom range. No element code: prefetch.ts reads the same rules from an element's attributes.
 */
import type { BreakdownBy, BreakdownQuery } from '../../api/types.js';
import { isDay } from '../../internal/day.js';

export const PRESETS = ['this-month', 'last-month', 'last-3-months', 'last-12-months'] as const;
export type Preset = (typeof PRESETS)[number];
export type PeriodChoice = Preset | 'custom';

export const GROUPINGS: readonly BreakdownBy[] = ['event', 'user', 'type'];

/** The longest custom range, in months (a longer one is refused before anything is sent). */
export const MAX_MONTHS = 24;

/** The groups shown by default; the rest are one "Other" line. */
export const DEFAULT_LIMIT = 5;

export interface Range {
  from: string;
  to: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a local calendar day (month may be out of range: Date carries it over). */
function day(year: number, month: number, date: number): string {
  const d = new Date(year, month, date);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A preset's whole calendar months, in the local calendar of `now`: this month; last month; the
 * last 3 (12) months, this one included. Whole months, so every widget asking on any day of
 * the month asks the same question (and shares one answer).
 */
export function presetRange(preset: Preset, now = new Date()): Range {
  const y = now.getFullYear();
  const m = now.getMonth();
  const back = { 'this-month': 0, 'last-month': 1, 'last-3-months': 2, 'last-12-months': 11 }[
    preset
  ];
  const last = preset === 'last-month' ? m - 1 : m;
  return { from: day(y, m - back, 1), to: day(y, last + 1, 0) };
}

/** The preset that is exactly this range now, if any. */
export function presetOf(range: Range, now = new Date()): Preset | undefined {
  return PRESETS.find((p) => {
    const r = presetRange(p, now);
    return r.from === range.from && r.to === range.to;
  });
}

export type RangeProblem =
  | { field: 'from' | 'to'; problem: 'invalid' }
  | { field: 'from' | 'to'; problem: 'order' | 'tooLong' };

/**
 * What is wrong with a custom range, field by field: each a real day, from ≤ to, and `to`
 * before the same day MAX_MONTHS months after `from`.
 */
export function rangeProblems(from: string, to: string): RangeProblem[] {
  const problems: RangeProblem[] = [];
  if (!isDay(from)) problems.push({ field: 'from', problem: 'invalid' });
  if (!isDay(to)) problems.push({ field: 'to', problem: 'invalid' });
  if (problems.length) return problems;
  if (from > to) return [{ field: 'to', problem: 'order' }];
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 + MAX_MONTHS, d)).toISOString().slice(0, 10);
  return to >= limit ? [{ field: 'to', problem: 'tooLong' }] : [];
}

/** `by` as the contract names it; anything else is the default, `event`. */
export function groupingOf(value: string | null | undefined): BreakdownBy {
  return GROUPINGS.includes(value as BreakdownBy) ? (value as BreakdownBy) : 'event';
}

/** `limit` within the contract's 1 to 50; anything else is DEFAULT_LIMIT. */
export function limitOf(value: number | string | null | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : DEFAULT_LIMIT;
}

/**
 * The query of an element's attributes (`by`, `from`, `to`, `limit`) before anyone has touched
 * its controls: `from`/`to` when either is set (undefined when they are not a valid range),
 * else this month.
 */
export function queryOf(
  attrs: Pick<Element, 'getAttribute'>,
  now = new Date(),
): BreakdownQuery | undefined {
  const from = attrs.getAttribute('from') ?? '';
  const to = attrs.getAttribute('to') ?? '';
  const range = from || to ? { from, to } : presetRange('this-month', now);
  if (rangeProblems(range.from, range.to).length) return undefined;
  return {
    by: groupingOf(attrs.getAttribute('by')),
    ...range,
    limit: limitOf(attrs.getAttribute('limit')),
  };
}
