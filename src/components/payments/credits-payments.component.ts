import { initialState } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WriteController } from '../../controllers/write-controller.js';
import type { Payment } from '../../api/types.js';
import { userMessage } from '../../data/errors.js';
import { CreditsEditBillingEvent } from '../../events/credits-edit-billing.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import '../../i18n/en/billing.js';
import { formatDateTime, formatMoney } from '../../internal/format.js';
import { gatewayLabel, paymentStatus, paymentTypeLabel } from '../../internal/labels.js';
import { safeHref } from '../../internal/url.js';
import { dateCell, noneCell } from '../table/cells.js';
import type { Column } from '../table/columns.js';
import { CreditsTable } from '../table/credits-table.js';
import { EXPORT_PAGE_SIZE, TableEngine } from '../table/table-engine.js';
import { amountCell, statusBadge, twoLines } from './payment-cells.js';
import { invoiceNeeds, NEED_WORDS } from './invoice-needs.js';
import { paymentStyles } from './credits-payments.styles.js';
import { csvDecimal } from '../../internal/csv.js';
import { safeFilename } from '../../internal/filters.js';

/** The payment date the skeleton's Date bar is as wide as, in the locale. */
const SAMPLE_DATE = '2026-11-20T14:05:00';

/**
 * Payments: every payment record, newest first (`GET /payments`), with what each one is,
 * its amount taxes included, its status (what it means is one click away), the gateway, a
 * copyable payment ID, and what can be done: download the invoice, add the billing details an
 * invoice waits for (admins), or ask the gateway again about a pending payment (Recheck).
 * A row whose invoice waits for billing details says which ones it lacks (a name, the email,
 * the address: `GET /billing-details`, asked only then), or that the invoice is being prepared
 * when none is missing (the details were just saved, and the server has yet to issue it).
 *
 * @summary The payment records of Billing & Transactions.
 *
 * @event {CreditsEditBillingEvent} credits-edit-billing - An admin chose Add (or Complete) billing details. Cancelable: inside `<credits-billing>` the form opens unless you cancel it.
 *
 * @cssprop --credits-color-success - Completed payments.
 * @cssprop --credits-color-warning - Pending payments.
 * @cssprop --credits-color-danger - Failed payments and recheck errors.
 */
export class CreditsPayments extends CreditsTable<Payment> {
  static override styles = [CreditsTable.styles, paymentStyles];

  /**
   * The user is an admin: invoices waiting for billing details offer to add (or complete) them.
   * Wins over a provider's in both directions; `admin="false"` is false.
   */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  /** Payments as the last recheck returned them, until the list is loaded again. */
  readonly #rechecked = new Map<string, Payment>();
  /** Rechecks under way (one request each, however often clicked) or failed, by payment. */
  readonly #rechecks = new WriteController(this);
  /** What the last recheck found, for screen readers (a live region). */
  @state() private announcement = '';

  /**
   * The columns; their text follows the element's language. Six on screen, each value on one
   * line and what qualifies it on a smaller one under it (the time, the credits bought, the tax,
   * the gateway); the export has every field in a column of its own.
   */
  readonly #columns: readonly Column<Payment>[] = [
    {
      header: (t) => t('payments.date'),
      cell: (p, locale) => dateCell(p.createdAt, locale),
      className: 'stack',
      narrow: 'first',
      csv: (p) => p.createdAt,
      placeholder: (_t, locale) => formatDateTime(SAMPLE_DATE, locale),
    },
    {
      header: (t) => t('payments.type'),
      cell: (p) =>
        twoLines(
          paymentTypeLabel(p.type, this.t),
          p.credits ? this.t('payments.creditCount', { count: p.credits }) : '',
        ),
      narrow: 'lead',
      csv: (p) => paymentTypeLabel(p.type, this.t),
      placeholder: (t) => paymentTypeLabel('subscription', t),
    },
    {
      header: (t) => t('payments.amount'),
      align: 'end',
      narrow: 'figure',
      cell: (p, locale) => amountCell(this.#current(p), locale, this.t),
      csv: (p) => csvDecimal(p.amount),
      placeholder: (_t, locale) => formatMoney({ amount: '5900.00', currency: 'INR' }, locale),
    },
    { header: (t) => t('payments.currency'), csv: (p) => p.currency },
    { header: (t) => t('payments.tax'), csv: (p) => csvDecimal(p.tax?.amount) },
    { header: (t) => t('payments.credits'), csv: (p) => p.credits ?? 0 },
    {
      header: (t) => t('payments.status'),
      cell: (p) => {
        const current = this.#current(p);
        return html`<span class="type"
          >${statusBadge(current, this.t)}${
            paymentStatus(current.status, this.t).note
              ? this.table.popout.button(p.id, this.#popoutLabel(current))
              : nothing
          }</span
        >`;
      },
      csv: (p) => p.status,
      placeholder: (t) => `${paymentStatus('completed', t).label} (i)`,
    },
    { header: (t) => t('payments.gateway'), csv: (p) => p.gateway },
    {
      header: (t) => t('payments.paymentId'),
      cell: (p) => twoLines(this.#paymentId(p.id), p.gateway ? gatewayLabel(p.gateway) : ''),
      csv: (p) => p.id,
      placeholder: (t) => `pay_6PL9D ${t('common.copy')}`,
    },
    { header: (t) => t('payments.orderId'), csv: (p) => p.orderId },
    { header: (t) => t('payments.invoice'), csv: (p) => p.invoice?.number },
    {
      header: (t) => t('payments.action'),
      cell: (p) => this.#action(this.#current(p)),
      wrap: 'wrap',
      narrow: 'last',
      placeholder: (t) => t('payments.downloadInvoice'),
    },
  ];

  protected readonly table = new TableEngine<Payment>(this, this.kit, {
    caption: () => this.t('payments.title'),
    columns: this.#columns,
    settings: () => this,
    source: {
      query: () => [],
      fetch: async (client, cursor, limit, opts) =>
        this.#noteWaiting(await client.getPayments({ limit, cursor }, opts)),
      peek: (client, limit) => this.#noteWaiting(client.peekPayments({ limit, cursor: null })),
      pages: (client, signal) => client.paymentPages({ limit: EXPORT_PAGE_SIZE }, { signal }),
      exportName: () => safeFilename(this.t('payments.fileName'), 'csv'),
      emptyText: () => this.t('payments.empty'),
      // The list as loaded is the truth again: what rechecks returned is in it.
      loaded: () => this.#rechecked.clear(),
    },
    popout: {
      label: (p) => this.#popoutLabel(p),
      content: (p) =>
        html`<p class="note">${paymentStatus(this.#current(p).status, this.t).note}</p>`,
    },
  });

  /** A row shown waits for billing details: which of them it lacks is asked for. */
  #waits = false;

  #noteWaiting<P extends { items: Payment[] } | undefined>(page: P): P {
    if (page?.items.some((p) => p.invoice?.status === 'waiting_for_billing')) this.#waits = true;
    return page;
  }

