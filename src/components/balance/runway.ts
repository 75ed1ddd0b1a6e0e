/**
 * When the credits run out at the recent pace: the reference's monthly routine ends with "plan
 * the next top-up", and this is the figure behind it. Pure, for tests.
 */
import type { MonthUsage } from '../../api/types.js';
import { english } from '../../i18n/english.js';
import type { Translate } from '../../i18n/keys.js';
import { formatLocalMonth } from '../../internal/format.js';

/** Finished months needed for a pace worth stating. */
export const MIN_FINISHED_MONTHS = 2;
/** Under this many months left, the runway is worth a warning. */
export const RUNWAY_WARNING_MONTHS = 1;
/** Past this many months (ten years), no date is worth stating: "more than ten years". */
export const RUNWAY_HORIZON_MONTHS = 120;
/** The average month, in days: a pace a month turned into days and back. */
export const DAYS_PER_MONTH = 30.44;

export interface Runway {
  /** Average credits a month over the finished months. */
  perMonth: number;
  /** Months the balance lasts at that pace. */
  months: number;
  /** When it runs out; null past the horizon (`beyond`). */
  until: Date | null;
  /** It lasts more than RUNWAY_HORIZON_MONTHS: a date would mean nothing (or not exist). */
  beyond: boolean;
  /** Under RUNWAY_WARNING_MONTHS. */
  warning: boolean;
}

/**
 * The recent pace: average credits a month over the finished months (the month in progress is
 * partial), or null when there are fewer than MIN_FINISHED_MONTHS of them or no usage.
 */
export function monthlyPace(months: MonthUsage[]): number | null {
  const finished = months.filter((m) => !m.current);
  if (finished.length < MIN_FINISHED_MONTHS) return null;
  const perMonth = finished.reduce((sum, m) => sum + m.credits, 0) / finished.length;
  return perMonth > 0 ? perMonth : null;
}

/**
 * What `days` of runway are in credits at the recent pace (the runway alert's "today that is
 * about"), whole credits; null when the pace is unknown (see `monthlyPace`).
 */
export function creditsForDays(days: number, months: MonthUsage[]): number | null {
  const perMonth = monthlyPace(months);
  return perMonth === null ? null : Math.round((days * perMonth) / DAYS_PER_MONTH);
}

/**
 * The runway of `available` credits at the pace of the finished months (the month in progress
 * is partial), or null when there is too little history, no usage, or nothing left.
 */
export function runway(available: number, months: MonthUsage[], now = new Date()): Runway | null {
  const perMonth = monthlyPace(months);
  if (perMonth === null || available <= 0) return null;
  const left = available / perMonth;
  // A huge balance against a tiny pace runs past any date there is (Date's range ends in
  // 275760): such a runway reads "more than ten years", with no date computed at all.
  const beyond = !(left <= RUNWAY_HORIZON_MONTHS);
  const until = beyond ? null : new Date(now.getTime() + left * DAYS_PER_MONTH * 86_400_000);
  return { perMonth, months: left, until, beyond, warning: left < RUNWAY_WARNING_MONTHS };
}

/** `early February`, `mid-March 2028`: the part of the month, with the year when not this one. */
export function roughDate(
  date: Date,
  locale: string,
  now = new Date(),
  t: Translate = english,
): string {
  const day = date.getDate();
  const part = day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
  const month = formatLocalMonth(date, locale, date.getFullYear() !== now.getFullYear());
  return t(`balance.${part}`, { month });
}
