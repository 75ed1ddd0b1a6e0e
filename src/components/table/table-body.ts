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
}

/** The scroll box, the captioned table and its header around `body` (the rows). */
export function renderTableBox<T>(box: TableBox<T>, body: unknown): TemplateResult {
  const { scrollable, rowCount, t } = box;
  return html`<div
    class=${box.scroll ? 'table-wrap scroll' : 'table-wrap'}
    part="table-wrap"
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
      <tbody>
        ${body}
      </tbody>
    </table>
  </div>`;
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
  return html`${spacer(window?.before ?? 0)}${rows.slice(start, window?.end ?? rows.length).map(
    (row, i) =>
      html`<tr class="row" part="row" role="row" aria-rowindex=${virtual ? start + i + 2 : nothing}>
        ${columns.map(
          (c) =>
            html`<td class=${c.className} role="cell" data-label=${c.header}>
              ${c.cell(row, locale)}
            </td>`,
        )}
      </tr>`,
  )}${spacer(window?.afterHeight ?? 0)}`;
}

/** The loaded layout with placeholder text on skeleton bars, `count` rows and the pager. */
export function renderSkeleton<T>(box: TableBox<T>, count: number): TemplateResult {
  const row = html`<tr class="row" role="row">
    ${box.columns.map(
      (c) =>
        html`<td class=${c.className} role="cell" data-label=${c.header}>
          <span class=${c.wrap === 'clamp' ? 'skeleton-text clamp-text' : 'skeleton-text'}
            >${c.placeholder ?? c.header}</span
          >
        </td>`,
    )}
  </tr>`;
  const { scroll, t } = box;
  return html`<div class="placeholder" aria-hidden="true">
      ${renderTableBox(
        box,
        Array.from({ length: count }, () => row),
      )}
      <div class="pager">
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
    </div>
    <span class="visually-hidden">${t('table.loadingCaption', { caption: box.caption })}</span>`;
}
