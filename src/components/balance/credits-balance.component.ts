import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Balance } from '../../api/types.js';
import { CreditsPurchaseEvent } from '../../events/credits-purchase.js';
import { safeHref } from '../../internal/url.js';
import { CreditsViewAutoTopUpEvent } from '../../events/credits-view-auto-top-up.js';
import { CreditsViewBillingEvent } from '../../events/credits-view-billing.js';
import { renderAction } from '../../internal/actions.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import { formatDateTime, formatInteger, formatMoney, isZeroAmount } from '../../internal/format.js';
import { readPreference, writePreference } from '../../internal/preferences.js';
import '../../i18n/en/balance.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import type { CreditsTopUp } from '../top-up/credits-top-up.component.js';
import { bundleFor } from '../top-up/bundles.js';
import { balanceStyles } from './credits-balance.styles.js';
import { roughDate, runway, type Runway } from './runway.js';

const SHOW_COST_PREFERENCE = 'show-cost';
/** A time for the skeleton's "Updated …" line, as wide as a real one. */
const SAMPLE_TIME = '2026-11-24T09:30:00Z';

/**
 * The organisation's Available Credits, the cost per credit behind a Show / Hide toggle, and the
 * Purchase Credits (admins only) and View Billing actions.
 *
 * @summary Available credits balance with cost per credit and purchase / billing actions.
 *
 * @event {CreditsPurchaseEvent} credits-purchase - Purchase Credits was activated. Cancelable: cancel it to run your own top-up flow instead of following `purchase-href`.
 * @event {CreditsViewAutoTopUpEvent} credits-view-auto-top-up - Set up automatic top-ups and alerts was activated in the runway warning (admins). Cancelable: cancel it to show your own settings instead of following `auto-top-up-href`.
 * @event {CreditsViewBillingEvent} credits-view-billing - View Billing was activated. Cancelable: cancel it to show your own billing view instead of following `billing-href`.
 * @event {CreditsErrorEvent} credits-error - The balance could not be loaded; `detail.error.kind` says why (`unauthenticated` on 401).
 *
 * @csspart base - The card.
 * @csspart title - The heading.
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
export class CreditsBalance extends CreditsElement {
  static override styles = [hostStyles, balanceStyles];

  /**
   * The user is an admin: shows Purchase Credits; without it the button is not rendered at all.
   * Wins over a provider's in both directions: `admin="false"` is false (as frameworks write it).
   */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  /**
   * Show the cost per credit from the start; `show-cost="false"` is false. A user's own Show /
   * Hide choice, once made, wins.
   */
  @property({ attribute: 'show-cost', converter: optionalBoolean }) @flag showCost?: boolean;

  /** Page Purchase Credits leads to, unless `credits-purchase` is cancelled. http(s) only. */
  @property({ attribute: 'purchase-href' }) purchaseHref = '';

  /** Page View Billing leads to, unless `credits-view-billing` is cancelled. http(s) only. */
  @property({ attribute: 'billing-href' }) billingHref = '';

  /**
   * Page where admins set up automatic top-ups and alerts: the runway warning links to it
   * (admins only), unless `credits-view-auto-top-up` is cancelled. http(s) only.
   */
  @property({ attribute: 'auto-top-up-href' }) autoTopUpHref = '';

  /**
   * The page shows the auto top-up and alerts near this balance (`<credits-dashboard>` sets it
   * when the backend offers them): the runway warning offers them to admins even without
   * `auto-top-up-href`, through `credits-view-auto-top-up`.
   */
  @property({ attribute: false }) autoTopUpNearby = false;

  /** A balance above zero but below this number shows a low-balance warning; 0 turns it off. */
  @property({ attribute: 'low-balance', type: Number }) lowBalance = 0;

  /** The user's own Show / Hide choice, remembered in this browser; null until they make one. */
  @state() private costChoice: boolean | null = null;

  /** The top-up dialog is in the shadow root (from the first Purchase Credits on). */
  @state() private topUp = false;

  private readonly balanceData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getBalance({ signal }),
    peek: (client) => client.peekBalance(),
  });

  /** The recent pace, for the runway line (the same request as the monthly summary's). */
  private readonly usageData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getMonthlyUsage(4, { signal }),
    peek: (client) => client.peekMonthlyUsage(4),
    quiet: true,
  });

  /** Opens the top-up dialog (admins only), with `credits` chosen. */
  async openTopUp(opener?: HTMLElement | null, credits?: number): Promise<void> {
    if (!this.isAdmin) return;
    // The dialog's code comes with the first Purchase Credits, not with every balance.
    await import('../top-up/credits-top-up.js');
    this.topUp = true;
    await this.updateComplete;
    await this.renderRoot.querySelector<CreditsTopUp>('credits-top-up')?.show({ opener, credits });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Drawn by a server: it hydrates as the server drew it, the user's own choice just after.
    if (!this.serverRendered || this.hasUpdated) this.#readCostChoice();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.serverRendered) this.#readCostChoice();
  }

  #readCostChoice(): void {
    const stored = readPreference(SHOW_COST_PREFERENCE);
    this.costChoice = stored === null ? null : stored === 'true';
  }

  private get costShown(): boolean {
    return this.costChoice ?? this.showCost ?? this.settings?.showCost ?? false;
  }

  private toggleCost(): void {
    this.costChoice = !this.costShown;
    writePreference(SHOW_COST_PREFERENCE, String(this.costChoice));
  }

  protected override render(): TemplateResult {
    return this.renderFrame(
      this.t('balance.title'),
      this.balanceData.busy,
      this.renderData(this.balanceData, {
        complete: (balance) => this.renderBalance(balance),
        pending: () => this.renderSkeleton(),
      }),
    );
  }

  /**
   * The loaded layout of the common case (a figure, its time, a cost row and the actions) with
   * transparent placeholder text on skeleton bars: the same boxes, so nothing moves when the
   * data arrives.
   */
  private renderSkeleton(): TemplateResult {
    const t = this.t;
    return html`<p class="value"><span class="figure skeleton-text">00,000</span></p>
      <p class="as-of muted">
        <span class="skeleton-text"
          >${t('balance.updated', { time: formatDateTime(SAMPLE_TIME, this.resolvedLocale) })}</span
        >
      </p>
      <p class="runway muted">
        <span class="skeleton-text">${t('balance.runwayPlaceholder')}</span>
      </p>
      <p class="cost"><span class="skeleton-text">${t('balance.cost')} $0.0000</span></p>
      <div class="actions">
        ${
          this.isAdmin
            ? html`<span class="btn skeleton-text">${t('balance.purchase')}</span>`
            : nothing
        }
        <span class="btn skeleton-text">${t('balance.viewBilling')}</span>
      </div>
      <span class="visually-hidden">${t('balance.loading')}</span>`;
  }

  private renderBalance(balance: Balance): TemplateResult {
    const locale = this.resolvedLocale;
    const { available } = balance;
    return html`<p class="value">
        <data class=${available < 0 ? 'figure negative' : 'figure'} part="value" value=${available}
          >${formatInteger(available, locale)}</data
        >
        <span class="unit muted">${this.t('balance.unit', { count: available })}</span>
      </p>
      ${
        balance.asOf
          ? html`<p class="as-of muted">
              ${this.parts('balance.updated', {
                time: html`<time datetime=${balance.asOf}
                  >${formatDateTime(balance.asOf, locale)}</time
                >`,
              })}
            </p>`
          : nothing
      }
      ${this.renderRunway(available)} ${this.renderNotice(available)} ${this.renderCost(balance)}
      <div class="actions" part="actions">
        ${
          this.isAdmin
            ? renderAction(this, {
                label: this.t('balance.purchase'),
                className: 'btn btn-primary',
                part: 'purchase-button',
                href: this.purchaseHref,
                event: (href) => new CreditsPurchaseEvent({ available, href }),
                onDefault: (button) => void this.openTopUp(button),
              })
            : nothing
        }
        ${renderAction(this, {
          label: this.t('balance.viewBilling'),
          className: 'btn',
          part: 'billing-button',
          href: this.billingHref,
          event: (href) => new CreditsViewBillingEvent({ href }),
        })}
      </div>
      ${
        this.topUp && this.isAdmin
          ? html`<credits-top-up
              .client=${this.resolvedClient}
              .admin=${true}
              .locale=${this.resolvedLocale}
            ></credits-top-up>`
          : nothing
      }`;
  }

  /**
   * "At your recent pace (about 4,700 credits a month), this lasts until early February": only
   * with enough finished months of usage; under a month it is a warning, and admins get the
   * top-up with the bundle that covers a month.
   */
  private renderRunway(available: number): TemplateResult | typeof nothing {
    if (this.usageData.busy && !this.usageData.value) {
      // Its room is kept while the usage is on its way, so the line does not push in later.
      return html`<p class="runway muted" aria-hidden="true">
        <span class="skeleton-text">${this.t('balance.runwayPlaceholder')}</span>
      </p>`;
    }
    const months = this.usageData.value?.months;
    const pace: Runway | null = months ? runway(available, months) : null;
    if (!pace) return nothing;
    const locale = this.resolvedLocale;
    // Rounded to hundreds ("about"), and at least 1: a pace under one credit a month is "about 1".
    const count = Math.round(pace.perMonth / 100) * 100 || Math.max(1, Math.round(pace.perMonth));
    const line = pace.until
      ? this.t('balance.runway', {
          count,
          until: roughDate(pace.until, locale, undefined, this.t),
        })
      : this.t('balance.runwayBeyond', { count });
    if (!pace.warning) return html`<p class="runway muted" part="runway">${line}</p>`;
    const bundle = bundleFor(pace.perMonth);
    return html`<p class="runway notice" part="runway" role="status">
      ${line}
      ${
        this.isAdmin
          ? html`<button
                class="btn btn-link"
                type="button"
                @click=${(e: Event) => this.openTopUp(e.currentTarget as HTMLElement, bundle)}
              >
                ${this.t('balance.topUp', { count: bundle })}
              </button>
              ${
                safeHref(this.autoTopUpHref) || this.autoTopUpNearby
                  ? renderAction(this, {
                      label: this.t('balance.setUpAutoTopUp'),
                      className: 'btn btn-link',
                      part: 'auto-top-up-link',
                      href: this.autoTopUpHref,
                      event: (href) => new CreditsViewAutoTopUpEvent({ href }),
                    })
                  : nothing
              }`
          : this.t('balance.askAdminTopUp')
      }
    </p>`;
  }

  private renderNotice(available: number): TemplateResult | typeof nothing {
    if (available <= 0) {
      return html`<p class="notice danger" part="notice" role="status">
        ${this.t('balance.paused')}
        ${this.t(this.isAdmin ? 'balance.pausedAdmin' : 'balance.pausedUser')}
      </p>`;
    }
    if (this.lowBalance > 0 && available < this.lowBalance) {
      return html`<p class="notice" part="notice" role="status">
        ${this.t('balance.low', { count: this.lowBalance })}
      </p>`;
    }
    return nothing;
  }

  private renderCost(balance: Balance): TemplateResult | typeof nothing {
    const cost = balance.costPerCredit;
    if (!cost || isZeroAmount(cost.amount)) return nothing;
    const shown = this.costShown;
    return html`<p class="cost" part="cost">
      <span class="cost-label">${this.t('balance.cost')}</span>
      <span class="cost-value" id="cost-value" aria-live="polite">
        ${
          shown
            ? html`<data value=${`${cost.amount} ${cost.currency}`}
                >${formatMoney(cost, this.resolvedLocale)}</data
              >`
            : html`<span class="muted">${this.t('balance.costHidden')}</span>`
        }
      </span>
      <button
        class="btn btn-link"
        type="button"
        aria-controls="cost-value"
        aria-label=${this.t(shown ? 'balance.hideCost' : 'balance.showCost')}
        @click=${this.toggleCost}
      >
        ${this.t(shown ? 'balance.hide' : 'balance.show')}
      </button>
    </p>`;
  }
}
