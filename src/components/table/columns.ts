import type { CsvField } from '../../controllers/export-controller.js';
import type { CsvCell } from '../../internal/csv.js';

/**
 * One column of a credits table, declared once: the header, the body cells, the skeleton and the
 * CSV export all read it.
 */
export interface Column<T> {
  /** The header; also the label of each cell in the stacked (narrow) layout, and the CSV header. */
  header: string;
  /** The cell's content. A column without one is only in the export. */
  cell?: (row: T, locale: string) => unknown;
  /** The value the export writes. A column without one is only on screen. */
  csv?: (row: T) => CsvCell;
  /** `end` for figures: header, cells and skeleton align to the end. Default `start`. */
  align?: 'start' | 'end';
  /**
   * `nowrap` (default) for short values that must not break (figures, badges); `wrap` for values
   * that may break at their spaces when the table would not fit otherwise (dates, between date
   * and time; actions); `clamp` for free text from the server (names): it wraps within a maximum
   * width and is cut after two lines, the full text still in the DOM, in a tooltip, and shown
   * whole on focus.
   */
  wrap?: 'nowrap' | 'wrap' | 'clamp';
  /** Text whose width the skeleton bar takes while loading. */
  placeholder?: string;
}

/** The columns shown on screen. */
export function visibleColumns<T>(columns: readonly Column<T>[]): Column<T>[] {
  return columns.filter((c) => c.cell);
}

/** The export's fields, in column order. */
export function csvFields<T>(columns: readonly Column<T>[]): CsvField<T>[] {
  return columns.flatMap((c) => (c.csv ? [{ header: c.header, value: c.csv }] : []));
}

/** The class of a column's header and cells. */
export function columnClass<T>(column: Column<T>): string {
  const wrap = column.wrap === 'clamp' ? 'clamp' : column.wrap === 'wrap' ? 'wraps' : '';
  return [column.align === 'end' ? 'num' : '', wrap].filter(Boolean).join(' ');
}
