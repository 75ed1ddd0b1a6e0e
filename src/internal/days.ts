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
