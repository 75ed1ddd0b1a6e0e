import type { CsvField } from '../../controllers/export-controller.js';
import type { Translate } from '../../i18n/keys.js';
import type { CsvCell } from '../../internal/csv.js';

/**
 * Text of a column in the element's language: fixed, or made with the element's `t` (and its
 * locale, for a sample date or figure) each time it is shown or exported.
 */
export type ColumnText = string | ((t: Translate, locale: string) => string);

/**
 * One column of a credits table, declared once: the header, the body cells, the skeleton and the
 * CSV export all read it.
 */
export interface Column<T> {
  /**
   * The header; also the label of each cell in the stacked (narrow) layout, and the CSV header.
   * `(t) => t('table.date')` follows the element's language.
   */
  header: ColumnText;
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
  placeholder?: ColumnText;
  /**
   * Where the cell goes in a narrow container, where a row is a short block, not a line:
   * `lead` (line 1, in the room left: what the row is about; in the table, the column that
   * takes the width to spare), `figure` (line 1, at the end), or by default the lines under
   * them, one value after another, each whole: `first`, the others, then `last` and
   * `labelled` (at the end too, after its header: for a bare number).
   */
  narrow?: 'lead' | 'figure' | 'first' | 'last' | 'labelled';
  /**
   * A column that is usually empty (a purchase's event): shown only while a row on screen has
   * a value, and not in the skeleton.
   */
  has?: (row: T) => boolean;
  /**
   * A class of its own for the column's cells and header. `line-start` makes the cell begin a
   * narrow row's last line in every row, so the rows of a list keep one shape.
   */
  className?: string;
}

/** `text` as shown now. */
export function columnText(text: ColumnText, t: Translate, locale: string): string {
  return typeof text === 'string' ? text : text(t, locale);
}

/** The columns shown on screen. */
export function visibleColumns<T>(columns: readonly Column<T>[]): Column<T>[] {
  return columns.filter((c) => c.cell);
}

/** The export's fields, in column order, with their headers in `t`'s language. */
export function csvFields<T>(
  columns: readonly Column<T>[],
  t: Translate,
  locale: string,
): CsvField<T>[] {
  return columns.flatMap((c) =>
    c.csv ? [{ header: columnText(c.header, t, locale), value: c.csv }] : [],
  );
}

/** The class of a column's header and cells. */
export function columnClass<T>(column: Column<T>): string {
  const wrap = column.wrap === 'clamp' ? 'clamp' : column.wrap === 'wrap' ? 'wraps' : '';
  return [column.align === 'end' ? 'num' : '', wrap, column.narrow, column.className]
    .filter(Boolean)
    .join(' ');
}
