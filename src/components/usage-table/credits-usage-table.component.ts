import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Transaction } from '../../api/types.js';
import '../../i18n/en/tables.js';
import { typeLabel } from '../../internal/labels.js';
import { creditsColumn, dateColumn, noneCell, textCell } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { CreditsTable } from '../table/credits-table.js';
import { TableEngine } from '../table/table-engine.js';
import { TransactionSource } from '../table/transaction-source.js';

/**
 * Credit Usage: every processing run that consumed credits (`GET /transactions?kind=usage`),
 * with the event it ran for and who ran it.
 *
 * @summary The credit-usage table: where the credits went.
 *
 * Events, parts and the other custom properties come from the table engine (the manifest lists
 * them on this element too); this one adds:
 *
 *
 * @event {CreditsEventOpenEvent} credits-event-open - An event name was activated; `detail` has `eventId`, `eventName`, `href`. Cancelable: cancel it to route within your app instead of following `event-href`.
 * @cssprop --credits-color-danger - Spent credits.
 */
export class CreditsUsageTable extends CreditsTable<Transaction> {
  /** Only transactions on or after this day (`YYYY-MM-DD`). Also set by the toolbar. */
  @property() from = '';

  /** Only transactions on or before this day (`YYYY-MM-DD`). Also set by the toolbar. */
  @property() to = '';

  /** Only transactions of this event (its numeric ID). Also set by the toolbar. */
  @property({ attribute: 'event-id' }) eventId = '';

  /** Where an event name leads, `{id}` replaced by the event ID, unless `credits-event-open` is cancelled. */
  @property({ attribute: 'event-href' }) eventHref = '';

  readonly #source = new TransactionSource(
    this,
    this.t,
    {
      kind: 'usage',
      fileStem: 'usage.fileName',
      empty: 'usage.empty',
      emptyFiltered: 'usage.emptyFiltered',
      noEvent: (tx) => typeLabel(tx.type, this.t),
    },
    () => this.resolvedLocale,
  );

  readonly #columns: readonly Column<Transaction>[] = [
    {
      header: (t) => t('table.type'),
      cell: (tx) =>
        html`<span class="type"
          ><span class="badge">${this.t('usage.badge')}</span>${this.table.popout.button(
            tx.id,
            this.#popoutLabel(tx),
          )}</span
        >`,
      narrow: 'last',
      className: 'line-start',
      csv: () => this.t('usage.badge'),
      // The info button is about as wide as "(i)".
      placeholder: (t) => `${t('usage.badge')} (i)`,
    },
    { header: (t) => t('usage.usageType'), csv: (tx) => typeLabel(tx.type, this.t) },
    creditsColumn,
    {
      header: (t) => t('table.event'),
      wrap: 'clamp',
      narrow: 'lead',
      cell: (tx) => this.#source.eventCell(tx),
      csv: (tx) => tx.event?.name,
      placeholder: (t) => t('table.sampleEvent'),
    },
    {
      header: (t) => t('table.eventId'),
      align: 'end',
      narrow: 'labelled',
      cell: (tx) => (tx.event ? String(tx.event.id) : noneCell(this.t, this.t('table.noEvent'))),
      csv: (tx) => tx.event?.id,
      placeholder: '1042',
    },
    {
      header: (t) => t('usage.user'),
      wrap: 'clamp',
      cell: (tx) =>
        tx.user
          ? textCell(tx.user.name)
          : html`<span class="system">${this.t('usage.system')}</span>`,
      csv: (tx) => (tx.user ? tx.user.name : this.t('usage.system')),
      placeholder: (t) => t('usage.sampleUser'),
    },
    dateColumn,
  ];

  protected readonly table = new TableEngine<Transaction>(this, this.kit, {
    caption: () => this.t('usage.title'),
    columns: this.#columns,
    source: this.#source,
    settings: () => this,
    popout: { label: (tx) => this.#popoutLabel(tx), content: (tx) => this.#popoutContent(tx) },
  });

  #popoutLabel(tx: Transaction): string {
    return this.t('usage.about', { type: typeLabel(tx.type, this.t) });
  }

  #popoutContent(tx: Transaction): unknown {
    return html`<dl>
      <dt>${this.t('usage.usageType')}</dt>
      <dd>${typeLabel(tx.type, this.t)}</dd>
    </dl>`;
  }
}
