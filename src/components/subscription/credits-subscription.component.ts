import { html, nothing, type TemplateResult, isServer } from 'lit';
import { property } from 'lit/decorators.js';
import type { Subscription } from '../../api/types.js';
import { expiryState, type ExpiryState } from '../../internal/days.js';
import { formatDate } from '../../internal/format.js';
import '../../i18n/en/billing.js';
import { flag, guardBoolean } from '../../internal/attributes.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import { subscriptionStyles } from './credits-subscription.styles.js';

/**
 * The Subscription tab: the Current Plan badge with the plan's description, and the
 * Subscription Expiry: its date with how long is left ("N days remaining"; "Expires in N days"
 * within 30 days, in the warning colour; "Expired", in the danger colour), or that the plan has
 * no fixed expiry. Days are counted in the user's time zone.
 *
 * @summary The organisation's plan and when it expires.
 *
 * @event {CreditsErrorEvent} credits-error - The plan could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart badge - The Current Plan badge (the plan's name).
 * @csspart description - The plan's description.
 * @csspart expiry - The Subscription Expiry row.
 * @csspart expiry-badge - How long is left, or Expired.
 * @csspart error - The error panel.
 *
 * @cssprop --credits-color-accent - The plan badge.
 * @cssprop --credits-color-warning - An expiry within 30 days.
 * @cssprop --credits-color-danger - An expired plan.
 */
export class CreditsSubscription extends CreditsElement {
  static override styles = [hostStyles, subscriptionStyles];

  /** Only the Current Plan badge, on one line without a card (the dashboard's header). */
  @property({ converter: guardBoolean, reflect: true }) @flag compact = false;

  private readonly planData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getSubscription({ signal }),
    peek: (client) => client.peekSubscription(),
  });

  protected override render(): TemplateResult {
    if (this.compact) return this.#renderCompact();
    return this.renderFrame(
      this.t('subscription.title'),
      this.planData.busy,
      this.renderData(this.planData, {
        complete: (subscription) => this.renderPlan(subscription),
        pending: () => this.renderSkeleton(),
      }),
    );
  }

  /**
   * The plan on one line (the dashboard's header): its badge, and how long is left when it is
   * worth a warning. A failure says only "unavailable" here: the Subscription tab has the
   * error and its Retry.
   */
  #renderCompact(): TemplateResult {
    const task = this.planData;
    const subscription = task.value;
    const t = this.t;
    const label = html`<span class="label">${t('subscription.currentPlan')}</span>`;
    let body: unknown;
    if (subscription) {
      const state = expiryState(subscription.expiresAt);
      body = html`${label}
        <span class="badge plan-badge" part="badge">${subscription.plan.name}</span>
        ${state.kind === 'soon' || state.kind === 'today' || state.kind === 'expired' ? this.renderLeft(state) : nothing}`;
    } else if (task.error !== undefined || (!this.resolvedClient && !isServer)) {
      body = html`${label} <span class="muted unavailable">${t('subscription.unavailable')}</span>`;
    } else {
      body = html`${label}
        <span class="badge plan-badge skeleton-text" aria-hidden="true"
          >${t('subscription.planPlaceholder')}</span
        >`;
    }
    return html`<div class="compact" part="base" aria-busy=${task.busy}>${body}</div>`;
  }

  private renderSkeleton(): TemplateResult {
    const t = this.t;
    return html`<div class="section">
        <p class="label">${t('subscription.currentPlan')}</p>
        <p>
          <span class="badge plan-badge skeleton-text">${t('subscription.planPlaceholder')}</span>
        </p>
        <p class="skeleton-text">${t('subscription.descriptionPlaceholder')}</p>
      </div>
      <div class="expiry">
        <p class="label">${t('subscription.expiry')}</p>
        <p class="skeleton-text">${t('subscription.noExpiry')}</p>
      </div>
      <span class="visually-hidden">${t('subscription.loading')}</span>`;
  }

  private renderPlan({ plan, expiresAt }: Subscription): TemplateResult {
    const t = this.t;
    return html`<div class="section">
        <h3 class="label">${t('subscription.currentPlan')}</h3>
        <p><span class="badge plan-badge" part="badge">${plan.name}</span></p>
        ${
          plan.description
            ? html`<p class="description" part="description" dir="auto">${plan.description}</p>`
            : nothing
        }
      </div>
      <div class="expiry" part="expiry">
        <h3 class="label">${t('subscription.expiry')}</h3>
        ${
          expiresAt
            ? html`<time datetime=${expiresAt}>${formatDate(expiresAt, this.resolvedLocale)}</time>
                ${this.renderLeft(expiryState(expiresAt))}`
            : html`<p>${t('subscription.noExpiry')}</p>`
        }
      </div>`;
  }

  private renderLeft(state: ExpiryState): TemplateResult | typeof nothing {
    const t = this.t;
    switch (state.kind) {
      case 'expired':
        return html`<span class="badge danger" part="expiry-badge"
          >${t('subscription.expired')}</span
        >`;
      case 'today':
        return html`<span class="badge warning" part="expiry-badge"
          >${t('subscription.expiresToday')}</span
        >`;
      case 'soon':
        return html`<span class="badge warning" part="expiry-badge"
          >${t('subscription.expiresIn', { count: state.days })}</span
        >`;
      case 'later':
        return html`<span class="badge" part="expiry-badge"
          >${t('subscription.remaining', { count: state.days })}</span
        >`;
      default:
        return nothing;
    }
  }
}
