import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Transaction } from '../../api/types.js';
import type { CsvCell } from '../../internal/csv.js';
import { typeLabel } from '../../internal/labels.js';
import { TransactionsTable } from '../../internal/transactions-table.js';

/**
 * Credit Usage: every processing run that consumed credits (`GET /transactions?kind=usage`),
 * with the event it ran for and who ran it.
 *
 * @summary The credit-usage table: where the credits went.
 *
 * Events, parts and the other custom properties are inherited from TransactionsTable (the
 * manifest lists them on this element too); this one adds:
 *
 * @cssprop --credits-color-danger - Spent credits.
 */
@customElement('credits-usage-table')
export class CreditsUsageTable extends TransactionsTable {
  protected readonly kind = 'usage' as const;
  protected readonly caption = 'Credit Usage';
  protected readonly headers = [
    { label: 'Type' },
    { label: 'Credits', numeric: true },
    { label: 'Event' },
    { label: 'Event ID', numeric: true },
    { label: 'User' },
    { label: 'Date' },
  ];
  protected readonly emptyText = 'No usage yet.';
  protected readonly emptyFilteredText = 'No usage matches these filters.';
  protected readonly fileStem = 'credit-usage';
  protected readonly csvHeader = [
    'Type',
    'Usage type',
    'Credits',
    'Event',
    'Event ID',
    'User',
    'Date',
  ];

  protected renderCells(tx: Transaction, locale: string): TemplateResult {
    const usageType = typeLabel(tx.type);
    return html`<td>
        <span class="type"
          ><span class="badge">Usage</span>${this.renderInfo(
            tx,
            `Usage type: ${usageType}`,
            html`<dl>
              <dt>Usage type</dt>
              <dd>${usageType}</dd>
            </dl>`,
          )}</span
        >
      </td>
      ${this.renderCredits(tx, locale)} ${this.renderEvent(tx)}
      <td class="num">${tx.event ? tx.event.id : html`<span aria-hidden="true">—</span>`}</td>
      <td>${tx.user ? tx.user.name : html`<span class="system">System</span>`}</td>
      ${this.renderDate(tx, locale)}`;
  }

  protected csvRow(tx: Transaction): CsvCell[] {
    return [
      'Usage',
      typeLabel(tx.type),
      tx.credits,
      tx.event?.name,
      tx.event?.id,
      tx.user ? tx.user.name : 'System',
      tx.createdAt,
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-usage-table': CreditsUsageTable;
  }
}
