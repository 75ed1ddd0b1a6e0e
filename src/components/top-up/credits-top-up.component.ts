import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { WriteController } from '../../controllers/write-controller.js';
import { userMessage } from '../../data/errors.js';
import { CreditsCheckoutEvent } from '../../events/credits-checkout.js';
import '../../i18n/en/top-up.js';
import type { Translate } from '../../i18n/keys.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import { checkoutHref } from '../../internal/url.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import { amountProblem, parseAmount } from './bundles.js';
import { topUpStyles } from './credits-top-up.styles.js';
import { price, renderCreditsStep, renderReviewStep } from './top-up-steps.js';

/**
 * Buying credits without leaving the page: a modal dialog (admins only) with three steps.
 * **Credits**: the suggested bundles with their prices, another amount (its field shown once
 * chosen: 1,000 at least), and a helper that turns the photos of the next event into credits
 * plus 10%. **Review**: the credits,
 * the cost per credit and the exact total, the balance after. **Pay**: one `POST /purchases`,
 * then the cancelable `credits-checkout` and the checkout page. Dismissing the dialog (Escape,
 * Cancel, `close()`, removing the element) while that request is under way abandons the
 * purchase: the request is aborted, no event fires and the page stays. The dialog's top stays
 * where it opened from one step to the next; its Close button, like Escape, gives the focus
 * back to what opened it.
 *
 * The balance and the dashboard open it from Purchase Credits (unless the host set a
 * `purchase-href` or cancelled `credits-purchase`); on its own, call `show()`.
 *
 * @summary The top-up dialog: choose credits, review the total, go to checkout.
 *
 * @event {CreditsCheckoutEvent} credits-checkout - The purchase started; `detail` has `checkoutUrl` (always https, or http on a loopback host) and `orderId`. Cancelable: cancel it to open the checkout yourself instead of the page going there.
 * @event {CreditsErrorEvent} credits-error - The balance (for prices) could not be loaded.
 *
 * @csspart dialog - The dialog.
 * @csspart close-button - The dialog's Close (×) button.
 */
export class CreditsTopUp extends CreditsElement {
  static override styles = [hostStyles, topUpStyles];

  /** Only admins can buy: without it (or with `"false"`) there is no dialog at all. */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  /** Credits chosen to start with (a bundle, or any amount of 1,000 and more). */
  @property({ type: Number }) credits = 3000;

  @state() private step: 'credits' | 'review' = 'credits';
  @state() private choice: number | 'custom' = 3000;
  @state() private custom = '';
  @state() private photos = '';
  /** What went wrong on the last try, said in the element's language when rendered. */
  @state() private error: ((t: Translate) => string) | null = null;
  @query('dialog') private dialog?: HTMLDialogElement;
  #opener?: HTMLElement | null;
  /**
   * The purchase: one POST however often Pay is pressed, abandoned (aborted, and nothing more of
   * it happens) when the user leaves it or the element leaves the page.
   */
  readonly #purchase = new WriteController(this);

