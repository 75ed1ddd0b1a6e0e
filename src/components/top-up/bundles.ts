/**
 * The product's Buy More Credits rules, in one place: at least 1,000 credits a purchase, the
 * bundles suggested by event size, and the advice to buy enough for the next event plus 10%.
 */
// No import of the dialog's English source here: the balance imports `bundleFor` and loads the
// dialog (with its words) only on the first Purchase Credits. `amountProblem` says it in
// English once the dialog's module, or `i18n/en/top-up.js`, is loaded.
import { english } from '../../i18n/english.js';
import type { Translate } from '../../i18n/keys.js';
import { parseWhole } from '../../internal/numbers.js';

export const MIN_CREDITS = 1000;

/** Suggested bundles: what each suits, by photos at the event (`from` to `to`). */
export const BUNDLES: readonly { credits: number; from: number; to: number }[] = [
  { credits: 1000, from: 500, to: 1000 },
  { credits: 3000, from: 1000, to: 3000 },
  { credits: 10000, from: 3000, to: 10000 },
];

/** What the advice adds to the next event, in per cent (said with `formatPercent`). */
export const MARGIN_PERCENT = 10;

/** Credits for an event of `photos`: plus 10%, rounded up, never under the minimum. */
export function creditsForPhotos(photos: number): number {
  if (!Number.isFinite(photos) || photos <= 0) return MIN_CREDITS;
  return Math.max(MIN_CREDITS, Math.ceil((photos * (100 + MARGIN_PERCENT)) / 100));
}

/** The bundle that covers `credits` (the largest for anything above it: top up as needed). */
export function bundleFor(credits: number): number {
  return (BUNDLES.find((b) => b.credits >= credits) ?? BUNDLES.at(-1)!).credits;
}

/**
 * The custom amount as typed, as a number; NaN when it is not a whole number. Read in `locale`
 * (its digits, grouping and separators: "1,00,000" in Hindi, "٣٠٠٠" in Arabic, "25.000" in
 * German); without one, any locale's grouping.
 */
export function parseAmount(typed: string, locale?: string): number {
  return parseWhole(typed, locale);
}

/**
 * What is wrong with a custom amount as typed, or null: a whole number, at least 1,000. Said
 * with `t` (the dialog's), read in `locale` (see `parseAmount`).
 */
export function amountProblem(
  typed: string,
  t: Translate = english,
  locale?: string,
): string | null {
  if (!typed.trim()) return t('topUp.amountEmpty');
  const value = parseAmount(typed, locale);
  if (Number.isNaN(value)) return t('topUp.amountNotWhole');
  if (!Number.isSafeInteger(value)) return t('topUp.amountTooLarge');
  if (value < MIN_CREDITS) return t('topUp.amountTooSmall', { count: MIN_CREDITS });
  return null;
}
