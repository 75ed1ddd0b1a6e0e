import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Transaction } from '../../api/types.js';
import { typeLabel } from '../../internal/labels.js';
import { creditsColumn, dateColumn, textCell } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { TransactionsTable } from '../table/transactions-table.js';

const DASH = html`<span aria-hidden="true">—</span>`;
const SYSTEM = html`<span class="system">System</span>`;

/**
 * Credit Usage: every processing run that consumed credits (`GET /transactions?kind=usage`),
 * with the event it ran for and who ran it.
 *
 * @summary The credit-usage table: where the credits went.
 *
 * Events, parts and the other custom properties come from the table engine (the manifest lists
 * them on this element too); this one adds:
 *
 * @cssprop --credits-color-danger - Spent credits.
 */
@customElement('credits-usage-table')
export class CreditsUsageTable extends TransactionsTable {
  protected readonly kind = 'usage' as const;
  protected readonly caption = 'Credit Usage';
  protected readonly fileStem = 'credit-usage';
  protected readonly emptyAll = 'No usage yet.';
  protected readonly emptyFiltered = 'No usage matches these filters.';

  protected readonly columns: readonly Column<Transaction>[] = [
    {
      header: 'Type',
      cell: (tx) =>
        html`<span class="type"
          ><span class="badge">Usage</span>${this.popout.button(tx.id, this.popoutLabel(tx))}</span
        >`,
      csv: () => 'Usage',
      placeholder: 'Usage (i)',
    },
    { header: 'Usage type', csv: (tx) => typeLabel(tx.type) },
    creditsColumn,
    {
      header: 'Event',
      wrap: 'clamp',
      cell: (tx) => this.eventCell(tx),
      csv: (tx) => tx.event?.name,
      placeholder: 'Harbour Lights Wedding',
    },
    {
      header: 'Event ID',
      align: 'end',
      cell: (tx) => (tx.event ? String(tx.event.id) : DASH),
      csv: (tx) => tx.event?.id,
      placeholder: '1042',
    },
    {
      header: 'User',
      wrap: 'clamp',
      cell: (tx) => (tx.user ? textCell(tx.user.name) : SYSTEM),
      csv: (tx) => (tx.user ? tx.user.name : 'System'),
      placeholder: 'Asha Verma',
    },
    dateColumn,
  ];

  protected override popoutLabel(tx: Transaction): string {
    return `Usage type: ${typeLabel(tx.type)}`;
  }

  protected override popoutContent(tx: Transaction): unknown {
    return html`<dl>
      <dt>Usage type</dt>
      <dd>${typeLabel(tx.type)}</dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-usage-table': CreditsUsageTable;
  }
}
