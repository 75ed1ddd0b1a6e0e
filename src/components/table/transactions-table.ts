import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Transaction, TransactionKind } from '../../api/types.js';
import type { CreditsClient } from '../../data/client.js';
import type { MessageKey } from '../../i18n/keys.js';
import {
  exportFilename,
  parseFilters,
  type FilterField,
  type ParsedFilters,
} from '../../internal/filters.js';
import { eventCells } from './cells.js';
import { CreditsTable } from './credits-table.js';

/** The contract's largest page, so the export makes as few requests as it can. */
const EXPORT_PAGE_SIZE = 100;

/**
 * A table of one kind of `GET /transactions`, with the contract's filters (a date range and an
 * event) as attributes and as a toolbar, and event names that open the event.
 *
 * @event {CreditsEventOpenEvent} credits-event-open - An event name was activated; `detail` has `eventId`, `eventName`, `href`. Cancelable: cancel it to route within your app instead of following `event-href`.
 */
export abstract class TransactionsTable extends CreditsTable<Transaction> {
  /** Only transactions on or after this day (`YYYY-MM-DD`). Also set by the toolbar. */
  @property() from = '';

  /** Only transactions on or before this day (`YYYY-MM-DD`). Also set by the toolbar. */
  @property() to = '';

  /** Only transactions of this event (its numeric ID). Also set by the toolbar. */
  @property({ attribute: 'event-id' }) eventId = '';

  /** Where an event name leads, `{id}` replaced by the event ID, unless `credits-event-open` is cancelled. */
  @property({ attribute: 'event-href' }) eventHref = '';

  /** `usage` or `purchase`. */
  protected abstract readonly kind: TransactionKind;
  /** The export's file name before its range: `credit-usage`. */
  protected abstract readonly fileStem: string;
  /** What an empty table says, without and with filters (message keys). */
  protected abstract readonly emptyAll: MessageKey;
  protected abstract readonly emptyFiltered: MessageKey;

  private get parsed(): ParsedFilters {
    return parseFilters(this.from, this.to, this.eventId, this.t);
  }

  private get filters() {
    const parsed = this.parsed;
    return parsed.ok ? parsed.filters : {};
  }

  private get hasFilters(): boolean {
    return !!(this.from || this.to || this.eventId);
  }

  protected override queryArgs(): readonly unknown[] {
    return [this.kind, this.from, this.to, this.eventId.trim()];
  }

  protected override queryProblem(): string | null {
    const parsed = this.parsed;
    return parsed.ok ? null : parsed.problem;
  }

  protected fetchPage(
    client: CreditsClient,
    cursor: string | null,
    limit: number,
    signal: AbortSignal,
  ) {
    return client.getTransactions({ kind: this.kind, limit, cursor, ...this.filters }, { signal });
  }

  protected override peekFirstPage(client: CreditsClient, limit: number) {
    return client.peekTransactions({ kind: this.kind, limit, cursor: null, ...this.filters });
  }

  protected allPages(client: CreditsClient, signal: AbortSignal) {
    return client.transactionPages(
      { kind: this.kind, limit: EXPORT_PAGE_SIZE, ...this.filters },
      { signal },
    );
  }

  protected exportName(): string {
    return exportFilename(this.fileStem, this.filters);
  }

  protected emptyText(): string {
    return this.t(this.hasFilters ? this.emptyFiltered : this.emptyAll);
  }

  protected override renderEmptyActions(): unknown {
    return this.#renderClear();
  }

  #events?: { pattern: string; cell: (tx: Transaction) => unknown };

  /** The event of a row: a link to `event-href` that fires `credits-event-open` first. */
  protected eventCell(tx: Transaction): unknown {
    if (this.#events?.pattern !== this.eventHref) {
      this.#events = { pattern: this.eventHref, cell: eventCells(this, this.eventHref, this.t) };
    }
    return this.#events.cell(tx);
  }

  #clear(): void {
    this.from = '';
    this.to = '';
    this.eventId = '';
  }

  #renderClear(): TemplateResult | typeof nothing {
    return this.hasFilters
      ? html`<button class="btn small" type="button" @click=${this.#clear}>
          ${this.t('table.clearFilters')}
        </button>`
      : nothing;
  }

  protected override renderFilters(): TemplateResult {
    const parsed = this.parsed;
    const invalid = (field: FilterField) =>
      !parsed.ok && parsed.fields.includes(field) ? 'true' : 'false';
    const set = (field: 'from' | 'to' | 'eventId') => (e: Event) => {
      this[field] = (e.target as HTMLInputElement).value.trim();
    };
    const t = this.t;
    return html`<label
        >${t('table.from')}
        <input
          type="date"
          .value=${this.from}
          aria-invalid=${invalid('from')}
          @change=${set('from')}
      /></label>
      <label
        >${t('table.to')}
        <input type="date" .value=${this.to} aria-invalid=${invalid('to')} @change=${set('to')}
      /></label>
      <label
        >${t('table.filterEventId')}
        <input
          class="event-id"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${this.eventId}
          aria-invalid=${invalid('eventId')}
          @change=${set('eventId')}
      /></label>
      ${this.#renderClear()}`;
  }
}
