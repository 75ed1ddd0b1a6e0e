import { html, nothing, type TemplateResult } from 'lit';
import type { Payment } from '../../api/types.js';
import { formatMoney } from '../../internal/format.js';
import { paymentStatus } from '../../internal/labels.js';

/** Cells of the payments table that need no state of the element. */

const DASH = html`<span aria-hidden="true">—</span><span class="visually-hidden">None</span>`;

/** The taxes' name where the currency says it (18% GST on INR payments), else "tax". */
function taxName(currency: string): string {
  return currency === 'INR' ? 'GST' : 'tax';
}

/** The amount charged, taxes included, in its own currency, with the tax it includes. */
export function amountCell(p: Payment, locale: string): TemplateResult {
  const amount = formatMoney({ amount: p.amount, currency: p.currency }, locale);
  const tax = p.tax && !/^-?0+(\.0+)?$/.test(p.tax.amount) ? p.tax : null;
  return html`<span class="amount"
    ><data value=${`${p.amount} ${p.currency}`}>${amount}</data> ${
      tax
        ? html`<span class="tax muted"
            >incl. ${formatMoney(tax, locale)} ${taxName(tax.currency)}</span
          >`
        : nothing
    }</span
  >`;
}

/** The status as a badge in its tone; unknown statuses as given. */
export function statusBadge(p: Payment): TemplateResult {
  const known = ['completed', 'pending', 'abandoned', 'failed'].includes(p.status);
  return html`<span class=${known ? `badge status ${p.status}` : 'badge status'}
    >${paymentStatus(p.status).label}</span
  >`;
}

/** A dash for "nothing here", named for screen readers. */
export function noneCell(): TemplateResult {
  return DASH;
}
