import { css, html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { CreditsClient } from '../../data/client.js';
import { CreditsBase } from '../base/credits-base.js';
import type { CreditsEditBillingEvent } from '../../events/credits-edit-billing.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import type { CreditsBillingDetails } from '../billing-details/credits-billing-details.component.js';

/**
 * Billing & Transactions: the payment records (`<credits-payments>`) and the billing details
 * (`<credits-billing-details>`) in one tag. An admin's Add billing details on an invoice that
 * waits for them opens the details form, unless the host cancels `credits-edit-billing`.
 *
 * Its settings reach both parts; inside a `<credits-provider>` or `<credits-dashboard>` they
 * inherit from it like any credits element. The events of its parts bubble out of it (they are
 * composed), and are listed here as its own.
 *
 * @summary Payments, invoices and billing details.
 *
 * @event {CreditsEditBillingEvent} credits-edit-billing - An admin chose Add billing details on a payment. Cancelable: cancel it to show your own form instead of the details form opening.
 * @event {CreditsExportEvent} credits-export - The payments CSV export is complete; `detail` has `filename`, `csv`, `rows`. Cancelable: cancel it to handle the file yourself.
 * @event {CreditsErrorEvent} credits-error - Payments or billing details could not be loaded; `detail.error.kind` says why.
 *
 * @csspart payments - The payments table element.
 * @csspart details - The billing details element.
 */
export class CreditsBilling extends CreditsBase {
  static override styles = css`
    :host {
      display: grid;
      gap: 1rem;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Base URL of the Credits API, for both parts; wins over a provider's. */
  @property() endpoint = '';

  /** BCP 47 locale for both parts; by default the provider's, the nearest `lang`, the browser's. */
  @property() locale = '';

  /** The user is an admin (Add billing details, Edit). `"false"` is false; absent: the provider's. */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  /** A client of your own for both parts; never replaced. */
  @property({ attribute: false }) client?: CreditsClient;

  /** Rows per page of the payments table, 1 to 100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /** The payments table's view: `pages` (Previous / Next) or `scroll` (one list that loads as it scrolls). */
  @property() paging: 'pages' | 'scroll' = 'pages';

  /** The payments export's column separator: `auto` (from the locale), `comma` or `semicolon`. */
  // The union written out: the framework typings are generated from the manifest, which keeps
  // a type alias as its name (and the element's props would then type as anything).
  @property({ attribute: 'csv-separator' }) csvSeparator: 'auto' | 'comma' | 'semicolon' = 'auto';

  /** Seconds between revalidations of both parts (0 never polls; absent: the provider's). */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  @query('credits-billing-details') private details?: CreditsBillingDetails;

  /** Reloads both parts (and every widget sharing their client). */
  refresh(): void {
    this.details?.refresh();
  }

  // After every listener has had the event: a host that cancelled it keeps control.
  readonly #onEditBilling = (e: CreditsEditBillingEvent) => {
    queueMicrotask(() => {
      if (e.defaultPrevented || !this.details) return;
      this.details.scrollIntoView({ block: 'nearest' });
      void this.details.edit();
    });
  };

  protected override render(): TemplateResult {
    return html`<credits-payments
        part="payments"
        .endpoint=${this.endpoint}
        .locale=${this.locale}
        .admin=${this.admin}
        .client=${this.client}
        .pageSize=${this.pageSize}
        .paging=${this.paging}
        .csvSeparator=${this.csvSeparator}
        .refreshInterval=${this.refreshInterval}
        @credits-edit-billing=${this.#onEditBilling}
      ></credits-payments>
      <credits-billing-details
        part="details"
        .endpoint=${this.endpoint}
        .locale=${this.locale}
        .admin=${this.admin}
        .client=${this.client}
        .refreshInterval=${this.refreshInterval}
      ></credits-billing-details>`;
  }
}
