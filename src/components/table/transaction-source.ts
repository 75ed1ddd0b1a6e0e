import { html, nothing, type TemplateResult } from 'lit';
import type { Transaction, TransactionKind } from '../../api/types.js';
import type { CreditsClient, RequestOptions } from '../../data/client.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import {
  exportFilename,
  parseFilters,
  type FilterField,
  type ParsedFilters,
} from '../../internal/filters.js';
import { eventCells } from './cells.js';
import { EXPORT_PAGE_SIZE, type TableSource } from './table-engine.js';

/** What a transaction table reads of its element: the filter attributes it declares. */
export interface FilteredHost extends HTMLElement {
  from: string;
  to: string;
  eventId: string;
  eventHref: string;
}

export interface TransactionList {
  /** `usage` or `purchase`. */
  kind: TransactionKind;
  /** The message of the export's file name before its range: `credit-usage`. */
  fileStem: MessageKey;
  /** What an empty table says, without and with filters. */
  empty: MessageKey;
  emptyFiltered: MessageKey;
  /**
   * Events are few in this list (top-ups are tied to none): the toolbar has no Event ID field
   * unless `event-id` is set (then it shows it, to be seen and cleared).
   */
  fewEvents?: boolean;
  /** What a narrow row's line 1 says of a row without an event, instead of a dash. */
  noEvent?: (tx: Transaction) => string;
}

/**
 * The source of a table of one kind of `GET /transactions` (see TableSource), with the
 * contract's filters (a date range and an event) read from the element's `from`, `to` and
 * `event-id`, checked before anything is sent, and drawn as the table's toolbar; and the event
 * cell, a link to `event-href` that fires `credits-event-open` first.
 */
export class TransactionSource implements TableSource<Transaction> {
  readonly #host: FilteredHost;
  readonly #t: Translate;
  readonly #list: TransactionList;
  readonly #locale: () => string;
  #events?: { pattern: string; cell: (tx: Transaction) => unknown };

  /** `locale`: the element's, for reading what is typed in the filters (its digits). */
  constructor(
    host: FilteredHost,
    t: Translate,
    list: TransactionList,
    locale: () => string = () => 'en',
  ) {
    this.#host = host;
    this.#t = t;
    this.#list = list;
    this.#locale = locale;
  }

  get #parsed(): ParsedFilters {
    const { from, to, eventId } = this.#host;
    return parseFilters(from, to, eventId, this.#t, this.#locale());
  }

  get #filters() {
    const parsed = this.#parsed;
    return parsed.ok ? parsed.filters : {};
  }

  get #filtered(): boolean {
    const { from, to, eventId } = this.#host;
    return !!(from || to || eventId);
  }

  query(): readonly unknown[] {
    const { from, to, eventId } = this.#host;
    return [this.#list.kind, from, to, eventId.trim()];
  }

  problem(): string | null {
    const parsed = this.#parsed;
    return parsed.ok ? null : parsed.problem;
  }

  fetch(client: CreditsClient, cursor: string | null, limit: number, opts: RequestOptions) {
    return client.getTransactions({ kind: this.#list.kind, limit, cursor, ...this.#filters }, opts);
  }

  peek(client: CreditsClient, limit: number) {
    return client.peekTransactions({
      kind: this.#list.kind,
      limit,
      cursor: null,
      ...this.#filters,
    });
  }

  pages(client: CreditsClient, signal: AbortSignal) {
    return client.transactionPages(
      { kind: this.#list.kind, limit: EXPORT_PAGE_SIZE, ...this.#filters },
      { signal },
    );
  }

  exportName(): string {
    return exportFilename(this.#t(this.#list.fileStem), this.#filters, this.#t);
  }

  filtered(): boolean {
    return this.#filtered;
  }

  emptyText(): string {
    return this.#t(this.#filtered ? this.#list.emptyFiltered : this.#list.empty);
  }

  renderEmptyActions(): unknown {
    return this.#renderClear();
  }

  /** The event of a row: a link to `event-href` that fires `credits-event-open` first. */
  eventCell(tx: Transaction): unknown {
    const pattern = this.#host.eventHref;
    if (this.#events?.pattern !== pattern) {
      this.#events = {
        pattern,
        cell: eventCells(this.#host, pattern, this.#t, this.#list.noEvent),
      };
    }
    return this.#events.cell(tx);
  }

  #clear = (): void => {
    const host = this.#host;
    host.from = '';
    host.to = '';
    host.eventId = '';
  };

  #renderClear(): TemplateResult | typeof nothing {
    return this.#filtered
      ? html`<button class="btn small" type="button" @click=${this.#clear}>
          ${this.#t('table.clearFilters')}
        </button>`
      : nothing;
  }

  renderFilters(): TemplateResult {
    const parsed = this.#parsed;
    const host = this.#host;
    const invalid = (field: FilterField) =>
      !parsed.ok && parsed.fields.includes(field) ? 'true' : 'false';
    // The problem is named in the element's words under the toolbar (TableEngine), and read
    // with the field it concerns.
    const problem = (field: FilterField) =>
      !parsed.ok && parsed.fields.includes(field) ? 'filter-problem' : nothing;
    const set = (field: FilterField) => (e: Event) => {
      host[field] = (e.target as HTMLInputElement).value.trim();
    };
    const t = this.#t;
    const date = (field: 'from' | 'to') =>
      html`<label
        >${t(`table.${field}`)}<input
          type="date"
          .value=${host[field]}
          aria-invalid=${invalid(field)}
          aria-describedby=${problem(field)}
          @change=${set(field)}
      /></label>`;
    return html`${date('from')}${date('to')}${
      this.#list.fewEvents && !host.eventId
        ? nothing
        : html`<label
            >${t('table.filterEventId')}<input
              class="event-id"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              .value=${host.eventId}
              aria-invalid=${invalid('eventId')}
              aria-describedby=${problem('eventId')}
              @change=${set('eventId')}
          /></label>`
    }${this.#renderClear()}`;
  }
}
