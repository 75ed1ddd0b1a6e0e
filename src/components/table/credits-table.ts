import { property } from 'lit/decorators.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import type { TableEngine } from './table-engine.js';
import { narrowTableStyles } from './table-narrow.styles.js';
import { tableStyles } from './table.styles.js';

export type { Paging } from './table-engine.js';

/**
 * What every list element has: `page-size` and `paging`, the table's styles, parts and events,
 * and the public `loadMore()`, `exportCsv()` and `cancelExport()`. The work is the element's
 * `TableEngine` (table-engine.ts), made with its columns and source; this class only declares
 * what the three list elements share, so the manifest and the docs say it once.
 *
 * In a container narrower than 48rem (not viewport: a widget may sit in a sidebar) each row reads
 * as a short block: what it is about and its figure on the first line, the other values under
 * it; assistive technology still gets a table. A column empty on every row shown (a purchase's
 * event) is left out, and the pager shows no Previous / Next when every row is on one page.
 *
 * @event {CreditsExportEvent} credits-export - A CSV export is complete; `detail` has `filename`, `csv`, `rows`. Cancelable: cancel it to handle the file yourself instead of the download.
 * @event {CreditsErrorEvent} credits-error - A page could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The card around everything.
 * @csspart title - The heading.
 * @csspart toolbar - The filters.
 * @csspart export-button - Export CSV, on the title's line; not there when the list is empty.
 * @csspart table-wrap - The box around the table (the scroll box in the `scroll` view).
 * @csspart table - The table.
 * @csspart row - A row.
 * @csspart popout - The info pop-out.
 * @csspart pager - Paging controls and the row range.
 * @csspart export - Export progress and result.
 * @csspart empty - The empty state.
 * @csspart error - The error panel.
 *
 * @cssprop --credits-table-height - Height of the scroll view (default 28rem).
 * @cssprop --credits-color-subtle - Table header background.
 */
export abstract class CreditsTable<T extends { id: string }> extends CreditsElement {
  static override styles = [hostStyles, tableStyles, narrowTableStyles];

  /** Rows per request (the contract's `limit`): 1 to 100, default 25. */
  @property({ attribute: 'page-size', type: Number }) pageSize: number = 25;

  /**
   * `pages`: Previous / Next. `scroll`: one scrolling list that loads the next page as the user
   * reaches its end, for long histories (only the visible rows are rendered).
   */
  @property() paging: 'pages' | 'scroll' = 'pages';

  /**
   * The export's column separator. `auto`: the one a spreadsheet in the element's locale opens,
   * `;` where the locale writes a decimal comma (de, fr, es, pt-BR; decimals then `12,50`), else
   * `,`. `comma` or `semicolon` when the host knows who reads the file (decimals keep the point
   * in a comma file).
   */
  // The union written out: the framework typings are generated from the manifest, which keeps
  // a type alias as its name (and the element's props would then type as anything).
  @property({ attribute: 'csv-separator' }) csvSeparator: 'auto' | 'comma' | 'semicolon' = 'auto';

  /** The element's table: its columns and its source. */
  protected abstract readonly table: TableEngine<T>;

  /** Loads the next page into the scroll view (or shows it, in the paged view). */
  loadMore(): void {
    this.table.loadMore();
  }

  /**
   * Fetches every page of the filtered list in turn and hands the CSV to the browser (after a
   * cancelable `credits-export`). Progress is shown; `cancelExport()` stops it.
   */
  exportCsv(): Promise<void> {
    return this.table.exportCsv();
  }

  /** Stops an export under way; nothing is downloaded. */
  cancelExport(): void {
    this.table.cancelExport();
  }

  protected override render(): unknown {
    return this.table.render();
  }
}
