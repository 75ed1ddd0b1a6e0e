import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Payment } from '../../api/types.js';
import type { CreditsClient } from '../../data/client.js';
import { userMessage } from '../../data/errors.js';
import { CreditsEditBillingEvent } from '../../events/credits-edit-billing.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import '../../i18n/en/billing.js';
import { formatDateTime, formatInteger, formatMoney } from '../../internal/format.js';
import { gatewayLabel, paymentStatus, paymentTypeLabel } from '../../internal/labels.js';
import { safeHref } from '../../internal/url.js';
import { dateCell } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { CreditsTable } from '../table/credits-table.js';
import { amountCell, noneCell, statusBadge } from './payment-cells.js';
import { paymentStyles } from './credits-payments.styles.js';

/** The contract's largest page, so the export makes as few requests as it can. */
const EXPORT_PAGE_SIZE = 100;
/** The payment date the skeleton's Date bar is as wide as, in the locale. */
const SAMPLE_DATE = '2026-11-20T14:05:00';

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
export class CreditsPayments extends CreditsTable<Payment> {
  static override styles = [CreditsTable.styles, paymentStyles];

  /**
   * The user is an admin: invoices waiting for billing details offer Add billing details.
   * Wins over a provider's in both directions; `admin="false"` is false.
   */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  protected get caption(): string {
    return this.t('payments.title');
  }

  /** Payments as the last recheck returned them, until the list is loaded again. */
  readonly #rechecked = new Map<string, Payment>();
  /** Rechecks under way (one request each, however often clicked) or failed. */
  readonly #rechecks = new Map<string, { busy: boolean; error?: unknown }>();
  /** What the last recheck found, for screen readers (a live region). */
  @state() private announcement = '';

  /** The columns; their text follows the element's language. */
  protected readonly columns: readonly Column<Payment>[] = [
    {
      header: (t) => t('payments.date'),
      cell: (p, locale) => dateCell(p.createdAt, locale),
      wrap: 'wrap',
      csv: (p) => p.createdAt,
      placeholder: (_t, locale) => formatDateTime(SAMPLE_DATE, locale),
    },
    {
      header: (t) => t('payments.type'),
      cell: (p) => paymentTypeLabel(p.type, this.t),
      csv: (p) => paymentTypeLabel(p.type, this.t),
      placeholder: (t) => paymentTypeLabel('subscription', t),
    },
    {
      header: (t) => t('payments.amount'),
      align: 'end',
      cell: (p, locale) => amountCell(this.#current(p), locale, this.t),
      csv: (p) => p.amount,
      placeholder: (_t, locale) => formatMoney({ amount: '5900.00', currency: 'INR' }, locale),
    },
    { header: (t) => t('payments.currency'), csv: (p) => p.currency },
    { header: (t) => t('payments.tax'), csv: (p) => p.tax?.amount },
    {
      header: (t) => t('payments.credits'),
      align: 'end',
      cell: (p, locale) => (p.credits ? formatInteger(p.credits, locale) : noneCell(this.t)),
      csv: (p) => p.credits ?? 0,
      placeholder: (_t, locale) => formatInteger(10_000, locale),
    },
    {
      header: (t) => t('payments.status'),
      cell: (p) => {
        const current = this.#current(p);
        return html`<span class="type"
          >${statusBadge(current, this.t)}${
            paymentStatus(current.status, this.t).note
              ? this.popout.button(p.id, this.popoutLabel(current))
              : nothing
          }</span
        >`;
      },
      csv: (p) => p.status,
      placeholder: (t) => `${paymentStatus('completed', t).label} (i)`,
    },
    {
      header: (t) => t('payments.gateway'),
      cell: (p) => (p.gateway ? gatewayLabel(p.gateway) : noneCell(this.t)),
      csv: (p) => p.gateway,
      placeholder: 'Razorpay',
    },
    {
      header: (t) => t('payments.paymentId'),
      cell: (p) => this.#paymentId(p.id),
      wrap: 'wrap',
      csv: (p) => p.id,
      placeholder: (t) => `pay_6PL9D ${t('common.copy')}`,
    },
    { header: (t) => t('payments.orderId'), csv: (p) => p.orderId },
    { header: (t) => t('payments.invoice'), csv: (p) => p.invoice?.number },
    {
      header: (t) => t('payments.action'),
      cell: (p) => this.#action(this.#current(p)),
      wrap: 'wrap',
      placeholder: (t) => t('payments.downloadInvoice'),
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
    return this.t('payments.empty');
  }

  protected override pageLoaded(): void {
    this.#rechecked.clear();
  }

  protected override popoutLabel(p: Payment): string {
    return this.t('payments.aboutStatus', { status: paymentStatus(p.status, this.t).label });
  }

  protected override popoutContent(p: Payment): unknown {
    return html`<p class="note">${paymentStatus(this.#current(p).status, this.t).note}</p>`;
  }

  private get isAdmin(): boolean {
    return this.admin ?? this.settings?.admin ?? false;
  }

  #current(p: Payment): Payment {
    return this.#rechecked.get(p.id) ?? p;
  }

  #paymentId(id: string): TemplateResult {
    const t = this.t;
    const done = this.copier.copied === id;
    return html`<span class="id"
      ><code>${id}</code
      ><button
        class="btn copy"
        type="button"
        aria-label=${done ? t('payments.idCopied') : t('payments.copyId', { id })}
        @click=${(e: Event) =>
          this.copier.copy(id, (e.currentTarget as Element).previousElementSibling)}
      >
        ${t(done ? 'common.copied' : 'common.copy')}
      </button></span
    >`;
  }

