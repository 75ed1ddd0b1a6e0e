import { html, nothing, type TemplateResult } from 'lit';
// styleMap writes through CSSOM, which a strict style-src CSP allows (a style attribute it blocks).
import { styleMap } from 'lit/directives/style-map.js';
import type { RowWindow } from '../../controllers/virtual-rows-controller.js';
import type { Translate } from '../../i18n/keys.js';
import type { Column } from './columns.js';

/** The table itself, its rows and its skeleton, all from the column descriptors. */

/** A column as shown now: its texts in the element's language. */
export interface ShownColumn<T> extends Omit<Column<T>, 'header' | 'placeholder'> {
  header: string;
  placeholder?: string;
  cell: NonNullable<Column<T>['cell']>;
  className: string;
}

export interface TableBox<T> {
  caption: string;
  t: Translate;
  columns: readonly ShownColumn<T>[];
  scroll: boolean;
  /** The box overflows: it becomes a named, focusable region so keyboards can scroll it. */
  scrollable: boolean;
  onScroll: (e: Event) => void;
  /** `aria-rowcount` (header row included) when only some rows are in the DOM. */
  rowCount?: number;
  /**
   * The rows are skeleton rows: the box is hidden from assistive technology (the card's
   * aria-busy and a sentence say it is loading) and the rows pulse as one.
   */
  loading?: boolean;
}

/** The scroll box, the captioned table and its header around `body` (the rows). */
export function renderTableBox<T>(box: TableBox<T>, body: unknown): TemplateResult {
  const { scrollable, rowCount, t } = box;
  return html`<div
    class=${box.scroll ? 'table-wrap scroll' : 'table-wrap'}
    part="table-wrap"
    aria-hidden=${box.loading ? 'true' : nothing}
    tabindex=${scrollable ? '0' : nothing}
    role=${scrollable ? 'region' : nothing}
    aria-label=${scrollable ? t('table.scrollable', { caption: box.caption }) : nothing}
    @scroll=${box.scroll ? box.onScroll : nothing}
  >
    <table part="table" role="table" aria-rowcount=${rowCount ?? nothing}>
      <caption class="visually-hidden">
        ${box.caption}
      </caption>
      <thead>
        <tr role="row" aria-rowindex=${rowCount ? 1 : nothing}>
          ${box.columns.map(
            (c) => html`<th scope="col" role="columnheader" class=${c.className}>${c.header}</th>`,
          )}
        </tr>
      </thead>
      <tbody class=${box.loading ? 'skeleton-rows' : nothing}>
        ${body}
      </tbody>
    </table>
  </div>`;
}

/** The body's rows between the scroll view's spacers (one template for skeleton and rows). */
const spaced = (before: unknown, rows: unknown, after: unknown) => html`${before}${rows}${after}`;

/** A row: skeleton rows and loaded rows are the same template, so rows that come fill them. */
function renderRow(cells: unknown, loaded: boolean, rowIndex?: number): TemplateResult {
  return html`<tr
    class="row"
    part=${loaded ? 'row' : nothing}
    role="row"
    aria-rowindex=${rowIndex ?? nothing}
  >
    ${cells}
  </tr>`;
}

function renderCell(column: ShownColumn<never>, content: unknown): TemplateResult {
  return html`<td class=${column.className} role="cell" data-label=${column.header}>
    ${content}
  </td>`;
}

/** The rows of `window` (every row when there is none), with spacers for the rows left out. */
export function renderRows<T>(
  rows: readonly T[],
  columns: readonly ShownColumn<T>[],
  locale: string,
  window?: RowWindow,
): TemplateResult {
  const start = window?.start ?? 0;
  const virtual = !!window?.virtual;
  const spacer = (height: number) =>
    height
      ? html`<tr class="spacer" aria-hidden="true">
          <td colspan=${columns.length} style=${styleMap({ height: `${height}px` })}></td>
        </tr>`
      : nothing;
  return html`${spacer(window?.before ?? 0)}${rows
    .slice(start, window?.end ?? rows.length)
    .map((row, i) =>
      renderRow(
        columns.map((c) => renderCell(c as ShownColumn<never>, c.cell(row, locale))),
        true,
        virtual ? start + i + 2 : undefined,
      ),
    )}${spacer(window?.afterHeight ?? 0)}`;
}

/**
 * `count` skeleton rows: the loaded layout with placeholder text on bars, so nothing moves when
 * the rows come. For `renderTableBox` with `loading`: the table around them is the one the rows
 * then fill, not a copy that is thrown away.
 */
export function renderSkeletonRows<T>(box: TableBox<T>, count: number): TemplateResult {
  const cells = box.columns.map((c) =>
    renderCell(
      c as ShownColumn<never>,
      html`<span class=${c.wrap === 'clamp' ? 'skeleton-text clamp-text' : 'skeleton-text'}
        >${c.placeholder ?? c.header}</span
      >`,
    ),
  );
  // The shape of renderRows: the rows that come take these rows' places.
  return spaced(
    nothing,
    Array.from({ length: count }, () => renderRow(cells, false)),
    nothing,
  );
}

/** The pager while the rows load: its layout with placeholder text, and what is loading. */
export function renderSkeletonPager<T>(box: TableBox<T>): TemplateResult {
  const { scroll, t } = box;
  return html`<div class="pager" aria-hidden="true">
      <span class="skeleton-text"
        >${
          scroll
            ? t('table.rowsLoaded', { count: 25 })
            : t('table.rangeOf', { first: 1, last: 25, count: 100 })
        }</span
      >
      <span class="buttons"
        ><span class="btn small skeleton-text"
          >${t(scroll ? 'table.loadMore' : 'table.previous')}</span
        >${
          scroll ? nothing : html`<span class="btn small skeleton-text">${t('table.next')}</span>`
        }</span
      >
    </div>
    <span class="visually-hidden">${t('table.loadingCaption', { caption: box.caption })}</span>`;
}
