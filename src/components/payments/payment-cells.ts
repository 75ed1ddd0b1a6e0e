import { html, nothing, type TemplateResult } from 'lit';
import type { Payment } from '../../api/types.js';
import type { Translate } from '../../i18n/keys.js';
import { formatMoney } from '../../internal/format.js';
import { paymentStatus } from '../../internal/labels.js';

/** Cells of the payments table that need no state of the element (`t`: its messages). */

/**
 * The amount charged, taxes included, in its own currency, with the tax it includes (named
 * where the currency says it: 18% GST on INR payments, else "tax").
 */
export function amountCell(p: Payment, locale: string, t: Translate): TemplateResult {
  const amount = formatMoney({ amount: p.amount, currency: p.currency }, locale);
  const tax = p.tax && !/^-?0+(\.0+)?$/.test(p.tax.amount) ? p.tax : null;
  return html`<span class="amount"
    ><data value=${`${p.amount} ${p.currency}`}>${amount}</data> ${
      tax
        ? html`<span class="tax muted"
            >${t(tax.currency === 'INR' ? 'payments.inclGst' : 'payments.inclTax', {
              amount: formatMoney(tax, locale),
            })}</span
          >`
        : nothing
    }</span
  >`;
}

/** The status as a badge in its tone; unknown statuses as given. */
export function statusBadge(p: Payment, t: Translate): TemplateResult {
  const known = ['completed', 'pending', 'abandoned', 'failed'].includes(p.status);
  return html`<span class=${known ? `badge status ${p.status}` : 'badge status'}
    >${paymentStatus(p.status, t).label}</span
  >`;
}

/** A value with what qualifies it on a smaller line under it (none: the value alone). */
export function twoLines(value: unknown, under: string): TemplateResult {
  return html`<span class="two"
    >${value}${under ? html` <span class="sub muted">${under}</span>` : nothing}</span
  >`;
}
