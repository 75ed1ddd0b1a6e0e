import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Transaction } from '../../api/types.js';
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
@customElement('credits-purchase-history')
export class CreditsPurchaseHistory extends TransactionsTable {
  protected readonly kind = 'purchase' as const;
  protected readonly caption = 'Purchase History';
  protected readonly fileStem = 'purchase-history';
  protected readonly emptyAll = 'No purchases yet.';
  protected readonly emptyFiltered = 'No purchases match these filters.';
  // Top-ups are few: a short skeleton is nearer the loaded height than a full page.
  protected override readonly skeletonRows = 5;

  protected readonly columns: readonly Column<Transaction>[] = [
    {
      header: 'Type',
      cell: (tx) =>
        html`<span class="type"
          ><span class="badge">${typeLabel(tx.type)}</span>${this.popout.button(
            tx.id,
            this.popoutLabel(tx),
          )}</span
        >`,
      csv: (tx) => typeLabel(tx.type),
      placeholder: 'Free Credits (i)',
    },
    creditsColumn,
    {
      header: 'Event',
      wrap: 'clamp',
      cell: (tx) => this.eventCell(tx),
      csv: (tx) => tx.event?.name,
      placeholder: 'Harbour Lights Wedding',
    },
    { header: 'Gateway', csv: (tx) => tx.details?.gateway },
    { header: 'Payment ID', csv: (tx) => tx.details?.paymentId },
    { header: 'Order ID', csv: (tx) => tx.details?.orderId },
    dateColumn,
  ];

  protected override popoutLabel(tx: Transaction): string {
    const label = typeLabel(tx.type);
    return Object.keys(tx.details ?? {}).length ? `Payment details: ${label}` : `About ${label}`;
  }

  protected override popoutContent(tx: Transaction): unknown {
    const details = Object.entries(tx.details ?? {});
    if (!details.length) {
      const missing = tx.type === 'purchase' ? ' No payment details were recorded for it.' : '';
      return html`<p class="note">${additionNote(tx.type)}${missing}</p>`;
    }
    return html`<p class="note">${additionNote(tx.type)}</p>
      <dl>
        ${details.map(
          ([key, value]) =>
            html`<dt>${detailLabel(key)}</dt>
              <dd>
                ${isIdentifier(key) ? this.#copyable(value, detailLabel(key)) : detailValue(key, value)}
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
        aria-label=${done ? `${label} copied` : `Copy ${label}`}
        @click=${(e: Event) =>
          this.copier.copy(value, (e.currentTarget as Element).previousElementSibling)}
      >
        ${done ? 'Copied' : 'Copy'}
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-purchase-history': CreditsPurchaseHistory;
  }
}
