import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Balance } from '../../api/types.js';
import { CreditsPurchaseEvent } from '../../events/credits-purchase.js';
import { CreditsViewBillingEvent } from '../../events/credits-view-billing.js';
import { renderAction } from '../../internal/actions.js';
import { CreditsElement } from '../../internal/credits-element.js';
import { formatDateTime, formatInteger, formatMoney, isZeroAmount } from '../../internal/format.js';
import { readPreference, writePreference } from '../../internal/preferences.js';
import { hostStyles } from '../../styles/shared.js';
import { balanceStyles } from './credits-balance.styles.js';

const SHOW_COST_PREFERENCE = 'show-cost';

/**
 * The organisation's Available Credits, the cost per credit behind a Show / Hide toggle, and the
 * Purchase Credits (admins only) and View Billing actions.
 *
 * @summary Available credits balance with cost per credit and purchase / billing actions.
 *
 * @event {CreditsPurchaseEvent} credits-purchase - Purchase Credits was activated. Cancelable: cancel it to run your own top-up flow instead of following `purchase-href`.
 * @event {CreditsViewBillingEvent} credits-view-billing - View Billing was activated. Cancelable: cancel it to show your own billing view instead of following `billing-href`.
 * @event {CreditsErrorEvent} credits-error - The balance could not be loaded; `detail.error.kind` says why (`unauthenticated` on 401).
 *
 * @csspart base - The card.
 * @csspart value - The available credits figure.
 * @csspart cost - The cost per credit row.
 * @csspart actions - The row of action buttons.
 * @csspart purchase-button - Purchase Credits.
 * @csspart billing-button - View Billing.
 * @csspart notice - The paused or low-balance notice.
 * @csspart error - The error panel.
 *
 * @cssprop --credits-color-text - Text colour.
 * @cssprop --credits-color-muted - Secondary text colour.
 * @cssprop --credits-color-surface - Card background.
 * @cssprop --credits-color-border - Card and divider borders.
 * @cssprop --credits-color-accent - Primary button and link colour.
 * @cssprop --credits-color-on-accent - Text on the primary button.
 * @cssprop --credits-color-danger - Negative balance, paused notice and error colour.
 * @cssprop --credits-color-warning - Low-balance notice colour.
 * @cssprop --credits-radius - Card corner radius.
 * @cssprop --credits-value-size - Font size of the balance figure.
 * @cssprop --credits-font-family - Font family (inherits by default).
 */
@customElement('credits-balance')
export class CreditsBalance extends CreditsElement {
  static override styles = [hostStyles, balanceStyles];

  /** The user is an admin: shows Purchase Credits. Without it the button is not rendered at all. */
  @property({ type: Boolean }) admin = false;

  /** Show the cost per credit from the start; a user's own Show / Hide choice, once made, wins. */
  @property({ attribute: 'show-cost', type: Boolean }) showCost = false;

  /** Page Purchase Credits leads to, unless `credits-purchase` is cancelled. http(s) only. */
  @property({ attribute: 'purchase-href' }) purchaseHref = '';

  /** Page View Billing leads to, unless `credits-view-billing` is cancelled. http(s) only. */
  @property({ attribute: 'billing-href' }) billingHref = '';

  /** A balance above zero but below this number shows a low-balance warning; 0 turns it off. */
  @property({ attribute: 'low-balance', type: Number }) lowBalance = 0;

  /** The user's own Show / Hide choice, remembered in this browser; null until they make one. */
  @state() private costChoice: boolean | null = null;

