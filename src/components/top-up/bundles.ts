/**
 * The product's Buy More Credits rules, in one place: at least 1,000 credits a purchase, the
 * bundles suggested by event size, and the advice to buy enough for the next event plus 10%.
 */
export const MIN_CREDITS = 1000;

/** Suggested bundles: what each suits, by photos at the event. */
export const BUNDLES: readonly { credits: number; suits: string }[] = [
  { credits: 1000, suits: 'events of 500 to 1,000 photos' },
  { credits: 3000, suits: 'events of 1,000 to 3,000 photos' },
  { credits: 10000, suits: 'events of 3,000 to 10,000 photos' },
];

/** Credits for an event of `photos`: plus 10%, rounded up, never under the minimum. */
export function creditsForPhotos(photos: number): number {
  if (!Number.isFinite(photos) || photos <= 0) return MIN_CREDITS;
  return Math.max(MIN_CREDITS, Math.ceil((photos * 11) / 10));
}

/** The bundle that covers `credits` (the largest for anything above it: top up as needed). */
export function bundleFor(credits: number): number {
  return (BUNDLES.find((b) => b.credits >= credits) ?? BUNDLES.at(-1)!).credits;
}

/** Digits, or digits grouped by threes with any locale's separator: `25000`, `25,000`, `25.000`. */
const WHOLE = /^(\d+|\d{1,3}(?:[\s,.'\u00a0\u202f_]\d{3})+)$/;

/** The custom amount as typed, as a number; NaN when it is not a whole number. */
export function parseAmount(typed: string): number {
  const text = typed.trim();
  return WHOLE.test(text) ? Number(text.replace(/\D/g, '')) : NaN;
}

/** What is wrong with a custom amount as typed, or null: a whole number, at least 1,000. */
export function amountProblem(typed: string): string | null {
  if (!typed.trim()) return 'Enter the number of credits.';
  const value = parseAmount(typed);
  if (Number.isNaN(value)) return 'Enter a whole number of credits.';
  if (!Number.isSafeInteger(value)) return 'That number is too large.';
  if (value < MIN_CREDITS) return 'Buy at least 1,000 credits.';
  return null;
}
