import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Payment } from '../../api/types.js';
import type { CreditsClient } from '../../data/client.js';
import { userMessage } from '../../data/errors.js';
import { CreditsEditBillingEvent } from '../../events/credits-edit-billing.js';
import { optionalBoolean } from '../../internal/attributes.js';
import { formatInteger } from '../../internal/format.js';
import { gatewayLabel, paymentStatus, paymentTypeLabel } from '../../internal/labels.js';
import { safeHref } from '../../internal/url.js';
import { dateCell } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { CreditsTable } from '../table/credits-table.js';
import { amountCell, noneCell, statusBadge } from './payment-cells.js';

/** The contract's largest page, so the export makes as few requests as it can. */
const EXPORT_PAGE_SIZE = 100;

const paymentStyles = css`
  /* Amount and the tax it includes on two short lines, within the table's row height. */
  .amount {
    display: inline-grid;
    justify-items: end;
    line-height: 1.15;
  }
  .tax {
    font-size: 0.7rem;
  }
  .status.completed {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status.pending {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .status.failed {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .id {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .action {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
  }
  /* Buttons in a row stay within the row's height. */
  .action .btn.small {
    min-height: 1.75rem;
    padding-block: 0.1rem;
  }
  /* Add billing details reads like the Download invoice link beside it. */
  .action .btn-link {
    padding-inline: 0;
    text-align: start;
    font-weight: inherit;
    text-decoration: underline;
  }
  @container credits-table (max-width: 40rem) {
    .amount {
      justify-items: start;
    }
  }
  .row-error {
    flex-basis: 100%;
    color: var(--_danger);
    font-size: 0.8rem;
    white-space: normal;
  }
`;

/**
 * Payments: every payment record, newest first (`GET /payments`), with what each one is,
 * its amount taxes included, its status (what it means is one click away), the gateway, a
 * copyable payment ID, and what can be done: download the invoice, add the billing details an
 * invoice waits for (admins), or ask the gateway again about a pending payment (Recheck).
 *
 * @summary The payment records of Billing & Transactions.
 *
 * @event {CreditsEditBillingEvent} credits-edit-billing - An admin chose Add billing details. Cancelable: inside `<credits-billing>` the form opens unless you cancel it.
 *
 * @cssprop --credits-color-success - Completed payments.
 * @cssprop --credits-color-warning - Pending payments.
 * @cssprop --credits-color-danger - Failed payments and recheck errors.
 */
@customElement('credits-payments')
export class CreditsPayments extends CreditsTable<Payment> {
  static override styles = [CreditsTable.styles, paymentStyles];

  /**
   * The user is an admin: invoices waiting for billing details offer Add billing details.
   * Wins over a provider's in both directions; `admin="false"` is false.
   */
  @property({ converter: optionalBoolean }) admin?: boolean;

  protected readonly caption = 'Payments';

  /** Payments as the last recheck returned them, until the list is loaded again. */
  readonly #rechecked = new Map<string, Payment>();
  /** Rechecks under way (one request each, however often clicked) or failed. */
  readonly #rechecks = new Map<string, { busy: boolean; error?: string }>();
  /** What the last recheck found, for screen readers (a live region). */
  @state() private announcement = '';

  protected readonly columns: readonly Column<Payment>[] = [
    {
      header: 'Date',
      cell: (p, locale) => dateCell(p.createdAt, locale),
      wrap: 'wrap',
      csv: (p) => p.createdAt,
      placeholder: 'Nov 20, 2026, 2:05 PM',
    },
    {
      header: 'Type',
      cell: (p) => paymentTypeLabel(p.type),
      csv: (p) => paymentTypeLabel(p.type),
      placeholder: 'Subscription',
    },
    {
      header: 'Amount',
      align: 'end',
      cell: (p, locale) => amountCell(this.#current(p), locale),
      csv: (p) => p.amount,
      placeholder: '₹5,900.00',
    },
    { header: 'Currency', csv: (p) => p.currency },
    { header: 'Tax', csv: (p) => p.tax?.amount },
    {
      header: 'Credits',
      align: 'end',
      cell: (p, locale) => (p.credits ? formatInteger(p.credits, locale) : noneCell()),
      csv: (p) => p.credits ?? 0,
      placeholder: '10,000',
    },
    {
      header: 'Status',
      cell: (p) => {
        const current = this.#current(p);
        return html`<span class="type"
          >${statusBadge(current)}${
            paymentStatus(current.status).note
              ? this.popout.button(p.id, this.popoutLabel(current))
              : nothing
          }</span
        >`;
      },
      csv: (p) => p.status,
      placeholder: 'Completed (i)',
    },
    {
      header: 'Gateway',
      cell: (p) => (p.gateway ? gatewayLabel(p.gateway) : noneCell()),
      csv: (p) => p.gateway,
      placeholder: 'Razorpay',
    },
    {
      header: 'Payment ID',
      cell: (p) => this.#paymentId(p.id),
      wrap: 'wrap',
      csv: (p) => p.id,
      placeholder: 'pay_6PL9D Copy',
    },
    { header: 'Order ID', csv: (p) => p.orderId },
    { header: 'Invoice', csv: (p) => p.invoice?.number },
    {
      header: 'Action',
      cell: (p) => this.#action(this.#current(p)),
      wrap: 'wrap',
      placeholder: 'Download invoice',
    },
  ];

  protected fetchPage(
    client: CreditsClient,
    cursor: string | null,
    limit: number,
    signal: AbortSignal,
  ) {
    return client.getPayments({ limit, cursor }, { signal });
  }

  protected override peekFirstPage(client: CreditsClient, limit: number) {
    return client.peekPayments({ limit, cursor: null });
  }

  protected allPages(client: CreditsClient, signal: AbortSignal) {
    return client.paymentPages({ limit: EXPORT_PAGE_SIZE }, { signal });
  }

  protected exportName(): string {
    return 'payments.csv';
  }

  protected emptyText(): string {
    return 'No payments yet.';
  }

  protected override pageLoaded(): void {
    this.#rechecked.clear();
  }

  protected override popoutLabel(p: Payment): string {
    return `About the status ${paymentStatus(p.status).label}`;
  }

  protected override popoutContent(p: Payment): unknown {
    return html`<p class="note">${paymentStatus(this.#current(p).status).note}</p>`;
  }

  private get isAdmin(): boolean {
    return this.admin ?? this.settings?.admin ?? false;
  }

  #current(p: Payment): Payment {
    return this.#rechecked.get(p.id) ?? p;
  }

