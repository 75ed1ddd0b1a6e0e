import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Transaction } from '../../api/types.js';
import '../../i18n/en/tables.js';
import {
  additionNote,
  detailLabel,
  detailValue,
  isIdentifier,
  typeLabel,
} from '../../internal/labels.js';
import { creditsColumn, dateColumn } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { CreditsTable } from '../table/credits-table.js';
import { TableEngine } from '../table/table-engine.js';
import { TransactionSource } from '../table/transaction-source.js';

/**
 * Purchase History: every credit addition (`GET /transactions?kind=purchase`): paid top-ups,
 * free credits, admin grants and refunds. Every row's info pop-out says what the addition is,
 * with the payment metadata behind it (gateway, payment ID, order ID) where there is any.
 *
 * @summary The purchase-history table: where the credits came from.
 *
 * Events, parts and the other custom properties come from the table engine (the manifest lists
 * them on this element too); this one adds:
 *
 *
 * @event {CreditsEventOpenEvent} credits-event-open - An event name was activated; `detail` has `eventId`, `eventName`, `href`. Cancelable: cancel it to route within your app instead of following `event-href`.
 * @cssprop --credits-color-success - Added credits.
 */
export class CreditsPurchaseHistory extends CreditsTable<Transaction> {
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
      kind: 'purchase',
      fileStem: 'purchases.fileName',
      empty: 'purchases.empty',
      emptyFiltered: 'purchases.emptyFiltered',
      fewEvents: true,
    },
    () => this.resolvedLocale,
  );

  readonly #columns: readonly Column<Transaction>[] = [
    {
      header: (t) => t('table.type'),
      cell: (tx) =>
        html`<span class="type"
          ><span class="badge">${typeLabel(tx.type, this.t)}</span>${this.table.popout.button(
            tx.id,
            this.#popoutLabel(tx),
          )}</span
        >`,
      narrow: 'lead',
      csv: (tx) => typeLabel(tx.type, this.t),
      // The info button is about as wide as "(i)".
      placeholder: (t) => `${typeLabel('free_credits', t)} (i)`,
    },
    creditsColumn,
    {
      header: (t) => t('table.event'),
      wrap: 'clamp',
      // Top-ups are tied to no event: the column shows only for a page with one that is.
      has: (tx) => !!tx.event,
      cell: (tx) => this.#source.eventCell(tx),
      csv: (tx) => tx.event?.name,
      placeholder: (t) => t('table.sampleEvent'),
    },
    { header: (t) => t('detail.gateway'), csv: (tx) => tx.details?.gateway },
    { header: (t) => t('detail.paymentId'), csv: (tx) => tx.details?.paymentId },
    { header: (t) => t('detail.orderId'), csv: (tx) => tx.details?.orderId },
    dateColumn,
  ];

  protected readonly table = new TableEngine<Transaction>(this, this.kit, {
    caption: () => this.t('purchases.title'),
    columns: this.#columns,
    source: this.#source,
    settings: () => this,
    popout: { label: (tx) => this.#popoutLabel(tx), content: (tx) => this.#popoutContent(tx) },
    // Top-ups are few: a short skeleton is nearer the loaded height than a full page.
    skeletonRows: 5,
  });

  #popoutLabel(tx: Transaction): string {
    const type = typeLabel(tx.type, this.t);
    const details = Object.keys(tx.details ?? {}).length > 0;
    return this.t(details ? 'purchases.paymentDetails' : 'purchases.about', { type });
  }

  #popoutContent(tx: Transaction): unknown {
    const t = this.t;
    const details = Object.entries(tx.details ?? {});
    if (!details.length) {
      const note = additionNote(tx.type, t);
      const text = tx.type === 'purchase' ? t('purchases.noDetails', { note }) : note;
      return html`<p class="note">${text}</p>`;
    }
    return html`<p class="note">${additionNote(tx.type, t)}</p>
      <dl>
        ${details.map(
          ([key, value]) =>
            html`<dt>${detailLabel(key, t)}</dt>
              <dd>
                ${
                  isIdentifier(key)
                    ? this.#copyable(value, detailLabel(key, t))
                    : detailValue(key, value)
                }
              </dd>`,
        )}
      </dl>`;
  }

  /** A value users copy for support (payment and order IDs), with its Copy button. */
  #copyable(value: string, label: string) {
    const t = this.t;
    return this.table.copier.renderCopyable(
      value,
      { copy: t('purchases.copy', { label }), copied: t('purchases.copied', { label }) },
      { copy: t('common.copy'), copied: t('common.copied') },
    );
  }
}