  private readonly balanceTask = new Task(this, {
    // The answer remembers its client, so after an organisation switch the old balance is
    // never shown as the new one's while the new one loads.
    task: async ([client], { signal }) =>
      client
        ? { client, balance: await this.load(signal, () => client.getBalance({ signal })) }
        : undefined,
    args: () => [this.resolvedClient] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = readPreference(SHOW_COST_PREFERENCE);
    this.costChoice = stored === null ? null : stored === 'true';
  }

  protected reload(): void {
    void this.balanceTask.run();
  }

  private get isAdmin(): boolean {
    return this.admin || Boolean(this.settings?.admin);
  }

  private get costShown(): boolean {
    return this.costChoice ?? (this.showCost || Boolean(this.settings?.showCost));
  }

  private toggleCost(): void {
    this.costChoice = !this.costShown;
    writePreference(SHOW_COST_PREFERENCE, String(this.costChoice));
  }

  protected override render(): TemplateResult {
    const task = this.balanceTask;
    let body: TemplateResult;
    if (!this.resolvedClient) {
      body = this.renderUnconfigured();
    } else if (task.status === TaskStatus.ERROR) {
      body = this.renderError(task.error, () => this.reload());
    } else if (task.value && task.value.client === this.resolvedClient) {
      // A refresh keeps the figures on screen (no flash) while aria-busy says they are updating.
      body = this.renderBalance(task.value.balance);
    } else {
      body = this.renderSkeleton();
    }
    return this.renderFrame('Available Credits', this.isLoading(task), body);
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="value"><span class="skeleton figure-skeleton"></span></div>
      <div class="cost"><span class="skeleton line"></span></div>
      <div class="actions">
        ${this.isAdmin ? html`<span class="skeleton button"></span>` : nothing}
        <span class="skeleton button"></span>
      </div>
      <span class="visually-hidden">Loading available credits…</span>`;
  }

  private renderBalance(balance: Balance): TemplateResult {
    const locale = this.resolvedLocale;
    const { available } = balance;
    return html`<p class="value">
        <data
          class=${classMap({ figure: true, negative: available < 0 })}
          part="value"
          value=${available}
          >${formatInteger(available, locale)}</data
        >
        <span class="unit muted">credits</span>
      </p>
      ${
        balance.asOf
          ? html`<p class="as-of muted">
              Updated <time datetime=${balance.asOf}>${formatDateTime(balance.asOf, locale)}</time>
            </p>`
          : nothing
      }
      ${this.renderNotice(available)} ${this.renderCost(balance)}
      <div class="actions" part="actions">
        ${
          this.isAdmin
            ? renderAction(this, {
                label: 'Purchase Credits',
                className: 'btn btn-primary',
                part: 'purchase-button',
                href: this.purchaseHref,
                event: (href) => new CreditsPurchaseEvent({ available, href }),
              })
            : nothing
        }
        ${renderAction(this, {
          label: 'View Billing',
          className: 'btn',
          part: 'billing-button',
          href: this.billingHref,
          event: (href) => new CreditsViewBillingEvent({ href }),
        })}
      </div>`;
  }

  private renderNotice(available: number): TemplateResult | typeof nothing {
    if (available <= 0) {
      return html`<p class="notice danger" part="notice" role="status">
        Photo processing is paused until credits are added.
        ${
          this.isAdmin
            ? 'Purchase credits to resume.'
            : 'Ask an admin of your organisation to add credits.'
        }
      </p>`;
    }
    if (this.lowBalance > 0 && available < this.lowBalance) {
      return html`<p class="notice" part="notice" role="status">
        Low balance: fewer than ${formatInteger(this.lowBalance, this.resolvedLocale)} credits left.
      </p>`;
    }
    return nothing;
  }

  private renderCost(balance: Balance): TemplateResult | typeof nothing {
    const cost = balance.costPerCredit;
    if (!cost || isZeroAmount(cost.amount)) return nothing;
    const shown = this.costShown;
    return html`<p class="cost" part="cost">
      <span class="cost-label">Cost per Credit</span>
      <span class="cost-value" id="cost-value" aria-live="polite">
        ${
          shown
            ? html`<data value=${`${cost.amount} ${cost.currency}`}
                >${formatMoney(cost, this.resolvedLocale)}</data
              >`
            : html`<span class="muted">Hidden</span>`
        }
      </span>
      <button
        class="btn btn-link"
        type="button"
        aria-controls="cost-value"
        aria-label=${shown ? 'Hide cost per credit' : 'Show cost per credit'}
        @click=${this.toggleCost}
      >
        ${shown ? 'Hide' : 'Show'}
      </button>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-balance': CreditsBalance;
  }
}
