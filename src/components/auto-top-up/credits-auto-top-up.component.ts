import { initialState } from '@lit/task';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AutoTopUp } from '../../api/types.js';
import { WriteController } from '../../controllers/write-controller.js';
import { userMessage } from '../../data/errors.js';
import '../../i18n/en/auto-top-up.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import { isZeroAmount } from '../../internal/format.js';
import { setupHref } from '../../internal/url.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import { parseAmount } from '../top-up/bundles.js';
import { price } from '../top-up/price.js';
import {
  FIELD_NAMES,
  fieldId,
  fromDraft,
  problemsOf,
  renderForm,
  toDraft,
  type Draft,
  type FieldName,
  type Problems,
} from './auto-top-up-form.js';
import {
  limitText,
  renderLast,
  renderSkeleton,
  ruleText,
  type TermWords,
} from './auto-top-up-terms.js';
import { autoTopUpStyles } from './credits-auto-top-up.styles.js';

/** Which field a change of the draft touches: its server message goes once it is edited. */
const TOUCHES: Record<keyof Draft, FieldName> = {
  enabled: 'enabled',
  threshold: 'thresholdCredits',
  credits: 'topUpCredits',
  limit: 'monthlyLimit',
  noLimit: 'monthlyLimit',
};

/**
 * Automatic top-up: the rule by which the server buys credits when the balance runs low
 * (`GET /auto-top-up`), in words for everyone: on or off, "when the balance falls below 2,000
 * credits, buy 10,000 credits", the monthly limit, the saved payment method and the last
 * automatic top-up (a failed one is a warning with the server's reason). With `show-cost`, the
 * price of one top-up at the cost per credit of `GET /balance`, worked out exactly as the top-up
 * dialog does. Admins get Change: a form with an on/off switch and the three numbers, checked
 * as they are typed, saved with one `PUT /auto-top-up` however often Save is pressed.
 *
 * A backend that does not offer automatic top-ups (a 404, contract 1.0) is no error: the element
 * renders nothing, fires no `credits-error`, and reflects `not-offered`, under which it takes no
 * room (`display: none`).
 *
 * @summary The automatic top-up rule in words, and its form for admins.
 *
 * @event {CreditsErrorEvent} credits-error - The rule could not be loaded (never for a 404: the backend does not offer it); `detail.error.kind` says why.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart rule - The rule in words (a list of terms).
 * @csspart last-failed - The warning that the last automatic top-up failed.
 * @csspart edit-button - Change (admins only).
 * @csspart form - The form (admins only).
 * @csspart switch - The on/off switch.
 * @csspart price - The price of one top-up, in the form.
 * @csspart starts-now - The warning that saving starts a top-up at once.
 * @csspart form-error - What went wrong on Save.
 * @csspart save-button - Save.
 * @csspart error - The error panel.
 */
export class CreditsAutoTopUp extends CreditsElement {
  static override styles = [hostStyles, autoTopUpStyles];

  /** The user is an admin: Change is offered. `admin="false"` is false; absent: the provider's. */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  /**
   * Show the price of one top-up at the account's cost per credit; `show-cost="false"` is
   * false; absent: the provider's.
   */
  @property({ attribute: 'show-cost', converter: optionalBoolean }) @flag showCost?: boolean;

  @state() private editing = false;
  @state() private draft: Draft | null = null;
  /** A 422's messages of the form's fields, each until its field is edited. */
  @state() private serverErrors: Problems = {};
  /** The sentence announcing a save. */
  @state() private savedNote = '';
  /** The rule the last Save stored, over the `loaded` one it replaced. */
  @state() private stored: { loaded: AutoTopUp; value: AutoTopUp } | null = null;
  readonly #save = new WriteController(this);