  private readonly balanceData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getBalance({ signal }),
    peek: (client) => client.peekBalance(),
  });

  /** Whether the dialog is open. */
  get open(): boolean {
    return !!this.dialog?.open;
  }

  /**
   * Opens the dialog at the Credits step (admins only); focus returns to `opener` (by default
   * what has the focus now) when it closes. `credits` preselects an amount.
   */
  async show(opts: { opener?: HTMLElement | null; credits?: number } = {}): Promise<void> {
    if (!this.isAdmin) return;
    // Starting over at the Credits step: a purchase still under way is no longer what is shown.
    this.#abandon();
    this.#opener = opts.opener ?? deepActiveElement();
    const credits = opts.credits ?? this.credits;
    this.#choose(credits);
    this.step = 'credits';
    this.error = null;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[name="bundle"]:checked')?.focus();
  }

  /** Closes the dialog; nothing is bought, and a purchase still starting is abandoned. */
  close(): void {
    this.#abandon();
    this.dialog?.close();
  }

  /** The user left the purchase under way: its request is aborted and nothing more of it happens. */
  #abandon(): void {
    this.#purchase.abort();
  }

  #choose(credits: number): void {
    if ([1000, 3000, 10000].includes(credits)) {
      this.choice = credits;
    } else {
      this.choice = 'custom';
      this.custom = String(Math.max(1000, Math.round(credits)));
    }
  }

  /** The credits chosen, or null while the custom amount is not valid. */
  private get chosen(): number | null {
    if (this.choice !== 'custom') return this.choice;
    return amountProblem(this.custom, this.t, this.resolvedLocale)
      ? null
      : parseAmount(this.custom, this.resolvedLocale);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.isAdmin) return nothing;
    return html`<dialog
      part="dialog"
      lang=${this.localeController.textLang}
      aria-labelledby="top-up-title"
      @close=${this.#onClose}
    >
      <div class="body">
        <div class="head">
          <h2 id="top-up-title">${this.t('topUp.title')}</h2>
          <button
            class="btn close"
            type="button"
            part="close-button"
            aria-label=${this.t('common.close')}
            @click=${() => this.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
          <p class="step muted">
            ${
              this.step === 'credits'
                ? this.t('topUp.stepCredits', { step: 1, steps: 2 })
                : this.t('topUp.stepReview', { step: 2, steps: 2 })
            }
          </p>
        </div>
        ${this.step === 'credits' ? this.#renderCredits() : this.#renderReview()}
      </div>
    </dialog>`;
  }

  #renderCredits(): TemplateResult {
    const balance = this.balanceData.value;
    const chosen = this.chosen;
    return html`${renderCreditsStep({
        locale: this.resolvedLocale,
        t: this.t,
        cost: balance?.costPerCredit ?? null,
        choice: this.choice,
        custom: this.custom,
        photos: this.photos,
        error: this.error?.(this.t) ?? '',
        onChoice: (choice) => (this.choice = choice),
        onCustom: (typed) => {
          this.choice = 'custom';
          this.custom = typed;
        },
        onPhotos: (typed) => (this.photos = typed),
        onUse: (credits) => this.#choose(credits),
      })}
      <div class="actions">
        <button class="btn" type="button" @click=${() => this.close()}>
          ${this.t('common.cancel')}
        </button>
        <button
          class="btn btn-primary"
          type="button"
          aria-disabled=${chosen === null ? 'true' : 'false'}
          @click=${this.#continue}
        >
          ${this.t('topUp.continue')}
        </button>
      </div>`;
  }

  #renderReview(): TemplateResult {
    const balance = this.balanceData.value;
    const credits = this.chosen ?? 0;
    const cost = balance?.costPerCredit ?? null;
    const total = price(credits, cost, this.resolvedLocale);
    return html`${renderReviewStep({
        locale: this.resolvedLocale,
        t: this.t,
        credits,
        cost,
        available: balance?.available ?? null,
        error: this.error?.(this.t) ?? '',
      })}
      <div class="actions">
        <button class="btn" type="button" @click=${this.#back}>${this.t('topUp.back')}</button>
        <button
          class="btn btn-primary"
          type="button"
          aria-disabled=${this.#purchase.busy() ? 'true' : 'false'}
          @click=${this.#pay}
        >
          ${
            this.#purchase.busy()
              ? this.t('topUp.paying')
              : total
                ? this.t('topUp.pay', { total })
                : this.t('topUp.goToCheckout')
          }
        </button>
      </div>`;
  }

  readonly #continue = async () => {
    if (this.chosen === null) {
      // Refused: say why beside the field, and put the user there.
      if (!this.custom) this.custom = ' ';
      this.renderRoot.querySelector<HTMLInputElement>('#custom')?.focus();
      return;
    }
    this.error = null;
    this.step = 'review';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.actions .btn-primary')?.focus();
  };

  // Back from Pay under way means the user does not want that purchase any more.
  readonly #back = async () => {
    this.#abandon();
    this.step = 'credits';
    this.error = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="bundle"]:checked')?.focus();
  };

  /**
   * One POST however often Pay is pressed; then the checkout, or what went wrong. Unless the
   * dialog was dismissed meanwhile: then nothing, even when the answer came in the same tick.
   */
  readonly #pay = () => {
    const client = this.resolvedClient;
    const credits = this.chosen;
    if (!client || credits === null) return;
    this.error = null;
    // Escape closes the dialog at once but reports it (the close event) a task later.
    const dismissed = () => !this.dialog?.open;
    void this.#purchase.run('', (signal) => client.createPurchase(credits, { signal }), {
      done: ({ checkoutUrl, orderId }) => {
        if (dismissed()) return;
        // Checked before anyone hears of it: the event only ever carries a URL we would follow
        // (a host cancelling it to open the checkout itself would otherwise open javascript:).
        const href = checkoutHref(checkoutUrl);
        if (!href) {
          this.error = (t) => t('topUp.insecureCheckout');
          return;
        }
        const event = new CreditsCheckoutEvent({ checkoutUrl: href, orderId: orderId ?? null });
        if (!this.dispatchEvent(event)) return this.close();
        location.assign(href);
      },
      failed: (error) => {
        if (dismissed()) return;
        if (error.status === 422) {
          // What the server refused is the amount: back to where it is chosen, with it kept.
          this.step = 'credits';
          const said = error.serverMessage;
          this.error = (t) => said ?? t('topUp.refused');
        } else if (error.kind === 'forbidden') {
          this.error = (t) => t('topUp.adminsOnly');
        } else {
          this.error = (t) => t('topUp.choiceKept', { error: userMessage(error, t) });
        }
      },
    });
  };

  readonly #onClose = () => {
    this.#abandon();
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  };
}

/** The focused element, through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
