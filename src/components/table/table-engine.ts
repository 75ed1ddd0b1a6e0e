import { initialState } from '@lit/task';
import {
  html,
  isServer,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
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
import { CreditsExportEvent } from '../../events/credits-export.js';
import { csvDialect } from '../../internal/csv.js';
import { downloadText } from '../../internal/download.js';
import { readPreference, writePreference } from '../../internal/preferences.js';
import '../../i18n/en/tables.js';
import type { ElementKit } from '../base/credits-element.js';
import type { TableOptions } from './table-source.js';
import { columnClass, columnText, csvFields, visibleColumns } from './columns.js';
import {
  renderRows,
  renderSkeletonPager,
  renderSkeletonRows,
  renderTableBox,
  type ShownColumn,
  type TableBox,
} from './table-body.js';
import {
  clampPageSize,
  renderExportButton,
  renderExportStatus,
  renderPager,
  renderToolbar,
} from './table-parts.js';

/** Skeleton rows in the scroll view: enough to fill its box. */
const SCROLL_SKELETON_ROWS = 12;

export type { Paging, TableOptions, TableSource } from './table-source.js';

/** The table and its pager: one template, so the table the skeleton drew is the one filled. */
const tableAndPager = (table: unknown, pager: unknown) => html`${table}${pager}`;

/** The contract's largest page: an export asks for it, to make as few requests as it can. */
export const EXPORT_PAGE_SIZE = 100;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The table engine every list element is made with: the element hands it its columns (header,
 * cell, CSV value, alignment, wrapping: declared once) and a source (how to fetch, peek, export
 * and what an empty list says); the engine loads the pages and renders the header, rows,
 * skeleton, pager and export, with behaviour in controllers: cursor paging, virtual rows for the
 * scroll view, CSV export, the info pop-out, copying and the overflow of the table's box.
 */
export class TableEngine<T extends { id: string }> implements ReactiveController {
  readonly #host: Host;
  readonly #kit: ElementKit;
  readonly #options: TableOptions<T>;
  #shown?: ShownColumn<T>[];
  /** The next load is a Retry: the pages it fetches are asked of the server, not the cache. */
  #fresh = false;

  readonly copier: CopyController;
  readonly popout: InfoPopoutController;
  readonly #virtualRows: VirtualRowsController;
  readonly #paging: CursorPagingController<T>;
  readonly #exporter: ExportController<T>;
  readonly #overflow: OverflowController;
  readonly #pages;

  constructor(host: Host, kit: ElementKit, options: TableOptions<T>) {
    this.#host = host;
    this.#kit = kit;
    this.#options = options;
    const { source } = options;
    this.copier = new CopyController(host);
    this.popout = new InfoPopoutController(host, () => this.copier.reset());
    this.#virtualRows = new VirtualRowsController(host, {
      after: 100,
      overscan: 10,
      estimate: 44,
      onNearEnd: () => this.loadMore(),
    });
    this.#paging = new CursorPagingController<T>(host, {
      key: () => [kit.client(), this.#limit, this.#scroll, ...source.query()],
      scroll: () => this.#scroll,
      onReset: () => {
        this.#virtualRows.reset();
        this.popout.close();
      },
    });
    this.#exporter = new ExportController<T>(host, (file) => this.#deliver(file));
    this.#overflow = new OverflowController(host);
    this.#pages = kit.load({
      // Loads again (the client was refreshed): the paged view stays on its page; the scroll
      // view starts over.
      beforeReload: () => this.#paging.reset({ keepPage: !this.#scroll }),
      args: () => [this.#limit, this.#scroll, ...source.query(), this.#paging.index],
      // Another page of the same list: the rows shown stay until it comes (no flash, no shift).
      sameData: (a, b) => a.length === b.length && a.slice(0, -1).every((v, i) => v === b[i]),
      peek: (client, args) =>
        this.#problem === null
          ? this.#paging.peekFirst(source.peek?.(client, args[0] as number))
          : undefined,
      run: async (client, args, signal) => {
        if (this.#problem !== null) return initialState;
        const limit = args[0] as number;
        const fresh = this.#fresh;
        this.#fresh = false;
        const view = await this.#paging.load(
          args.at(-1) as number,
          (cursor, s) => source.fetch(client, cursor, limit, { signal: s, fresh }),
          signal,
        );
        if (view.index === 0 && view.rows.length) {
          writePreference(this.#rowsKey(client), String(view.rows.length));
        }
        source.loaded?.();
        return view;
      },
    });
    host.addController(this);
  }

  get #limit(): number {
    return clampPageSize(this.#options.settings().pageSize);
  }

  get #scroll(): boolean {
    return this.#options.settings().paging === 'scroll';
  }

  get #problem(): string | null {
    return this.#options.source.problem?.() ?? null;
  }

  hostUpdated(): void {
    this.#overflow.observe(this.#host.renderRoot.querySelector('.table-wrap'));
  }

  /** Loads again what failed, from the server: what the cache holds led to the failure. */
  #retry(): void {
    this.#fresh = true;
    this.#pages.retry();
  }

  /** Loads the next page into the scroll view (or shows it, in the paged view). */
  loadMore(): void {
    this.#paging.next(this.#pages.busy);
  }

  /**
   * Fetches every page of the filtered list in turn and hands the CSV to the browser (after a
   * cancelable `credits-export`). Progress is shown; `cancelExport()` stops it.
   */
  async exportCsv(): Promise<void> {
    const client = this.#kit.client();
    if (!client || this.#problem !== null) return;
    const { columns, source } = this.#options;
    await this.#exporter.run({
      filename: source.exportName(),
      fields: csvFields(columns, this.#kit.t, this.#kit.locale()),
      dialect: csvDialect(this.#kit.locale(), this.#options.settings().csvSeparator),
      pages: (signal) => source.pages(client, signal),
    });
  }

  /** Stops an export under way; nothing is downloaded. */
  cancelExport(): void {
    this.#exporter.cancel();
  }

  #deliver(file: ExportFile): void {
    if (this.#host.dispatchEvent(new CreditsExportEvent(file))) {
      downloadText(this.#host.renderRoot, file.filename, file.csv, 'text/csv;charset=utf-8');
    }
  }

  /** Where this browser remembers how many rows the list's first page had. */
  #rowsKey(client: CreditsClient | undefined): string {
    const query = JSON.stringify(this.#options.source.query());
    return `rows ${this.#host.localName} ${client?.endpoint} ${this.#limit} ${query}`;
  }

  #skeletonCount(): number {
    if (this.#scroll) return SCROLL_SKELETON_ROWS;
    // A server drew the default: the row count this browser remembers waits for the next render.
    const remembered = this.#kit.hydrating()
      ? null
      : readPreference(this.#rowsKey(this.#kit.client()));
    const known = Number(remembered ?? NaN);
    return Number.isInteger(known) && known > 0
      ? Math.min(known, this.#limit)
      : Math.min(this.#limit, this.#options.skeletonRows ?? Infinity);
  }

  /** The columns shown, their texts in the element's language now (made once per render). */
  get #columns(): ShownColumn<T>[] {
    const { t } = this.#kit;
    const locale = this.#kit.locale();
    return (this.#shown ??= visibleColumns(this.#options.columns).map((c) => ({
      ...c,
      header: columnText(c.header, t, locale),
      placeholder: c.placeholder === undefined ? undefined : columnText(c.placeholder, t, locale),
      cell: c.cell!,
      className: columnClass(c),
    })));
  }

  /** The whole table in the element's card: toolbar, skeleton, rows, pager, export, pop-out. */
  render(): TemplateResult {
    this.#shown = undefined;
    const kit = this.#kit;
    const { source, caption } = this.#options;
    const pages = this.#pages;
    const problem = this.#problem;
    const failed = pages.error !== undefined;
    // A page after the first that fails leaves the rows the user has on screen (the page before
    // it; the scroll view: every row loaded), its error and Retry in the pager.
    const view = pages.value ?? (failed ? this.#paging.lastView : undefined);
    let body: unknown;
    if (!kit.client() && !isServer) body = kit.unconfigured();
    else if (failed && !view) body = kit.error(pages.error, () => this.#retry());
    else {
      const content = problem
        ? html`<p class="filter-problem" id="filter-problem" role="alert" part="error">
            ${problem}
          </p>`
        : !view
          ? this.#renderSkeleton()
          : view.rows.length === 0 && !view.hasNext
            ? html`<div class="empty" part="empty">
                <p>${source.emptyText()}</p>
                ${source.renderEmptyActions?.() ?? nothing}
              </div>`
            : tableAndPager(this.#renderTable(view), this.#renderPager(view));
      // Beside the title while the rows load and when there are rows to export; not at all
      // when there is nothing to export.
      const exportButton =
        !problem && (!view || view.rows.length > 0 || view.hasNext)
          ? renderExportButton(kit.t, {
              ready: !!view,
              exporting: this.#exporter.running,
              exportCsv: () => this.exportCsv(),
            })
          : nothing;
      // A list with nothing in it, no filter narrowing it (a new account): nothing to filter.
      const none = !!view && view.rows.length === 0 && !view.hasNext && !source.filtered?.();
      const toolbar = none ? nothing : renderToolbar(kit.t, source.renderFilters?.());
      body = html`${exportButton}${toolbar}${content}
      ${renderExportStatus(this.#exporter.state, kit.t, {
        cancel: () => this.cancelExport(),
        retry: () => this.exportCsv(),
      })}
      ${this.#renderPopout(view)}`;
    }
    return kit.frame(caption(), !problem && pages.busy, body);
  }

  #renderPopout(view: PageView<T> | undefined): unknown {
    const popout = this.#options.popout;
    if (!popout) return nothing;
    const row = (key: string) => view?.rows.find((r) => r.id === key);
    return this.popout.popout(
      (key) => {
        const found = row(key);
        return found ? popout.label(found) : '';
      },
      (key) => {
        const found = row(key);
        return found ? popout.content(found) : undefined;
      },
    );
  }

  #renderPager(view: PageView<T>): TemplateResult {
    const { error, busy } = this.#pages;
    return renderPager({
      caption: this.#options.caption(),
      view,
      scroll: this.#scroll,
      t: this.#kit.t,
      loading: busy,
      failure:
        error === undefined
          ? null
          : { page: this.#paging.loadedPages + 1, error, retry: () => this.#retry() },
      next: () => this.loadMore(),
      previous: () => this.#paging.previous(busy),
    });
  }

  /**
   * The table while its rows load: the same table box the rows then fill (in the same template
   * position as the loaded table and pager, so only the rows and pager are drawn again).
   */
  #renderSkeleton(): TemplateResult {
    const box = { ...this.#box(), loading: true };
    const rows = renderSkeletonRows(box, this.#skeletonCount());
    return tableAndPager(renderTableBox(box, rows), renderSkeletonPager(box));
  }

  /** The table around `rows` (every column but those empty on every row), or the skeleton's. */
  #box(rows?: readonly T[], rowCount?: number): TableBox<T> {
    return {
      caption: this.#options.caption(),
      t: this.#kit.t,
      columns: this.#columns.filter((c) => !c.has || rows?.some(c.has)),
      scroll: this.#scroll,
      scrollable: this.#overflow.overflows,
      onScroll: this.#virtualRows.onScroll,
      rowCount,
    };
  }

  #renderTable(view: PageView<T>): TemplateResult {
    if (view.rows.length === 0) {
      return html`<div class="empty" part="empty">
        <p>${this.#kit.t('table.emptyPage')}</p>
      </div>`;
    }
    const rows = view.rows;
    const window = this.#scroll ? this.#virtualRows.window(rows.length) : undefined;
    const rowCount = window?.virtual ? (view.total ?? rows.length) + 1 : undefined;
    const box = this.#box(rows, rowCount);
    return renderTableBox(box, renderRows(rows, box.columns, this.#kit.locale(), window));
  }
}
