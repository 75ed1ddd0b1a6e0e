/**
 * Locale-aware formatting. Money stays a decimal string all the way to Intl (which formats
 * numeric strings without going through a float), so `0.0125` is never rounded to cents.
 */
import { isServer } from 'lit';
import type { Money } from '../api/types.js';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export { inheritedLang, validLocale } from '../i18n/locale.js';

let neutral = 0;

/**
 * Dates and times formatted while `draw` runs are in UTC, as on a server, which does not know
 * the reader's time zone: the browser's first render of an element a server drew must write
 * the same text (hydration keeps the server's text), and its next render the reader's time.
 */
export function inServerTimeZone<T>(draw: () => T): T {
  neutral++;
  try {
    return draw();
  } finally {
    neutral--;
  }
}

/** The time zone of dates and times now: the reader's, or UTC on a server (see above). */
const zone = (): string | undefined => (isServer || neutral > 0 ? 'UTC' : undefined);

export function formatInteger(value: number, locale: string): string {
  return cached(
    `int ${locale}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  ).format(value === 0 ? 0 : value); // -0 (a JSON "-0") is 0, never "-0"
}

/**
 * `10%`, `10 %`, `١٠٪؜`: a share (0.1 for ten per cent), in the locale's digits and signs, for a
 * sentence. Isolated (FSI … PDI): Intl's own direction marks (`10‎%‎` in Arabic) would otherwise
 * join it to the number after it, and an Arabic line read "زيادة 4,400: 10% وحدة" for
 * "زيادة 10%: 4,400 وحدة". `fractionDigits` fixes the decimals (a column of shares); else up to one.
 */
export function formatPercent(value: number, locale: string, fractionDigits?: 0 | 1): string {
  const text = cached(
    `percent ${locale} ${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: fractionDigits ?? 0,
        maximumFractionDigits: fractionDigits ?? 1,
      }),
  ).format(value);
  return `\u2068${text}\u2069`;
}

/** `+5,000`, `-420`, `0`: a change of balance, signed both ways. */
export function formatSignedInteger(value: number, locale: string): string {
  return cached(
    `signed ${locale}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  ).format(value);
}

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/** True for "0", "0.00", "-0.0": an amount the contract treats as "no cost set". */
export function isZeroAmount(amount: string): boolean {
  return /^-?0+(\.0+)?$/.test(amount);
}

/**
 * `{amount: "0.0125", currency: "EUR"}` as `€0.0125` (en) or `0,0125 €` (de): every digit the
 * API sent, however many (a cost of 30 decimals is not cut at 20, nor read as zero), and at least
 * the currency's minor unit.
 */
export function formatMoney(money: Money, locale: string): string {
  const { amount, currency } = money;
  if (!DECIMAL.test(amount)) return `${amount} ${currency}`;
  const [whole, fraction = ''] = amount.split('.') as [string, string?];
  const standard = cached(
    `cur ${locale} ${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  );
  const digits = fraction.padEnd(standard.resolvedOptions().minimumFractionDigits ?? 2, '0');
  // A whole amount of a currency without minor units (¥1,200).
  if (!digits) return standard.format(whole as unknown as number);
  // The locale's sign, grouping, symbol and decimal separator around the whole part (Intl
  // formats a numeric string exactly), with the API's own fraction digits in the locale's digits:
  // Intl itself stops at 20 fraction digits in some engines.
  const parts = cached(
    `money1 ${locale} ${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  ).formatToParts(`${whole}.0` as unknown as number);
  return parts.map((p) => (p.type === 'fraction' ? localDigits(digits, locale) : p.value)).join('');
}

/** `"0125"` in the digits the locale's numbers are written with (Arabic-Indic, Devanagari…). */
function localDigits(ascii: string, locale: string): string {
  const f = cached(`digits ${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false }));
  return ascii.replace(/[0-9]/g, (d) => f.format(Number(d)));
}

/**
 * Whether the locale writes `currency` with a symbol that names it (`$US`, `US$`, `CA$`) rather
 * than one several currencies share (`$`, `₹`, `€`): then a total needs no "(USD)" after it.
 */
export function symbolNamesCurrency(currency: string, locale: string): boolean {
  const symbol = cached(
    `cur ${locale} ${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  )
    .formatToParts(1)
    .find((p) => p.type === 'currency')?.value;
  return !!symbol && /\p{L}/u.test(symbol);
}

/** An RFC 3339 instant as the locale's date and time. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = zone();
  return cached(
    `dt ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(date);
}

/**
 * An RFC 3339 instant as `formatDateTime` writes it, in three: the date, what joins it to the
 * time, and the time (`Nov 5, 2026`, `, `, `2:05 PM`), so a cell can break or stack it there and
 * nowhere else; `[text, '', '']` when unreadable or when the locale writes no time after the date.
 */
export function formatDateTimeParts(iso: string, locale: string): [string, string, string] {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return [iso, '', ''];
  const timeZone = zone();
  const parts = cached(
    `dt ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).formatToParts(date);
  const at = parts.findIndex((p) => p.type === 'hour');
  const text = (list: Intl.DateTimeFormatPart[]) => list.map((p) => p.value).join('');
  const joint = at > 1 && parts[at - 1]!.type === 'literal' ? at - 1 : at;
  return at > 0
    ? [text(parts.slice(0, joint)), text(parts.slice(joint, at)), text(parts.slice(at))]
    : [text(parts), '', ''];
}

/** An RFC 3339 instant as the locale's date alone (`Mar 5, 2027`), in the user's time zone. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = zone();
  return cached(
    `d ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }),
  ).format(date);
}

/** `2026-11` as `November 2026` (or `Nov 2026` with `short`) for the locale. */
export function formatMonth(
  month: string,
  locale: string,
  style: 'long' | 'short' = 'long',
): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1, 1));
  if (Number.isNaN(date.getTime())) return month;
  return cached(
    `month ${locale} ${style}`,
    () => new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/**
 * `2026-11` as two lines for a chart's axis: the short month and the year (`["Nov", "2026"]`,
 * `["nov.", "2026"]`), each as the locale writes it; one line when it cannot be split.
 */
export function formatMonthLines(month: string, locale: string): string[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1, 1));
  if (Number.isNaN(date.getTime())) return [month];
  const parts = cached(
    `month ${locale} short`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).formatToParts(date);
  const name = parts.find((p) => p.type === 'month')?.value;
  const number = parts.find((p) => p.type === 'year')?.value;
  return name && number ? [name, number] : [parts.map((p) => p.value).join('')];
}

/** A local `Date`'s month (`March`), with its year (`March 2027`) when `withYear`. */
export function formatLocalMonth(date: Date, locale: string, withYear: boolean): string {
  const timeZone = zone();
  return cached(
    `local month ${locale} ${withYear} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(
        locale,
        withYear ? { month: 'long', year: 'numeric', timeZone } : { month: 'long', timeZone },
      ),
  ).format(date);
}
