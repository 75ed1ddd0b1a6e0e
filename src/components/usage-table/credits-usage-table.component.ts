import { html } from 'lit';
import type { Transaction } from '../../api/types.js';
import '../../i18n/en/tables.js';
import { typeLabel } from '../../internal/labels.js';
import { creditsColumn, dateColumn, textCell } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { TransactionsTable } from '../table/transactions-table.js';

const DASH = html`<span aria-hidden="true">—</span>`;

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
export class CreditsUsageTable extends TransactionsTable {
  protected readonly kind = 'usage' as const;
  protected get caption(): string {
    return this.t('usage.title');
  }
  protected readonly fileStem = 'credit-usage';
  protected readonly emptyAll = 'usage.empty';
  protected readonly emptyFiltered = 'usage.emptyFiltered';

  protected readonly columns: readonly Column<Transaction>[] = [
    {
      header: (t) => t('table.type'),
      cell: (tx) =>
        html`<span class="type"
          ><span class="badge">${this.t('usage.badge')}</span>${this.popout.button(
            tx.id,
            this.popoutLabel(tx),
          )}</span
        >`,
      csv: () => this.t('usage.badge'),
      // The info button is about as wide as "(i)".
      placeholder: (t) => `${t('usage.badge')} (i)`,
    },
    { header: (t) => t('usage.usageType'), csv: (tx) => typeLabel(tx.type, this.t) },
    creditsColumn,
    {
      header: (t) => t('table.event'),
      wrap: 'clamp',
      cell: (tx) => this.eventCell(tx),
      csv: (tx) => tx.event?.name,
      placeholder: (t) => t('table.sampleEvent'),
    },
    {
      header: (t) => t('table.eventId'),
      align: 'end',
      cell: (tx) => (tx.event ? String(tx.event.id) : DASH),
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

  protected override popoutLabel(tx: Transaction): string {
    return this.t('usage.about', { type: typeLabel(tx.type, this.t) });
  }

  protected override popoutContent(tx: Transaction): unknown {
    return html`<dl>
      <dt>${this.t('usage.usageType')}</dt>
      <dd>${typeLabel(tx.type, this.t)}</dd>
    </dl>`;
  }
}
