/**
 * CSV as spreadsheets read it (RFC 4180: CRLF rows, quotes doubled, fields with the separator, a
 * quote or a line break quoted). Text from the server that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is prefixed with `'`, so a spreadsheet shows it instead of running it as
 * a formula (CSV injection). Numbers are ours and written as they are.
 *
 * The separator and decimal mark follow the reader's spreadsheet (`csvDialect`): Excel opens a
 * `.csv` with the list separator of the system's locale, which is `;` wherever the decimal mark
 * is a comma (de, fr, es, pt-BR): a comma-separated file opens there as one column.
 */
export type CsvCell = string | number | CsvDecimal | null | undefined;

/** How a table's export separates its columns: from its locale (`auto`), or as the host says. */
export type CsvSeparatorChoice = 'auto' | 'comma' | 'semicolon';

/** The separator and decimal mark of one CSV file. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

/** RFC 4180, as every program reads it when told it is CSV (and Excel in en, hi, ar locales). */
export const CSV_COMMA: CsvDialect = { separator: ',', decimal: '.' };

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

/** Whether `locale` writes 12,50 for twelve and a half (in Latin digits, as spreadsheets do). */
function decimalComma(locale: string): boolean {
  try {
    const parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',';
  } catch {
    return false;
  }
}

/**
 * The dialect a spreadsheet in `locale` opens by double-click: `;` and a decimal comma where the
 * locale's decimal mark is a comma (Excel's list separator there), else `,` and a point. A host
 * may choose the separator (`comma` for files read by programs); decimals are written with a
 * comma only in a `;` file for a decimal-comma locale, where the spreadsheet reads "12,50" as a
 * number and "12.50" as text or a date; everywhere else with the point.
 */
export function csvDialect(locale: string, choice: CsvSeparatorChoice = 'auto'): CsvDialect {
  const comma = decimalComma(locale);
  const separator = choice === 'comma' ? ',' : choice === 'semicolon' ? ';' : comma ? ';' : ',';
  return { separator, decimal: separator === ';' && comma ? ',' : '.' };
}

export function csvCell(value: CsvCell, dialect: CsvDialect = CSV_COMMA): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value).replace('.', dialect.decimal) : '';
  }
  if (value instanceof CsvDecimal) return value.value.replace('.', dialect.decimal);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const special = dialect.separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  header: string[],
  rows: CsvCell[][],
  dialect: CsvDialect = CSV_COMMA,
): string {
  const line = (row: CsvCell[]) =>
    row.map((cell) => csvCell(cell, dialect)).join(dialect.separator);
  return [header, ...rows].map(line).join('\r\n') + '\r\n';
}
