import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
// styleMap writes through CSSOM, which a strict style-src CSP allows (a style attribute it blocks).
import { styleMap } from 'lit/directives/style-map.js';
import type {
  Transaction,
  TransactionKind,
  TransactionPage,
  TransactionQuery,
} from '../api/types.js';
import type { CreditsClient } from '../data/client.js';
import { CreditsError, isAbort, userMessage } from '../data/errors.js';
import { CreditsEventOpenEvent } from '../events/credits-event-open.js';
import { CreditsExportEvent } from '../events/credits-export.js';
import { hostStyles } from '../styles/shared.js';
import { tableStyles } from '../styles/table.js';
import { renderAction } from './actions.js';
import { CreditsElement } from './credits-element.js';
import { toCsv, type CsvCell } from './csv.js';
import { formatDateTime, formatInteger, formatSignedInteger } from './format.js';

const DEFAULT_PAGE_SIZE = 25;
/** The contract's largest page, used by the CSV export to make as few requests as it can. */
const EXPORT_PAGE_SIZE = 100;
/** In the scroll view, rows are only all in the DOM up to this many; beyond, only visible ones. */
const VIRTUAL_AFTER = 100;
/** Fixed row height of the scroll view, in CSS pixels (`.scroll tbody tr.row`). */
const ROW_HEIGHT = 44;
const OVERSCAN = 10;

