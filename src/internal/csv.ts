/**
 * CSV as spreadsheets read it (RFC 4180: CRLF rows, quotes doubled, fields with a comma, quote
 * or line break quoted). Text from the server that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'`, so a spreadsheet shows it instead of running it as a
 * formula (CSV injection). Numbers are ours and written as they are.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
