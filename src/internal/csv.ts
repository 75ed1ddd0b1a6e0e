/**
 * CSV as spreadsheets read it (RFC 4180: CRLF rows, quotes doubled, fields with a comma, quote
 * or line break quoted). Text from the server that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'`, so a spreadsheet shows it instead of running it as a
 * formula (CSV injection). Numbers are ours and written as they are.
 */
export type CsvCell = string | number | CsvDecimal | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * A decimal amount of the contract (`"-12.50"`), written as the number it is, digits kept, so a
 * spreadsheet can add it up: it cannot be a formula (it is only a sign, digits and a point).
 */
export class CsvDecimal {
  constructor(readonly value: string) {}
}

/** A contract amount as a number cell; anything that is not a decimal string stays guarded text. */
export function csvDecimal(amount: string | null | undefined): CsvCell {
  return amount && DECIMAL.test(amount) ? new CsvDecimal(amount) : amount;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof CsvDecimal) return value.value;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
