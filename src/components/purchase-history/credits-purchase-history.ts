import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Transaction } from '../../api/types.js';
import type { CsvCell } from '../../internal/csv.js';
import { detailLabel, isIdentifier, typeLabel } from '../../internal/labels.js';
import { TransactionsTable } from '../../internal/transactions-table.js';

/**
 * Purchase History: every credit addition (`GET /transactions?kind=purchase`): paid top-ups,
 * free credits, admin grants and refunds, with the payment metadata behind each.
 *
 * @summary The purchase-history table: where the credits came from.
 *
 * Events, parts and the other custom properties are inherited from TransactionsTable (the
 * manifest lists them on this element too); this one adds:
 *
 * @cssprop --credits-color-success - Added credits.
 */
@customElement('credits-purchase-history')
export class CreditsPurchaseHistory extends TransactionsTable {
  protected readonly kind = 'purchase' as const;
  protected readonly caption = 'Purchase History';
  protected readonly headers = [
    { label: 'Type' },
    { label: 'Credits', numeric: true },
    { label: 'Event' },
    { label: 'Date' },
  ];
  protected readonly emptyText = 'No purchases yet.';
  protected readonly emptyFilteredText = 'No purchases match these filters.';
  protected readonly fileStem = 'purchase-history';
  protected readonly csvHeader = [
    'Type',
    'Credits',
    'Event',
    'Gateway',
    'Payment ID',
    'Order ID',
    'Date',
  ];

  protected renderCells(tx: Transaction, locale: string): TemplateResult {
    const label = typeLabel(tx.type);
    const details = Object.entries(tx.details ?? {});
    return html`<td>
        <span class="type"
          >${label}${
            details.length
              ? this.renderInfo(
                  tx,
                  `Payment details: ${label}`,
                  html`<dl>
                    ${details.map(
                      ([key, value]) =>
                        html`<dt>${detailLabel(key)}</dt>
                          <dd>
                            ${isIdentifier(key) ? this.renderCopyable(value, detailLabel(key)) : value}
                          </dd>`,
                    )}
                  </dl>`,
                )
              : nothing
          }</span
        >
      </td>
      ${this.renderCredits(tx, locale)} ${this.renderEvent(tx)} ${this.renderDate(tx, locale)}`;
  }

  protected csvRow(tx: Transaction): CsvCell[] {
    const d = tx.details ?? {};
    return [
      typeLabel(tx.type),
      tx.credits,
      tx.event?.name,
      d.gateway,
      d.paymentId,
      d.orderId,
      tx.createdAt,
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-purchase-history': CreditsPurchaseHistory;
  }
}