  /**
   * The billing details, once a row waits for them (inside `<credits-billing>` the details card
   * asks for the same: one request). Quiet: without them the row says what the server said.
   */
  readonly #details = this.load({
    args: () => [this.#waits] as const,
    run: async (client, [waits], signal) =>
      waits ? client.getBillingDetails({ signal }) : initialState,
    peek: (client, [waits]) => (waits ? client.peekBillingDetails() : undefined),
    quiet: true,
  });

  #popoutLabel(p: Payment): string {
    return this.t('payments.aboutStatus', { status: paymentStatus(p.status, this.t).label });
  }

  #current(p: Payment): Payment {
    return this.#rechecked.get(p.id) ?? p;
  }

  #paymentId(id: string): TemplateResult {
    const t = this.t;
    return html`<span class="id"
      >${this.table.copier.renderCopyable(
        id,
        { copy: t('payments.copyId', { id }), copied: t('payments.idCopied') },
        { copy: t('common.copy'), copied: t('common.copied') },
      )}</span
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
    if (invoice?.status === 'waiting_for_billing') return this.#waitingForBilling();
    return noneCell(t, t('payments.none'));
  }

  /**
   * An invoice waiting for billing details: which ones are missing (admins get the form), or,
   * with none missing, that it is being prepared (nothing to fill in: no button).
   */
  #waitingForBilling(): TemplateResult {
    const t = this.t;
    const details = this.#details.value;
    const needs = details ? invoiceNeeds(details) : null;
    if (needs?.length === 0) {
      return html`<span class="muted">${t('payments.invoicePreparing')}</span>`;
    }
    const missing = needs
      ? new Intl.ListFormat(this.resolvedLocale, { type: 'conjunction' }).format(
          needs.map((need) => t(NEED_WORDS[need])),
        )
      : '';
    // Nothing filled in yet (or not known): add them; some there: complete them.
    const add = !needs || needs.length === Object.keys(NEED_WORDS).length;
    return html`<span class="action"
      ><span class="muted"
        >${missing ? t('payments.invoiceNeeds', { missing }) : t('payments.waitingForBilling')}</span
      >${
        this.isAdmin
          ? html`<button class="btn small btn-link" type="button" @click=${this.#editBilling}>
              ${t(add ? 'payments.addBillingDetails' : 'payments.completeBillingDetails')}
            </button>`
          : nothing
      }</span
    >`;
  }

  #recheckButton(p: Payment): TemplateResult {
    const t = this.t;
    const busy = this.#rechecks.busy(p.id);
    const error = this.#rechecks.error(p.id);
    return html`<span class="action"
      ><button
        class="btn small"
        type="button"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-label=${t(busy ? 'payments.recheckingPayment' : 'payments.recheckPayment', {
          id: p.id,
        })}
        @click=${(e: Event) => this.#recheck(p.id, e)}
      >
        ${t(busy ? 'payments.rechecking' : 'payments.recheck')}</button
      >${
        error
          ? html`<span class="row-error" role="alert"
              >${t('payments.recheckFailed', { error: userMessage(error, t) })}</span
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
  #recheck(id: string, e: Event): Promise<void> {
    const client = this.resolvedClient;
    if (!client) return Promise.resolve();
    const row = (e.currentTarget as Element).closest('tr');
    const action = () => {
      if (!row?.isConnected || row.querySelector('[aria-disabled="true"]')) return null;
      const label = CSS.escape(this.t('payments.action'));
      return row.querySelector<HTMLElement>(`td[data-label="${label}"] :is(a, button)`);
    };
    return this.#rechecks.run(id, (signal) => client.recheckPayment(id, { signal }), {
      done: (payment) => {
        this.#rechecked.set(id, payment);
        this.#noteWaiting({ items: [payment] });
        this.announcement = this.t('payments.rechecked', {
          id,
          status: paymentStatus(payment.status, this.t).label,
        });
        return action;
      },
      failed: () => action,
    });
  }
}
