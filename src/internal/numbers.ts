/**
 * Whole numbers as people type them in their language: the locale's digits (Arabic-Indic
 * "٣٠٠٠", Devanagari "३०००", or ASCII), its grouping (threes, "25,000" / "25.000" / "25 000",
 * or the Indian lakh grouping "1,00,000") and its separators, as `formatInteger` writes them.
 * The locale's decimal separator marks a fraction: not a whole number.
 */

/** The zero of each run of decimal digits a shipped or common locale writes numbers with. */
const ZEROS = [
  0x30, // ASCII
  0x660, // Arabic-Indic
  0x6f0, // Extended Arabic-Indic (Persian, Urdu)
  0x966, // Devanagari
  0x9e6, // Bengali
  0xa66, // Gurmukhi
  0xae6, // Gujarati
  0xb66, // Oriya
  0xbe6, // Tamil
  0xc66, // Telugu
  0xce6, // Kannada
  0xd66, // Malayalam
  0xe50, // Thai
  0x1040, // Myanmar
  0xff10, // Fullwidth
];

function asciiDigit(char: string): string | null {
  const code = char.codePointAt(0)!;
  for (const zero of ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return null;
}

/** Direction marks Intl puts around numbers in right-to-left locales; never typed on purpose. */
const MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Separators a number is grouped with in some locale (besides the locale's own). */
const GROUPS = new Set([',', '.', ' ', '\u00a0', '\u202f', "'", '’', '_', '٬']);

const separators = new Map<string, { group: string; decimal: string }>();

function separatorsOf(locale: string | undefined): { group: string; decimal: string } {
  const key = locale ?? '';
  let found = separators.get(key);
  if (!found) {
    let group = ',';
    let decimal = '.';
    try {
      for (const part of new Intl.NumberFormat(locale || undefined).formatToParts(1234567.5)) {
        if (part.type === 'group') group = part.value;
        if (part.type === 'decimal') decimal = part.value;
      }
    } catch {
      // An unknown locale reads as English.
    }
    separators.set(key, (found = { group, decimal }));
  }
  return found;
}

/** Digits alone, or grouped by threes, or the Indian way (a last three, twos before it). */
const GROUPED = /^(\d+|\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{3})$/;

/**
 * The whole number typed, in `locale` (`undefined`: any locale's grouping, ASCII or local
 * digits); NaN when it is not one. `grouping: false` takes digits only (an identifier).
 */
export function parseWhole(
  typed: string,
  locale?: string,
  { grouping = true }: { grouping?: boolean } = {},
): number {
  const text = typed.replace(MARKS, '').trim();
  if (!text) return NaN;
  const { group, decimal } = separatorsOf(locale);
  let normal = '';
  for (const char of text) {
    const digit = asciiDigit(char);
    if (digit !== null) normal += digit;
    // The locale's decimal separator is never a group (in de, "2,50" is two and a half).
    else if (locale && char === decimal) return NaN;
    else if (grouping && (char === group || GROUPS.has(char))) normal += ',';
    else return NaN;
  }
  if (!GROUPED.test(normal)) return NaN;
  return Number(normal.replaceAll(',', ''));
}
