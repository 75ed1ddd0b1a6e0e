const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `YYYY-MM-DD` that names a real day (not 2026-02-31). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Whole calendar days from `now` to `then` in the user's time zone: 0 for later today, 1 for
 * tomorrow, negative for past days. Midnight to midnight, so a daylight-saving change (a 23- or
 * 25-hour day) still counts as one day.
 */
export function calendarDaysUntil(then: Date, now = new Date()): number {
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((day(then) - day(now)) / 86_400_000);
}

export type ExpiryState =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'today' }
  | { kind: 'soon'; days: number }
  | { kind: 'later'; days: number };

/** Days within which an expiry is worth a warning. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Where a plan stands: no expiry (null); expired once the instant has passed; expiring today;
 * within EXPIRY_WARNING_DAYS days; or later.
 */
export function expiryState(expiresAt: string | null | undefined, now = new Date()): ExpiryState {
  if (!expiresAt) return { kind: 'none' };
  const then = new Date(expiresAt);
  if (then.getTime() <= now.getTime()) return { kind: 'expired' };
  const days = calendarDaysUntil(then, now);
  if (days <= 0) return { kind: 'today' };
  return days <= EXPIRY_WARNING_DAYS ? { kind: 'soon', days } : { kind: 'later', days };
}