  private readonly ruleData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getAutoTopUp({ signal }),
    peek: (client) => client.peekAutoTopUp(),
    optional: true,
  });

  /** The balance, for the price of a top-up and the form's warning; only when either shows. */
  private readonly balanceData = this.load({
    args: () => [this.costShown || this.isAdmin],
    run: (client, [needed], signal) =>
      needed ? client.getBalance({ signal }) : Promise.resolve(initialState),
    peek: (client, [needed]) => (needed ? client.peekBalance() : undefined),
    quiet: true,
  });

  private get costShown(): boolean {
    return this.showCost ?? this.settings?.showCost ?? false;
  }

  /** The rule as shown: the one loaded, or what a Save stored over it. */
  private get rule(): AutoTopUp | undefined {
    const loaded = this.ruleData.value;
    return this.stored && this.stored.loaded === loaded ? this.stored.value : loaded;
  }

  /** Opens the form (admins only), filled with the rule as it is. */
  async edit(): Promise<void> {
    const rule = this.rule;
    if (!this.isAdmin || this.editing || !rule) return;
    this.draft = toDraft(rule, this.resolvedLocale);
    this.serverErrors = {};
    this.#save.clear();
    this.savedNote = '';
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId('enabled')}`)?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!isServer) this.toggleAttribute('not-offered', this.notOffered(this.ruleData));
  }

  protected override render(): TemplateResult {
    if (this.notOffered(this.ruleData)) return html``;
    return this.renderFrame(
      this.t('autoTopUp.title'),
      this.ruleData.busy,
      this.renderData(this.ruleData, {
        complete: () => {
          const rule = this.rule!;
          return this.editing && this.isAdmin && this.draft
            ? this.#renderForm(this.draft)
            : this.#renderRule(rule);
        },
        pending: () =>
          renderSkeleton(this.#words, { costShown: this.costShown, admin: this.isAdmin }),
        loading: () => this.t('autoTopUp.loading'),
      }),
    );
  }

  /** What the terms are written with: the element's words and locale. */
  get #words(): TermWords {
    return {
      t: this.t,
      parts: (key, params) => this.parts(key, params),
      locale: this.resolvedLocale,
    };
  }

  /** The price of one top-up of `credits`, when the cost is shown and known. */
  #price(credits: number): string | null {
    const cost = this.balanceData.value?.costPerCredit;
    if (!this.costShown || !cost || isZeroAmount(cost.amount)) return null;
    return price(credits, cost, this.resolvedLocale);
  }

  #renderRule(rule: AutoTopUp): TemplateResult {
    const t = this.t;
    const cost = this.#price(rule.topUpCredits);
    const costPending = this.costShown && this.balanceData.busy && !this.balanceData.value;
    return html`<dl part="rule">
        <dt>${t('autoTopUp.status')}</dt>
        <dd class=${rule.enabled ? 'on' : 'off'}>
          ${t(rule.enabled ? 'autoTopUp.on' : 'autoTopUp.off')}
        </dd>
        <dt>${t('autoTopUp.rule')}</dt>
        <dd>${ruleText(rule, t)}</dd>
        <dt>${t('autoTopUp.limit')}</dt>
        <dd>${limitText(rule, t)}</dd>
        <dt>${t('autoTopUp.paymentMethod')}</dt>
        <dd>
          ${
            rule.paymentMethod
              ? html`<bdi>${rule.paymentMethod.label}</bdi>`
              : html`<span class="muted">${t('autoTopUp.noPaymentMethod')}</span>`
          }
        </dd>
        <dt>${t('autoTopUp.last')}</dt>
        <dd>${renderLast(rule, this.#words)}</dd>
        ${
          cost || costPending
            ? html`<dt>${t('autoTopUp.price')}</dt>
                <dd>
                  ${
                    cost
                      ? html`<bdi class="cost">${cost}</bdi>`
                      : html`<span class="skeleton-text" aria-hidden="true">$000.00</span>`
                  }
                </dd>`
            : nothing
        }
      </dl>
      ${this.savedNote ? html`<p class="saved" role="status">${this.savedNote}</p>` : nothing}
      ${
        this.isAdmin
          ? html`<div class="actions">
              <button class="btn" type="button" part="edit-button" @click=${() => this.edit()}>
                ${t('autoTopUp.edit')}
              </button>
            </div>`
          : nothing
      }`;
  }

  #renderForm(draft: Draft): TemplateResult {
    const t = this.t;
    const problems = problemsOf(draft, t);
    const available = this.balanceData.value?.available;
    const threshold = problems.thresholdCredits ? NaN : parseAmount(draft.threshold);
    const startsNow =
      draft.enabled && available !== undefined && available < threshold
        ? t('autoTopUp.startsNow', { count: available })
        : '';
    return renderForm({
      draft,
      errors: { ...this.serverErrors, ...problems },
      formError: this.#formError(),
      startsNow,
      price: problems.topUpCredits ? null : this.#price(parseAmount(draft.credits)),
      saving: this.#save.busy(),
      blocked: Object.keys(problems).length > 0,
      locale: this.resolvedLocale,
      t,
      onChange: (change) => {
        // From the draft as it is now: two inputs may come before the next render.
        this.draft = { ...this.draft!, ...change };
        const touched = new Set(Object.keys(change).map((k) => TOUCHES[k as keyof Draft]));
        this.serverErrors = Object.fromEntries(
          Object.entries(this.serverErrors).filter(([name]) => !touched.has(name as FieldName)),
        );
      },
      onSubmit: (e) => {
        e.preventDefault();
        void this.#submit();
      },
      onCancel: () => void this.#cancel(),
    });
  }

  /** What went wrong on Save: a payment method to add (a link only to https), or the message. */
  #formError(): unknown {
    const error = this.#save.error();
    if (!error) return '';
    const t = this.t;
    if (error.code === 'payment_method_required') {
      const href = setupHref(error.setupUrl);
      return html`<p>${t('autoTopUp.paymentMethodRequired')} ${t('autoTopUp.choiceKept')}</p>
        ${
          href
            ? html`<a
                class="btn small"
                part="setup-link"
                href=${href}
                target="_blank"
                rel="noopener noreferrer"
                >${t('autoTopUp.addPaymentMethod')}</a
              >`
            : nothing
        }`;
    }
    const known = new Set<string>(FIELD_NAMES);
    const others = Object.entries(error.fields).filter(([name]) => !known.has(name));
    return html`<p dir="auto">
      ${[
        userMessage(error, t),
        ...others.map(([field, message]) => t('autoTopUp.otherField', { field, message })),
      ].join(' ')}
    </p>`;
  }

  /** Back to the rule, the focus on Change (where the form was opened from). */
  async #cancel(): Promise<void> {
    this.editing = false;
    this.#save.abort();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="edit-button"]')?.focus();
  }

  #focusField(name: FieldName): () => HTMLElement | null {
    return () => this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`);
  }

  /** Refused while a field has a problem; else one PUT, whose outcome is shown where it belongs. */
  async #submit(): Promise<void> {
    const client = this.resolvedClient;
    const draft = this.draft;
    if (!client || !draft) return;
    const problems = problemsOf(draft, this.t);
    const first = FIELD_NAMES.find((name) => problems[name]);
    if (first) {
      this.#focusField(first)()?.focus();
      return;
    }
    const settings = fromDraft(draft);
    const loaded = this.ruleData.value!;
    await this.#save.run('', (signal) => client.saveAutoTopUp(settings, { signal }), {
      done: (value) => {
        this.stored = { loaded, value };
        this.editing = false;
        this.serverErrors = {};
        this.savedNote = value.enabled
          ? this.t('autoTopUp.saved', {
              rule: ruleText(value, this.t),
              limit: limitText(value, this.t),
            })
          : this.t('autoTopUp.savedOff');
        return () => this.renderRoot.querySelector<HTMLElement>('[part~="edit-button"]');
      },
      failed: (error) => {
        const known = new Set<string>(FIELD_NAMES);
        this.serverErrors = Object.fromEntries(
          Object.entries(error.fields).filter(([name]) => known.has(name)),
        );
        const field = FIELD_NAMES.find((name) => this.serverErrors[name]);
        if (field) return this.#focusField(field);
        return () =>
          this.renderRoot.querySelector<HTMLElement>('[part~="setup-link"]') ??
          this.#focusField('enabled')();
      },
    });
  }
}