  #paymentId(id: string): TemplateResult {
    const done = this.copier.copied === id;
    return html`<span class="id"
      ><code>${id}</code
      ><button
        class="btn copy"
        type="button"
        aria-label=${done ? 'Payment ID copied' : `Copy payment ID ${id}`}
        @click=${(e: Event) =>
          this.copier.copy(id, (e.currentTarget as Element).previousElementSibling)}
      >
        ${done ? 'Copied' : 'Copy'}
      </button></span
    >`;
  }

  #action(p: Payment): unknown {
    if (p.status === 'pending') return this.#recheckButton(p);
    const invoice = p.invoice;
    if (invoice?.status === 'available') {
      const href = safeHref(invoice.url);
      const name = invoice.number ? ` ${invoice.number}` : '';
      return href
        ? html`<a
            href=${href}
            target="_blank"
            rel="noopener"
            aria-label=${`Download invoice${name}`}
            >Download invoice</a
          >`
        : html`<span class="muted">Invoice unavailable</span>`;
    }
    if (invoice?.status === 'waiting_for_billing') {
      return html`<span class="action"
        ><span class="muted">Waiting for billing</span>${
          this.isAdmin
            ? html`<button class="btn small btn-link" type="button" @click=${this.#editBilling}>
                Add billing details
              </button>`
            : nothing
        }</span
      >`;
    }
    return noneCell();
  }

  #recheckButton(p: Payment): TemplateResult {
    const state = this.#rechecks.get(p.id);
    return html`<span class="action"
      ><button
        class="btn small"
        type="button"
        aria-disabled=${state?.busy ? 'true' : 'false'}
        aria-label=${state?.busy ? `Rechecking payment ${p.id}` : `Recheck payment ${p.id}`}
        @click=${(e: Event) => this.#recheck(p.id, e)}
      >
        ${state?.busy ? 'Rechecking…' : 'Recheck'}</button
      >${
        state?.error
          ? html`<span class="row-error" role="alert">Recheck failed: ${state.error}</span>`
          : nothing
      }</span
    >`;
  }

  readonly #editBilling = (): void => {
    this.dispatchEvent(new CreditsEditBillingEvent());
  };

  protected override render(): TemplateResult {
    return html`${super.render()}<span class="visually-hidden" role="status"
        >${this.announcement}</span
      >`;
  }

  /**
   * Asks the gateway again, once however often it is clicked; the row follows the answer, the
   * answer is announced, and the focus moves to the row's new action (the button is gone).
   */
  async #recheck(id: string, e: Event): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.#rechecks.get(id)?.busy) return;
    const row = (e.currentTarget as Element).closest('tr');
    this.#rechecks.set(id, { busy: true });
    this.requestUpdate();
    try {
      const payment = await client.recheckPayment(id);
      this.#rechecked.set(id, payment);
      this.#rechecks.delete(id);
      this.announcement = `Payment ${id}: ${paymentStatus(payment.status).label}.`;
    } catch (error) {
      this.#rechecks.set(id, { busy: false, error: userMessage(error) });
    }
    this.requestUpdate();
    await this.updateComplete;
    if (row?.isConnected && !row.querySelector('[aria-disabled]')) {
      row.querySelector<HTMLElement>('td[data-label="Action"] :is(a, button)')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-payments': CreditsPayments;
  }
}