  #action(p: Payment): unknown {
    const t = this.t;
    if (p.status === 'pending') return this.#recheckButton(p);
    const invoice = p.invoice;
    if (invoice?.status === 'available') {
      const href = safeHref(invoice.url);
      const label = invoice.number
        ? t('payments.downloadInvoiceNumber', { number: invoice.number })
        : t('payments.downloadInvoice');
      return href
        ? html`<a href=${href} target="_blank" rel="noopener" aria-label=${label}
            >${t('payments.downloadInvoice')}</a
          >`
        : html`<span class="muted">${t('payments.invoiceUnavailable')}</span>`;
    }
    if (invoice?.status === 'waiting_for_billing') {
      return html`<span class="action"
        ><span class="muted">${t('payments.waitingForBilling')}</span>${
          this.isAdmin
            ? html`<button class="btn small btn-link" type="button" @click=${this.#editBilling}>
                ${t('payments.addBillingDetails')}
              </button>`
            : nothing
        }</span
      >`;
    }
    return noneCell(t);
  }

  #recheckButton(p: Payment): TemplateResult {
    const t = this.t;
    const state = this.#rechecks.get(p.id);
    return html`<span class="action"
      ><button
        class="btn small"
        type="button"
        aria-disabled=${state?.busy ? 'true' : 'false'}
        aria-label=${t(state?.busy ? 'payments.recheckingPayment' : 'payments.recheckPayment', {
          id: p.id,
        })}
        @click=${(e: Event) => this.#recheck(p.id, e)}
      >
        ${t(state?.busy ? 'payments.rechecking' : 'payments.recheck')}</button
      >${
        state?.error
          ? html`<span class="row-error" role="alert"
              >${t('payments.recheckFailed', { error: userMessage(state.error, t) })}</span
            >`
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
      this.announcement = this.t('payments.rechecked', {
        id,
        status: paymentStatus(payment.status, this.t).label,
      });
    } catch (error) {
      this.#rechecks.set(id, { busy: false, error });
    }
    this.requestUpdate();
    await this.updateComplete;
    if (row?.isConnected && !row.querySelector('[aria-disabled]')) {
      const action = CSS.escape(this.t('payments.action'));
      row.querySelector<HTMLElement>(`td[data-label="${action}"] :is(a, button)`)?.focus();
    }
  }
}
