import { html } from 'lit';
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
import { TransactionsTable } from '../table/transactions-table.js';

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
 * @cssprop --credits-color-success - Added credits.
 */
export class CreditsPurchaseHistory extends TransactionsTable {
  protected readonly kind = 'purchase' as const;
  protected get caption(): string {
    return this.t('purchases.title');
  }
  protected readonly fileStem = 'purchase-history';
  protected readonly emptyAll = 'purchases.empty';
  protected readonly emptyFiltered = 'purchases.emptyFiltered';
  // Top-ups are few: a short skeleton is nearer the loaded height than a full page.
  protected override readonly skeletonRows = 5;

  protected readonly columns: readonly Column<Transaction>[] = [
    {
      header: (t) => t('table.type'),
      cell: (tx) =>
        html`<span class="type"
          ><span class="badge">${typeLabel(tx.type, this.t)}</span>${this.popout.button(
            tx.id,
            this.popoutLabel(tx),
          )}</span
        >`,
      csv: (tx) => typeLabel(tx.type, this.t),
      // The info button is about as wide as "(i)".
      placeholder: (t) => `${typeLabel('free_credits', t)} (i)`,
    },
    creditsColumn,
    {
      header: (t) => t('table.event'),
      wrap: 'clamp',
      cell: (tx) => this.eventCell(tx),
      csv: (tx) => tx.event?.name,
      placeholder: (t) => t('table.sampleEvent'),
    },
    { header: (t) => t('detail.gateway'), csv: (tx) => tx.details?.gateway },
    { header: (t) => t('detail.paymentId'), csv: (tx) => tx.details?.paymentId },
    { header: (t) => t('detail.orderId'), csv: (tx) => tx.details?.orderId },
    dateColumn,
  ];

  protected override popoutLabel(tx: Transaction): string {
    const type = typeLabel(tx.type, this.t);
    const details = Object.keys(tx.details ?? {}).length > 0;
    return this.t(details ? 'purchases.paymentDetails' : 'purchases.about', { type });
  }

  protected override popoutContent(tx: Transaction): unknown {
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
    const done = this.copier.copied === value;
    return html`<code>${value}</code>
      <button
        class="btn copy"
        type="button"
        aria-label=${this.t(done ? 'purchases.copied' : 'purchases.copy', { label })}
        @click=${(e: Event) =>
          this.copier.copy(value, (e.currentTarget as Element).previousElementSibling)}
      >
        ${this.t(done ? 'common.copied' : 'common.copy')}
      </button>`;
  }
}
