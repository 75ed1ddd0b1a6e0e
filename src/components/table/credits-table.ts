import { initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { CopyController } from '../../controllers/copy-controller.js';
import {
  CursorPagingController,
  type PageView,
} from '../../controllers/cursor-paging-controller.js';
import { ExportController, type ExportFile } from '../../controllers/export-controller.js';
import { InfoPopoutController } from '../../controllers/info-popout-controller.js';
import { OverflowController } from '../../controllers/overflow-controller.js';
import { VirtualRowsController } from '../../controllers/virtual-rows-controller.js';
import type { CreditsClient } from '../../data/client.js';
import type { CursorPage } from '../../data/pages.js';
import { CreditsExportEvent } from '../../events/credits-export.js';
import { downloadText } from '../../internal/download.js';
import { readPreference, writePreference } from '../../internal/preferences.js';
import '../../i18n/en/tables.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import { columnClass, columnText, csvFields, visibleColumns, type Column } from './columns.js';
import {
  renderRows,
  renderSkeleton,
  renderTableBox,
  type ShownColumn,
  type TableBox,
} from './table-body.js';
import { clampPageSize, renderExportStatus, renderPager, renderToolbar } from './table-parts.js';
import { tableStyles } from './table.styles.js';

/** Skeleton rows in the scroll view: enough to fill its box. */
const SCROLL_SKELETON_ROWS = 12;

export type Paging = 'pages' | 'scroll';

/**
 * The table engine every list element builds on: a subclass declares its columns once (header,
 * cell, CSV value, alignment, wrapping) and how to fetch a page; the engine renders the header,
 * rows, skeleton, pager and export from them, with behaviour in controllers: cursor paging,
 * virtual rows for the scroll view, CSV export, the info pop-out and copying.
 *
 * In a narrow container (not viewport: a widget may sit in a sidebar) each row reads as a block
 * of label and value; assistive technology still gets a table.
 *
 * @event {CreditsExportEvent} credits-export - A CSV export is complete; `detail` has `filename`, `csv`, `rows`. Cancelable: cancel it to handle the file yourself instead of the download.
 * @event {CreditsErrorEvent} credits-error - A page could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The card around everything.
 * @csspart title - The heading.
 * @csspart toolbar - Filters and the export button.
 * @csspart export-button - Export CSV.
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
  static override styles = [hostStyles, tableStyles];

  /** Rows per request (the contract's `limit`): 1 to 100, default 25. */
  @property({ attribute: 'page-size', type: Number }) pageSize: number = 25;

  /**
   * `pages`: Previous / Next. `scroll`: one scrolling list that loads the next page as the user
   * reaches its end, for long histories (only the visible rows are rendered).
   */
  @property() paging: 'pages' | 'scroll' = 'pages';

  @query('.table-wrap') private wrap?: HTMLElement;

  /** The caption and heading, `Credit Usage` (a getter, to follow the element's language). */
  protected abstract readonly caption: string;
  protected abstract readonly columns: readonly Column<T>[];
  /** One page of the list. */
  protected abstract fetchPage(
    client: CreditsClient,
    cursor: string | null,
    limit: number,
    signal: AbortSignal,
  ): Promise<CursorPage<T>>;
  /** The first page from the client's cache, if it holds it (drawn at once, no skeleton). */
  protected peekFirstPage(_client: CreditsClient, _limit: number): CursorPage<T> | undefined {
    return undefined;
  }
  /** Every page of the list, for the export. */
  protected abstract allPages(
    client: CreditsClient,
    signal: AbortSignal,
  ): AsyncIterable<CursorPage<T>>;
  /** The export's file name. */
  protected abstract exportName(): string;
  /** What the empty list says, in the element's language. */
  protected abstract emptyText(): string;

  /** Inputs of the query besides the page size (filters): a change starts again at page 1. */
  protected queryArgs(): readonly unknown[] {
    return [];
  }
  /** What is wrong with the query, stopping the load (a filter that is not valid), or null. */
  protected queryProblem(): string | null {
    return null;
  }
  /** Controls before the export button (filters). */
  protected renderFilters(): unknown {
    return nothing;
  }
  /** What the empty state offers besides its sentence (clear the filters). */
  protected renderEmptyActions(): unknown {
    return nothing;
  }
  /** The name and content of a row's info pop-out (rows get an info button from their cells). */
  protected popoutLabel(_row: T): string {
    return '';
  }
  protected popoutContent(_row: T): unknown {
    return nothing;
  }
  /** Called when a page has come from the server (its rows are now the truth). */
  protected pageLoaded(): void {}

  /**
   * Rows the skeleton draws in the paged view when this browser has not shown the list before:
   * a full page unless a table expects fewer. After that, the rows its first page had.
   */
  protected readonly skeletonRows: number = Infinity;

  /** Where this browser remembers how many rows the list's first page had. */
  #rowsKey(client: CreditsClient | undefined): string {
    return `rows ${this.localName} ${client?.endpoint} ${this.limit} ${JSON.stringify(this.queryArgs())}`;
  }

  #skeletonCount(): number {
    if (this.paging === 'scroll') return SCROLL_SKELETON_ROWS;
    const known = Number(readPreference(this.#rowsKey(this.resolvedClient)) ?? NaN);
    return Number.isInteger(known) && known > 0
      ? Math.min(known, this.limit)
      : Math.min(this.limit, this.skeletonRows);
  }

  protected get limit(): number {
    return clampPageSize(this.pageSize);
  }

  protected readonly copier = new CopyController(this);
  protected readonly popout = new InfoPopoutController(this, () => this.copier.reset());
  protected readonly virtualRows = new VirtualRowsController(this, {
    after: 100,
    overscan: 10,
    estimate: 44,
    onNearEnd: () => this.loadMore(),
  });
  protected readonly pagingCtl = new CursorPagingController<T>(this, {
    key: () => [this.resolvedClient, this.limit, this.paging, ...this.queryArgs()],
    scroll: () => this.paging === 'scroll',
    onReset: () => {
      this.virtualRows.reset();
      this.popout.close();
    },
  });
  protected readonly exporter = new ExportController<T>(this, (file) => this.#deliver(file));
  readonly #overflow = new OverflowController(this);
  #shown?: ShownColumn<T>[];

  private readonly pageData = this.load({
    // Loads again (the client was refreshed): the paged view stays on its page; the scroll view
    // starts over.
    beforeReload: () => this.pagingCtl.reset({ keepPage: this.paging === 'pages' }),
    args: () => [this.limit, this.paging, ...this.queryArgs(), this.pagingCtl.index],
    // Another page of the same list: the rows shown stay until it comes (no flash, no shift).
    sameData: (a, b) => a.length === b.length && a.slice(0, -1).every((v, i) => v === b[i]),
    peek: (client, args) =>
      this.queryProblem() === null
        ? this.pagingCtl.peekFirst(this.peekFirstPage(client, args[0] as number))
        : undefined,
    run: async (client, args, signal) => {
      if (this.queryProblem() !== null) return initialState;
      const limit = args[0] as number;
      const view = await this.pagingCtl.load(
        args.at(-1) as number,
        (cursor, s) => this.fetchPage(client, cursor, limit, s),
        signal,
      );
      if (view.index === 0 && view.rows.length) {
        writePreference(this.#rowsKey(client), String(view.rows.length));
      }
      this.pageLoaded();
      return view;
    },
  });

  /** Loads the next page into the scroll view (or shows it, in the paged view). */
  loadMore(): void {
    this.pagingCtl.next(this.pageData.busy);
  }

  /**
   * Fetches every page of the filtered list in turn and hands the CSV to the browser (after a
   * cancelable `credits-export`). Progress is shown; `cancelExport()` stops it.
   */
  async exportCsv(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.queryProblem() !== null) return;
    await this.exporter.run({
      filename: this.exportName(),
      fields: csvFields(this.columns, this.t, this.resolvedLocale),
      pages: (signal) => this.allPages(client, signal),
    });
  }

  /** Stops an export under way; nothing is downloaded. */
  cancelExport(): void {
    this.exporter.cancel();
  }

  #deliver(file: ExportFile): void {
    const event = new CreditsExportEvent(file);
    if (this.dispatchEvent(event)) {
      downloadText(this.renderRoot, file.filename, file.csv, 'text/csv;charset=utf-8');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#overflow.observe(this.wrap);
  }

  // ---- rendering -------------------------------------------------------------------------

  /** The columns shown, their texts in the element's language now (made once per render). */
  get #columns(): ShownColumn<T>[] {
    const { t, resolvedLocale: locale } = this;
    return (this.#shown ??= visibleColumns(this.columns).map((c) => ({
      ...c,
      header: columnText(c.header, t, locale),
      placeholder: c.placeholder === undefined ? undefined : columnText(c.placeholder, t, locale),
      cell: c.cell!,
      className: columnClass(c),
    })));
  }

  protected override render(): TemplateResult {
    this.#shown = undefined;
    const task = this.pageData;
    const problem = this.queryProblem();
    const failed = task.error !== undefined;
    // A page after the first that fails leaves the rows the user has on screen (the page before
    // it; the scroll view: every row loaded), its error and Retry in the pager.
    const view = task.value ?? (failed ? this.pagingCtl.lastView : undefined);
    let body: unknown;
    if (!this.resolvedClient) body = this.renderUnconfigured();
    else if (failed && !view) body = this.renderError(task.error, () => task.retry());
    else {
      const content = problem
        ? html`<p class="filter-problem" role="alert" part="error">${problem}</p>`
        : !view
          ? renderSkeleton(this.#box(), this.#skeletonCount())
          : view.rows.length === 0 && !view.hasNext
            ? this.#renderEmpty()
            : html`${this.#renderTable(view)}${this.#renderPager(view)}`;
      const toolbar = renderToolbar(this.t, this.renderFilters(), {
        canExport: !problem && !!view && view.rows.length > 0,
        exporting: this.exporter.running,
        exportCsv: () => this.exportCsv(),
      });
      body = html`${toolbar}${content}
      ${renderExportStatus(this.exporter.state, this.t, {
        cancel: () => this.cancelExport(),
        retry: () => this.exportCsv(),
      })}
      ${this.popout.popout(
        (key) => this.#popoutRow(view, key, (row) => this.popoutLabel(row)) ?? '',
        (key) => this.#popoutRow(view, key, (row) => this.popoutContent(row)),
      )}`;
    }
    return this.renderFrame(this.caption, !problem && task.busy, body);
  }

  #popoutRow<R>(view: PageView<T> | undefined, key: string, use: (row: T) => R): R | undefined {
    const row = view?.rows.find((r) => r.id === key);
    return row ? use(row) : undefined;
  }

  #renderEmpty(): TemplateResult {
    return html`<div class="empty" part="empty">
      <p>${this.emptyText()}</p>
      ${this.renderEmptyActions()}
    </div>`;
  }

  #renderPager(view: PageView<T>): TemplateResult {
    const { error, busy } = this.pageData;
    return renderPager({
      caption: this.caption,
      view,
      scroll: this.paging === 'scroll',
      t: this.t,
      loading: busy,
      failure:
        error === undefined
          ? null
          : { page: this.pagingCtl.loadedPages + 1, error, retry: () => this.pageData.retry() },
      next: () => this.loadMore(),
      previous: () => this.pagingCtl.previous(busy),
    });
  }

  #box(rowCount?: number): TableBox<T> {
    return {
      caption: this.caption,
      t: this.t,
      columns: this.#columns,
      scroll: this.paging === 'scroll',
      scrollable: this.#overflow.overflows,
      onScroll: this.virtualRows.onScroll,
      rowCount,
    };
  }

  #renderTable(view: PageView<T>): TemplateResult {
    if (view.rows.length === 0) {
      return html`<div class="empty" part="empty">
        <p>${this.t('table.emptyPage')}</p>
      </div>`;
    }
    const rows = view.rows;
    const window = this.paging === 'scroll' ? this.virtualRows.window(rows.length) : undefined;
    const rowCount = window?.virtual ? (view.total ?? rows.length) + 1 : undefined;
    return renderTableBox(
      this.#box(rowCount),
      renderRows(rows, this.#columns, this.resolvedLocale, window),
    );
  }
}
