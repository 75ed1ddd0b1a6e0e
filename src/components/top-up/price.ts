import type { Money } from '../../api/types.js';
import { multiply, round } from '../../internal/decimal.js';
import { formatMoney } from '../../internal/format.js';

/**
 * The price of `credits` at `cost`, exactly, to the currency's minor unit: the top-up dialog's
 * total and the automatic top-up's price of one top-up, worked out the one way.
 */
export function price(credits: number, cost: Money | null, locale: string): string | null {
  if (!cost) return null;
  const digits =
    new Intl.NumberFormat(locale, { style: 'currency', currency: cost.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return formatMoney(
    { amount: round(multiply(cost.amount, credits), digits), currency: cost.currency },
    locale,
  );
}
