/**
 * Pure functions behind the Monthly Usage Summary: which months to show, and what their trend
 * means (the reference's "What the trend tells you" table). No DOM, no fetching: easy to test.
 */
import type { MonthUsage } from '../../api/types.js';

/** One card: a calendar month, its usage, and whether it is the month in progress. */
export interface MonthCard {
  /** `YYYY-MM` */
  month: string;
  credits: number;
  transactions: number;
  current: boolean;
}

function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `YYYY-MM` of a date in the browser's time zone. */
export function monthOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The `count` months to show, oldest first (the order of the chart below the cards), whatever
 * order the API used. The month in progress, last, is the one the API flags `current` (the
 * newest flagged, should it flag several), else the browser's current month. A month the API
 * leaves out is a month with zero usage; months the API sends outside the window are not shown.
 */
export function monthCards(api: MonthUsage[], count: number, today = new Date()): MonthCard[] {
  const flagged = api
    .filter((m) => m.current)
    .map((m) => m.month)
    .sort();
  const anchor = flagged.at(-1) ?? monthOf(today);
  const byMonth = new Map<string, MonthUsage>();
  for (const m of api) if (!byMonth.has(m.month)) byMonth.set(m.month, m);
  return Array.from({ length: count }, (_, i) => {
    const month = shiftMonth(anchor, i - (count - 1));
    const found = byMonth.get(month);
    return {
      month,
      credits: found?.credits ?? 0,
      transactions: found?.transactions ?? 0,
      current: i === count - 1,
    };
  });
}

/**
 * Thresholds of the trend reading, in one place for review:
 * - FLAT_SPREAD: finished months count as flat when the busiest used at most 1.5× the quietest.
 * - SPIKE_RATIO: one month is a spike when it used at least 2× every other finished month.
 * - GROWTH_STEP: growth is steady when each finished month used at least 10% more than the one
 *   before, over at least MIN_MONTHS_FOR_SHAPE finished months.
 */
export const FLAT_SPREAD = 1.5;
export const SPIKE_RATIO = 2;
export const GROWTH_STEP = 1.1;
export const MIN_MONTHS_FOR_SHAPE = 3;

export type TrendKind =
  /** No usage at all in the window (a new account, or a long pause). */
  | 'empty'
  /** Fewer than two finished months to compare. */
  | 'too-early'
  /** At least one finished month without usage while others had some. */
  | 'off-season'
  /** One finished month far above every other. */
  | 'spike'
  /** Every finished month above the one before. */
  | 'growing'
  /** Finished months within FLAT_SPREAD of each other. */
  | 'flat'
  /** None of the above: usage moves around without a clear pattern. */
  | 'varied';

export interface Trend {
  kind: TrendKind;
  /** The finished months the reading is based on, oldest first. */
  basis: MonthCard[];
  /** The spike month, for `spike`; the empty months, for `off-season`. */
  months: MonthCard[];
}

/**
 * Reads the trend of finished months only: the month in progress is partial, so it can never
 * make usage look "growing" or "spiking" (nor, early in the month, "off-season"). The checks run
 * in this order, the first that matches wins: empty, too-early, off-season, spike, growing,
 * flat, varied.
 */
export function classifyTrend(cards: MonthCard[]): Trend {
  const basis = cards.filter((c) => !c.current).sort((a, b) => a.month.localeCompare(b.month));
  const values = basis.map((c) => c.credits);
  const none = (kind: TrendKind): Trend => ({ kind, basis, months: [] });

  if (cards.every((c) => c.credits === 0)) return none('empty');
  if (basis.length < 2) return none('too-early');

  const empty = basis.filter((c) => c.credits === 0);
  if (empty.length > 0) return { kind: 'off-season', basis, months: empty };

  if (basis.length >= MIN_MONTHS_FOR_SHAPE) {
    const top = Math.max(...values);
    const topIndex = values.indexOf(top);
    const others = values.filter((_, i) => i !== topIndex);
    if (top >= SPIKE_RATIO * Math.max(...others)) {
      return { kind: 'spike', basis, months: [basis[topIndex]!] };
    }
    if (values.every((v, i) => i === 0 || v >= values[i - 1]! * GROWTH_STEP)) {
      return none('growing');
    }
  }

  if (Math.max(...values) <= FLAT_SPREAD * Math.min(...values)) return none('flat');
  return none('varied');
}