/** An "i" in a circle; the button's name says what it opens. */
const INFO_ICON = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  ${svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" />
    <circle cx="8" cy="4.75" r="1" fill="currentColor" />
    <path d="M8 7.25v4.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />`}
</svg>`;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export type Paging = 'pages' | 'scroll';

type Filters = Pick<TransactionQuery, 'from' | 'to' | 'eventId'>;
type FilterField = 'from' | 'to' | 'eventId';
type ParsedFilters =
  { ok: true; filters: Filters } | { ok: false; problem: string; fields: FilterField[] };

/**
 * The filters as the contract takes them, or what is wrong with them in words. Empty strings
 * mean "no filter".
 */
export function parseFilters(from: string, to: string, eventId: string): ParsedFilters {
  const filters: Filters = {};
  if (from) {
    if (!DAY.test(from))
      return {
        ok: false,
        problem: `From must be a date (YYYY-MM-DD), not "${from}".`,
        fields: ['from'],
      };
    filters.from = from;
  }
  if (to) {
    if (!DAY.test(to))
      return { ok: false, problem: `To must be a date (YYYY-MM-DD), not "${to}".`, fields: ['to'] };
    filters.to = to;
  }
  if (from && to && from > to) {
    return { ok: false, problem: 'From must be on or before To.', fields: ['from', 'to'] };
  }
  const id = eventId.trim();
  if (id) {
    if (!/^\d+$/.test(id) || !Number.isSafeInteger(Number(id))) {
      return {
        ok: false,
        problem: `Event ID must be a whole number, not "${eventId}".`,
        fields: ['eventId'],
      };
    }
    filters.eventId = Number(id);
  }
  return { ok: true, filters };
}

/** `credit-usage_2026-10-01_to_2026-10-31_event-1042.csv` */
export function exportFilename(stem: string, filters: Filters): string {
  const { from, to, eventId } = filters;
  const range =
    from && to ? `${from}_to_${to}` : from ? `from_${from}` : to ? `to_${to}` : 'all-dates';
  return `${stem}_${range}${eventId !== undefined ? `_event-${eventId}` : ''}.csv`;
}

function clampPageSize(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.round(value), 1), 100);
}

interface PageStore {
  client: CreditsClient;
  key: string;
  pages: TransactionPage[];
}

/**
 * What the credit-usage and purchase-history tables share: one kind of `GET /transactions`,
 * cursor paging (earlier pages kept), the contract's filters, CSV export of the whole filtered
 * history, a virtualised scroll view for long histories, info pop-outs, and the three states.
 * Each table says its columns, labels and CSV layout.
 *
 * @event {CreditsEventOpenEvent} credits-event-open - An event name was activated; `detail` has `eventId`, `eventName`, `href`. Cancelable: cancel it to route within your app instead of following `event-href`.
 * @event {CreditsExportEvent} credits-export - A CSV export is complete; `detail` has `filename`, `csv`, `rows`. Cancelable: cancel it to handle the file yourself instead of the download.
 * @event {CreditsErrorEvent} credits-error - A page could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The section around everything.
 * @csspart toolbar - Filters and the export button.
 * @csspart export-button - Export CSV.
 * @csspart table-wrap - The box around the table (the scroll box in the `scroll` view).
 * @csspart table - The table.
 * @csspart row - A transaction row.
 * @csspart popout - The open info pop-out.
 * @csspart pager - Paging controls and the row range.
 * @csspart export - Export progress and result.
 * @csspart empty - The empty state.
 * @csspart error - The error panel.
 *
 * @cssprop --credits-table-height - Height of the scroll view (default 28rem).
 * @cssprop --credits-color-subtle - Table header background.
 */
export abstract class TransactionsTable extends CreditsElement {
  static override styles = [hostStyles, tableStyles];

  /** Rows per request (the contract's `limit`): 1 to 100, default 25. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Only transactions on or after this day (`YYYY-MM-DD`). Also set by the toolbar. */
  @property() from = '';

  /** Only transactions on or before this day (`YYYY-MM-DD`). Also set by the toolbar. */
  @property() to = '';

  /** Only transactions of this event (its numeric ID). Also set by the toolbar. */
  @property({ attribute: 'event-id' }) eventId = '';

  /** Where an event name leads, `{id}` replaced by the event ID, unless `credits-event-open` is cancelled. */
  @property({ attribute: 'event-href' }) eventHref = '';

  /**
   * `pages`: Previous / Next. `scroll`: one scrolling list that loads the next page as the user
   * reaches its end, for long histories (only the visible rows are rendered).
   */
  @property() paging: Paging = 'pages';

  @state() private pageIndex = 0;
  @state() private openInfo: string | null = null;
  @state() private exporting: { rows: number; total?: number } | null = null;
  @state() private exportResult: { message: string; failed: boolean } | null = null;
  @state() private firstVisible = 0;
  @state() private viewportRows = 12;
  @state() private copied = '';

  #store?: PageStore;
  #exportController?: AbortController;
  #scrollFrame = 0;

  /** `usage` or `purchase`. */
  protected abstract readonly kind: TransactionKind;
  /** The table's caption and heading, `Credit Usage`. */
  protected abstract readonly caption: string;
  protected abstract readonly headers: { label: string; numeric?: boolean }[];
  /** What an empty table says, without and with filters. */
  protected abstract readonly emptyText: string;
  protected abstract readonly emptyFilteredText: string;
  protected abstract readonly fileStem: string;
  protected abstract readonly csvHeader: string[];
  protected abstract renderCells(tx: Transaction, locale: string): TemplateResult;
  protected abstract csvRow(tx: Transaction): CsvCell[];

  private readonly pageTask = new Task(this, {
    task: async ([client, key, index], { signal }) => {
      const parsed = this.parsed;
      // No client, or filters that are not valid (key null): nothing to ask for.
      if (!client || key === null || !parsed.ok) return;
      const store = this.#storeFor(client, key);
      // Pages are loaded in order (a cursor comes from the page before); pages already loaded
      // are kept and never fetched again.
      for (let i = 0; i <= index; i++) {
        if (store.pages[i]) continue;
        const cursor = i === 0 ? null : store.pages[i - 1]!.nextCursor;
        if (i > 0 && !cursor) break;
        const page = await this.load(signal, () =>
          client.getTransactions(
            { kind: this.kind, limit: this.limit, cursor, ...parsed.filters },
            { signal },
          ),
        );
        store.pages[i] = page;
      }
      // The pages live in the store, which render() reads; the task only says when they are in.
    },
    args: () => [this.resolvedClient, this.queryKey, this.pageIndex] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#exportController?.abort();
    this.#closeInfo(false);
    this.#listenWhileOpen(false);
    cancelAnimationFrame(this.#scrollFrame);
  }

  protected reload(): void {
    this.#store = undefined;
    this.pageIndex = 0;
    void this.pageTask.run();
  }

  protected get limit(): number {
    return clampPageSize(this.pageSize);
  }

  protected get parsed(): ParsedFilters {
    return parseFilters(this.from, this.to, this.eventId);
  }

  private get queryKey(): string | null {
    const parsed = this.parsed;
    return parsed.ok ? JSON.stringify([this.kind, this.limit, parsed.filters]) : null;
  }

  #storeFor(client: CreditsClient, key: string): PageStore {
    if (!this.#store || this.#store.client !== client || this.#store.key !== key) {
      this.#store = { client, key, pages: [] };
    }
    return this.#store;
  }

  /** The pages loaded for what is asked now, or undefined while none is. */
  private get store(): PageStore | undefined {
    const s = this.#store;
    return s && s.client === this.resolvedClient && s.key === this.queryKey ? s : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const query = ['from', 'to', 'eventId', 'pageSize', 'paging', 'endpoint', 'client'] as const;
    if (this.hasUpdated && query.some((k) => changed.has(k))) {
      this.pageIndex = 0;
      this.firstVisible = 0;
      this.openInfo = null;
    }
  }

  /** Loads the next page into the scroll view (or shows it, in the paged view). */
  loadMore(): void {
    const pages = this.store?.pages ?? [];
    const last = pages[this.pageIndex];
    if (!last || this.pageTask.status === TaskStatus.PENDING) return;
    if (pages[this.pageIndex + 1] || last.nextCursor) this.pageIndex += 1;
  }

  private previous(): void {
    if (this.pageIndex > 0 && this.pageTask.status !== TaskStatus.PENDING) this.pageIndex -= 1;
  }

  private clearFilters(): void {
    this.from = '';
    this.to = '';
    this.eventId = '';
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderFrame(
      this.caption,
      this.parsed.ok && this.isLoading(this.pageTask),
      this.resolvedClient ? this.renderBody() : this.renderUnconfigured(),
    );
  }

  private renderBody(): TemplateResult {
    const parsed = this.parsed;
    const task = this.pageTask;
    const store = this.store;
    const pages = store?.pages ?? [];
    const scroll = this.paging === 'scroll';
    const rows: Transaction[] = scroll
      ? pages.slice(0, this.pageIndex + 1).flatMap((p) => p.items)
      : (pages[this.pageIndex]?.items ?? []);
    const pageReady = scroll ? pages.length > 0 : !!pages[this.pageIndex];

    let content: TemplateResult;
    if (!parsed.ok) {
      content = html`<p class="filter-problem" role="alert" part="error">${parsed.problem}</p>`;
    } else if (task.status === TaskStatus.ERROR && !(scroll && rows.length)) {
      content = this.renderError(task.error, () => void task.run());
    } else {
      // One template for loading, empty and rows, so the pager's buttons stay the same
      // elements (and keep the focus) while a page loads.
      const body = !pageReady
        ? this.renderTable([], true)
        : rows.length === 0
          ? this.renderEmpty()
          : this.renderTable(rows, false);
      const footer = pageReady ? rows.length > 0 : pages.length > 0;
      content = html`${body}${footer ? this.renderFooter(rows.length) : nothing}`;
    }
    return html`${this.renderToolbar(parsed)}${content}${this.renderExportStatus()}`;
  }

  private renderToolbar(parsed: ParsedFilters): TemplateResult {
    const invalid = (field: FilterField) =>
      !parsed.ok && parsed.fields.includes(field) ? 'true' : 'false';
    return html`<div class="toolbar" part="toolbar" role="group" aria-label="Filters and export">
      <label
        >From
        <input
          type="date"
          .value=${this.from}
          aria-invalid=${invalid('from')}
          @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)}
      /></label>
      <label
        >To
        <input
          type="date"
          .value=${this.to}
          aria-invalid=${invalid('to')}
          @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)}
      /></label>
      <label
        >Event ID
        <input
          class="event-id"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${this.eventId}
          aria-invalid=${invalid('eventId')}
          @change=${(e: Event) => (this.eventId = (e.target as HTMLInputElement).value.trim())}
      /></label>
      ${this.renderClearFilters()}
      <span class="spacer"></span>
      <button
        class="btn small"
        type="button"
        part="export-button"
        ?disabled=${!parsed.ok}
        aria-disabled=${this.exporting ? 'true' : 'false'}
        @click=${this.exportCsv}
      >
        Export CSV
      </button>
    </div>`;
  }

  private get hasFilters(): boolean {
    return !!(this.from || this.to || this.eventId);
  }

  private renderClearFilters(): TemplateResult | typeof nothing {
    return this.hasFilters
      ? html`<button class="btn small" type="button" @click=${this.clearFilters}>
          Clear filters
        </button>`
      : nothing;
  }

  private renderEmpty(): TemplateResult {
    return html`<div class="empty" part="empty">
      <p>${this.hasFilters ? this.emptyFilteredText : this.emptyText}</p>
      ${this.renderClearFilters()}
    </div>`;
  }

  private renderTable(rows: Transaction[], skeleton: boolean): TemplateResult {
    const scroll = this.paging === 'scroll';
    const locale = this.resolvedLocale;
    const columns = this.headers.length;
    const virtual = scroll && rows.length > VIRTUAL_AFTER;
    let start = 0;
    let end = rows.length;
    if (virtual) {
      start = Math.max(0, this.firstVisible - OVERSCAN);
      end = Math.min(rows.length, this.firstVisible + this.viewportRows + OVERSCAN);
    }
    const total = this.store?.pages[0]?.total;
    const rowCount = virtual ? (total ?? rows.length) + 1 : undefined;
    const spacer = (count: number) =>
      count > 0
        ? html`<tr class="spacer" aria-hidden="true">
            <td colspan=${columns} style=${styleMap({ height: `${count * ROW_HEIGHT}px` })}></td>
          </tr>`
        : nothing;
    const skeletonRows = Math.min(this.limit, 8);

    return html`<div
      class=${classMap({ 'table-wrap': true, scroll })}
      part="table-wrap"
      tabindex="0"
      role="region"
      aria-label=${`${this.caption}, scrollable`}
      @scroll=${scroll ? this.onScroll : nothing}
    >
      <table part="table" aria-rowcount=${rowCount ?? nothing}>
        <caption class="visually-hidden">
          ${this.caption}
        </caption>
        <thead>
          <tr aria-rowindex=${virtual ? 1 : nothing}>
            ${this.headers.map(
              (h) => html`<th scope="col" class=${h.numeric ? 'num' : ''}>${h.label}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${
            skeleton
              ? Array.from(
                  { length: skeletonRows },
                  () =>
                    html`<tr class="row">
                      ${this.headers.map(() => html`<td><span class="skeleton cell"></span></td>`)}
                    </tr>`,
                )
              : html`${spacer(start)}
                ${rows.slice(start, end).map(
                  (tx, i) =>
                    html`<tr
                      class="row"
                      part="row"
                      aria-rowindex=${virtual ? start + i + 2 : nothing}
                    >
                      ${this.renderCells(tx, locale)}
                    </tr>`,
                )}
                ${spacer(rows.length - end)}`
          }
        </tbody>
      </table>
    </div>`;
  }

  private renderFooter(shown: number): TemplateResult {
    const locale = this.resolvedLocale;
    const pages = this.store?.pages ?? [];
    const current = pages[this.pageIndex];
    const total = pages.findLast((p) => p.total !== undefined)?.total;
    const loadingMore = this.pageTask.status === TaskStatus.PENDING;
    // While the next page loads it is not in `pages` yet, but there is one: the button stays.
    const hasNext = loadingMore || !!pages[this.pageIndex + 1] || !!current?.nextCursor;
    const of = total !== undefined ? ` of ${formatInteger(total, locale)}` : '';
    // Pager buttons use aria-disabled rather than disabled: a focused button that becomes
    // disabled drops the focus to the page, and keyboard users paging would lose their place.

    if (this.paging === 'scroll') {
      const failed = this.pageTask.status === TaskStatus.ERROR;
      return html`<div class="pager" part="pager">
        <span aria-live="polite">${formatInteger(shown, locale)}${of} rows loaded</span>
        ${
          failed
            ? this.renderError(this.pageTask.error, () => void this.pageTask.run())
            : hasNext
              ? html`<button
                  class="btn small"
                  type="button"
                  aria-disabled=${loadingMore ? 'true' : 'false'}
                  @click=${this.loadMore}
                >
                  ${loadingMore ? 'Loading…' : 'Load more'}
                </button>`
              : nothing
        }
      </div>`;
    }

    const first = pages.slice(0, this.pageIndex).reduce((n, p) => n + p.items.length, 0) + 1;
    const last = first + shown - 1;
    return html`<nav class="pager" part="pager" aria-label=${`${this.caption} pages`}>
      <span aria-live="polite"
        >${
          loadingMore
            ? 'Loading rows…'
            : `Rows ${formatInteger(first, locale)}–${formatInteger(last, locale)}${of}`
        }</span
      >
      <span class="buttons">
        <button
          class="btn small"
          type="button"
          aria-disabled=${this.pageIndex === 0 || loadingMore ? 'true' : 'false'}
          @click=${this.previous}
        >
          Previous
        </button>
        <button
          class="btn small"
          type="button"
          aria-disabled=${!hasNext || loadingMore ? 'true' : 'false'}
          @click=${this.loadMore}
        >
          Next
        </button>
      </span>
    </nav>`;
  }

  private renderExportStatus(): TemplateResult {
    const exporting = this.exporting;
    const locale = this.resolvedLocale;
    if (exporting) {
      const of =
        exporting.total !== undefined ? ` of ${formatInteger(exporting.total, locale)}` : '';
      return html`<div class="export" part="export">
        <progress
          aria-label="Export progress"
          max=${exporting.total ?? nothing}
          value=${exporting.total !== undefined ? exporting.rows : nothing}
        ></progress>
        <span role="status">Exporting… ${formatInteger(exporting.rows, locale)}${of} rows</span>
        <button class="btn small" type="button" @click=${this.cancelExport}>Cancel export</button>
      </div>`;
    }
    const result = this.exportResult;
    if (!result) return html``;
    return html`<div class="export" part="export">
      <span role=${result.failed ? 'alert' : 'status'}>${result.message}</span>
      ${
        result.failed
          ? html`<button class="btn small" type="button" @click=${this.exportCsv}>
              Retry export
            </button>`
          : nothing
      }
    </div>`;
  }

  // ---- shared cells ------------------------------------------------------------------------

  protected renderCredits(tx: Transaction, locale: string): TemplateResult {
    const formatted = formatSignedInteger(tx.credits, locale);
    return html`<td class="num">
      <data class=${tx.credits < 0 ? 'spend' : tx.credits > 0 ? 'gain' : ''} value=${tx.credits}
        >${formatted}</data
      >
    </td>`;
  }

  protected renderEvent(tx: Transaction): TemplateResult {
    const event = tx.event;
    if (!event) {
      return html`<td>
        <span aria-hidden="true">—</span><span class="visually-hidden">No event</span>
      </td>`;
    }
    return html`<td>
      ${renderAction(this, {
        label: event.name,
        className: 'event-link',
        href: this.eventHref.replaceAll('{id}', encodeURIComponent(String(event.id))),
        event: (href) =>
          new CreditsEventOpenEvent({ eventId: event.id, eventName: event.name, href }),
      })}
    </td>`;
  }

  protected renderDate(tx: Transaction, locale: string): TemplateResult {
    return html`<td>
      <time datetime=${tx.createdAt}>${formatDateTime(tx.createdAt, locale)}</time>
    </td>`;
  }

  /**
   * The info control and its pop-out: a real button with `aria-expanded`; the pop-out sits in
   * the top layer (so no scroll box clips it), Escape or a click elsewhere closes it and focus
   * returns to the button; one is open at a time.
   */
  protected renderInfo(tx: Transaction, name: string, content: TemplateResult): TemplateResult {
    const open = this.openInfo === tx.id;
    const id = `info-${tx.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    return html`<button
        class="info"
        type="button"
        aria-label=${name}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        data-info=${tx.id}
        @click=${() => this.toggleInfo(tx.id)}
      >
        ${INFO_ICON}</button
      >${
        open
          ? html`<div
              class="popout"
              id=${id}
              part="popout"
              role="group"
              aria-label=${name}
              popover="manual"
              @keydown=${this.onPopoutKey}
            >
              ${content}
            </div>`
          : nothing
      }`;
  }

  /** A detail value users copy (payment and order IDs), with its copy button. */
  protected renderCopyable(value: string, label: string): TemplateResult {
    const done = this.copied === value;
    return html`<code>${value}</code>
      <button
        class="btn copy"
        type="button"
        aria-label=${done ? `${label} copied` : `Copy ${label}`}
        @click=${() => this.copy(value)}
      >
        ${done ? 'Copied' : 'Copy'}
      </button>`;
  }

  private async copy(value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.copied = value;
    } catch {
      this.copied = '';
      // Clipboard refused (permissions, insecure page): the value is selectable text instead.
      const code = [...this.renderRoot.querySelectorAll('.popout code')].find(
        (c) => c.textContent === value,
      );
      if (code) getSelection()?.selectAllChildren(code);
    }
  }

  // ---- pop-out behaviour -------------------------------------------------------------------

  private toggleInfo(id: string): void {
    if (this.openInfo === id) this.#closeInfo(true);
    else {
      this.copied = '';
      this.openInfo = id;
    }
  }

  #closeInfo(returnFocus: boolean): void {
    const id = this.openInfo;
    if (id === null) return;
    this.openInfo = null;
    if (returnFocus) {
      const button = [...this.renderRoot.querySelectorAll<HTMLElement>('button.info')].find(
        (b) => b.dataset.info === id,
      );
      button?.focus();
    }
  }

  private onPopoutKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.#closeInfo(true);
    }
  };

  readonly #onDocumentKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.openInfo !== null) this.#closeInfo(true);
  };

  readonly #onDocumentPointer = (e: Event) => {
    if (this.openInfo === null) return;
    const path = e.composedPath();
    const inside = path.some(
      (n) =>
        n instanceof HTMLElement &&
        (n.classList.contains('popout') || n.dataset.info === this.openInfo),
    );
    if (!inside) this.#closeInfo(false);
  };

  readonly #onReposition = () => this.#positionPopout();

  /** Page-wide listeners only while a pop-out is open. */
  #listenWhileOpen(on: boolean): void {
    if (on) {
      document.addEventListener('keydown', this.#onDocumentKey);
      document.addEventListener('pointerdown', this.#onDocumentPointer, true);
      window.addEventListener('scroll', this.#onReposition, true);
      window.addEventListener('resize', this.#onReposition);
    } else {
      document.removeEventListener('keydown', this.#onDocumentKey);
      document.removeEventListener('pointerdown', this.#onDocumentPointer, true);
      window.removeEventListener('scroll', this.#onReposition, true);
      window.removeEventListener('resize', this.#onReposition);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('openInfo')) this.#listenWhileOpen(this.openInfo !== null);
    if (this.openInfo !== null) this.#positionPopout();
    if (changed.has('paging') || !this.hasUpdated) this.#measureViewport();
  }

  #positionPopout(): void {
    const popout = this.renderRoot.querySelector<HTMLElement>('.popout');
    const button = [...this.renderRoot.querySelectorAll<HTMLElement>('button.info')].find(
      (b) => b.dataset.info === this.openInfo,
    );
    if (!popout || !button) return;
    if (typeof popout.showPopover === 'function' && !popout.matches(':popover-open')) {
      popout.showPopover();
    }
    const anchor = button.getBoundingClientRect();
    const box = popout.getBoundingClientRect();
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - box.width - 8));
    const below = anchor.bottom + 6;
    const top = below + box.height > window.innerHeight - 8 ? anchor.top - box.height - 6 : below;
    popout.style.left = `${left}px`;
    popout.style.top = `${Math.max(8, top)}px`;
  }

  // ---- scroll view -------------------------------------------------------------------------

  #measureViewport(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap.scroll');
    if (wrap) this.viewportRows = Math.max(1, Math.ceil(wrap.clientHeight / ROW_HEIGHT));
  }

  private onScroll = (e: Event) => {
    const wrap = e.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = requestAnimationFrame(() => {
      this.viewportRows = Math.max(1, Math.ceil(wrap.clientHeight / ROW_HEIGHT));
      this.firstVisible = Math.floor(wrap.scrollTop / ROW_HEIGHT);
      if (wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - ROW_HEIGHT * 3) this.loadMore();
    });
  };

  // ---- export ------------------------------------------------------------------------------

  /**
   * Fetches every page of the filtered history in turn and hands the CSV to the browser
   * (after a cancelable `credits-export`). Progress is shown; `cancelExport()` stops it.
   */
  async exportCsv(): Promise<void> {
    const client = this.resolvedClient;
    const parsed = this.parsed;
    if (!client || !parsed.ok || this.exporting) return;
    const controller = new AbortController();
    this.#exportController = controller;
    this.exporting = { rows: 0 };
    this.exportResult = null;
    const rows: Transaction[] = [];
    const seen = new Set<string>();
    try {
      let cursor: string | null = null;
      do {
        const page: TransactionPage = await client.getTransactions(
          { kind: this.kind, limit: EXPORT_PAGE_SIZE, cursor, ...parsed.filters },
          { signal: controller.signal },
        );
        rows.push(...page.items);
        cursor = page.nextCursor;
        if (cursor !== null) {
          if (seen.has(cursor)) {
            throw new CreditsError('contract', 'The server repeated a page cursor.', {
              issues: [{ path: 'nextCursor', problem: `repeated "${cursor}"` }],
            });
          }
          seen.add(cursor);
        }
        this.exporting = { rows: rows.length, total: page.total };
      } while (cursor !== null);

      const filename = exportFilename(this.fileStem, parsed.filters);
      const csv = toCsv(
        this.csvHeader,
        rows.map((tx) => this.csvRow(tx)),
      );
      const event = new CreditsExportEvent({ filename, csv, rows: rows.length });
      if (this.dispatchEvent(event)) this.#download(filename, csv);
      this.exportResult = {
        message: `Exported ${formatInteger(rows.length, this.resolvedLocale)} rows to ${filename}.`,
        failed: false,
      };
    } catch (e) {
      this.exportResult = isAbort(e)
        ? { message: 'Export cancelled.', failed: false }
        : { message: `Export failed: ${userMessage(e)}`, failed: true };
    } finally {
      this.exporting = null;
      this.#exportController = undefined;
    }
  }

  /** Stops an export under way; nothing is downloaded. */
  cancelExport(): void {
    this.#exportController?.abort();
  }

  #download(filename: string, csv: string): void {
    // The BOM makes spreadsheet programs read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
