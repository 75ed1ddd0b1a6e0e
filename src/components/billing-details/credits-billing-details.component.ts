import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WriteController } from '../../controllers/write-controller.js';
import type { BillingDetails } from '../../api/types.js';
import { userMessage } from '../../data/errors.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import { addressLines } from '../../internal/address.js';
import { countryName } from '../../internal/countries.js';
import '../../i18n/en/billing.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import {
  FIELDS,
  fieldId,
  draftProblems,
  fieldProblem,
  fieldsFor,
  fromDraft,
  isChecked,
  renderForm,
  toDraft,
  type Draft,
} from './billing-form.js';
import { billingDetailsStyles } from './credits-billing-details.styles.js';

/**
 * Billing Details: the company or personal name, email, phone, address and tax ID printed on
 * invoices (`GET /billing-details`), read-only for everyone. Admins get Edit: a form with
 * labelled, autofillable fields that saves with `PUT /billing-details`, puts each field's
 * message from a 422 beside it (focus goes to the first), and keeps everything typed on any
 * error. Past invoices keep the details they were issued with.
 *
 * @summary The billing details on invoices, and their form for admins.
 *
 * @event {CreditsErrorEvent} credits-error - The details could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart details - The read-only list.
 * @csspart edit-button - Edit (admins only).
 * @csspart form - The form (admins only).
 * @csspart error - The error panel.
 */
export class CreditsBillingDetails extends CreditsElement {
  static override styles = [hostStyles, billingDetailsStyles];

  /** The user is an admin: Edit is offered. `admin="false"` is false; absent: the provider's. */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  @state() private editing = false;
  @state() private draft: Draft = {};
  @state() private errors: Record<string, string> = {};
  @state() private savedNote = false;
  /** The save: one PUT however often Save is pressed; why it failed, worded when rendered. */
  readonly #save = new WriteController(this);

  private readonly detailsData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getBillingDetails({ signal }),
    peek: (client) => client.peekBillingDetails(),
  });

  /** Opens the form (admins only), filled with the details as they are. */
  async edit(): Promise<void> {
    if (!this.isAdmin || this.editing) return;
    this.draft = toDraft(this.detailsData.value);
    this.errors = {};
    this.#save.clear();
    this.savedNote = false;
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select')?.focus();
  }

  protected override render(): TemplateResult {
    return this.renderFrame(
      this.t('billingDetails.title'),
      this.detailsData.busy,
      this.renderData(this.detailsData, {
        complete: (details) =>
          this.editing && this.isAdmin ? this.#renderForm() : this.#renderDetails(details),
        pending: () => this.#renderSkeleton(),
      }),
    );
  }

  /** The loaded layout of the common case: two lines billed to, three of address. */
  #renderSkeleton(): TemplateResult {
    const t = this.t;
    // Sample details (data, not words): only the country is named in the user's language.
    const india = countryName('IN', this.resolvedLocale);
    const rows: [string, string][] = [
      [t('billingDetails.billedTo'), 'Lumen Events Pvt Ltd\nAsha Verma'],
      [t('billingDetails.email'), 'billing@lumen.example'],
      [t('billingDetails.phone'), '+91 80 1234 5678'],
      [
        t('billingDetails.address'),
        addressLines(
          { line1: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'IN' },
          () => india,
        ).join('\n'),
      ],
      [t('billingDetails.taxId'), '29ABCDE1234F1Z5'],
    ];
    return html`<dl>
        ${rows.map(
          ([label, value]) =>
            html`<dt>${label}</dt>
              <dd><span class="skeleton-text">${value}</span></dd>`,
        )}
      </dl>
      ${
        this.isAdmin
          ? html`<div class="actions">
              <span class="btn skeleton-text">${t('billingDetails.edit')}</span>
            </div>`
          : nothing
      }
      <span class="visually-hidden">${t('billingDetails.loading')}</span>`;
  }

  #renderDetails(d: BillingDetails): TemplateResult {
    const t = this.t;
    const address = addressLines(d.address ?? {}, (code) =>
      countryName(code, this.resolvedLocale),
    ).join('\n');
    const billedTo = [d.companyName, d.name].filter(Boolean).join('\n');
    const empty = !billedTo && !d.email && !d.phone && !address && !d.taxId;
    // No whitespace around the value in <dd>: it keeps its line breaks (white-space: pre-line).
    const notSet = html`<span class="muted">${t('billingDetails.notSet')}</span>`;
    const row = (label: string, value: string | undefined) =>
      html`<dt>${label}</dt>
        <dd dir=${value ? 'auto' : nothing}>${value || notSet}</dd>`;
    return html`${
      empty
        ? html`<p class="empty">${t('billingDetails.empty')}</p>`
        : html`<dl part="details">
            ${row(t('billingDetails.billedTo'), billedTo)}
            ${row(t('billingDetails.email'), d.email)} ${row(t('billingDetails.phone'), d.phone)}
            ${row(t('billingDetails.address'), address)} ${row(t('billingDetails.taxId'), d.taxId)}
          </dl>`
    }
    ${
      this.savedNote
        ? html`<p class="saved" role="status">${t('billingDetails.saved')}</p>`
        : nothing
    }
    ${
      this.isAdmin
        ? html`<div class="actions">
            <button class="btn" type="button" part="edit-button" @click=${() => this.edit()}>
              ${t(empty ? 'billingDetails.add' : 'billingDetails.edit')}
            </button>
          </div>`
        : nothing
    }`;
  }

  #renderForm(): TemplateResult {
    return renderForm({
      draft: this.draft,
      errors: this.#wordedErrors(),
      formError: this.#formErrorText(),
      saving: this.#save.busy(),
      locale: this.resolvedLocale,
      t: this.t,
      onInput: (path, value) => {
        this.draft = { ...this.draft, [path]: value };
        // A field shown wrong is checked again as it is typed, so its message goes once fixed.
        if (this.errors[path]) this.#recheck(path, value);
      },
      onSubmit: (e) => {
        e.preventDefault();
        void this.#submit();
      },
      onCancel: () => void this.#cancel(),
    });
  }

  /** The form's error: what went wrong, and the messages of fields the form does not have. */
  #formErrorText(): string {
    const error = this.#save.error();
    if (!error) return '';
    const known = new Set(FIELDS.map((f) => f.path));
    const others = Object.entries(error.fields).filter(([path]) => !known.has(path));
    return [
      userMessage(error, this.t),
      ...others.map(([field, message]) => this.t('billingDetails.otherField', { field, message })),
    ].join(' ');
  }

  /** Back to the details, the focus on Edit (where the form was opened from). */
  async #cancel(): Promise<void> {
    this.editing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="edit-button"]')?.focus();
  }

  /** The problems shown: ours worded now, in the element's language (it may have changed since). */
  #wordedErrors(): Record<string, string> {
    const errors = { ...this.errors };
    for (const path of Object.keys(errors)) {
      if (isChecked(path))
        errors[path] = fieldProblem(path, this.draft[path] ?? '', this.t) || errors[path]!;
    }
    return errors;
  }

  /** The server's message for a field stays until the next save; ours follows the typing. */
  #recheck(path: string, value: string): void {
    if (!isChecked(path)) return;
    const problem = fieldProblem(path, value, this.t);
    const errors = { ...this.errors };
    if (problem) errors[path] = problem;
    else delete errors[path];
    this.errors = errors;
  }

  /** The first field with a problem, in the order shown. */
  #firstInvalid(): HTMLElement | null {
    const first = fieldsFor(this.draft['address.country']).find((f) => this.errors[f.path]);
    return first ? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(first.path)}`) : null;
  }

  /**
   * Checks the form (our messages, beside each field, the focus on the first), then PUTs it; a
   * 422 puts each message beside its field; nothing typed is ever lost.
   */
  async #submit(): Promise<void> {
    const problems = draftProblems(this.draft, this.t);
    if (Object.keys(problems).length) {
      this.errors = problems;
      this.#save.clear();
      await this.updateComplete;
      this.#firstInvalid()?.focus();
      return;
    }
    const client = this.resolvedClient;
    if (!client) return;
    const details = fromDraft(this.draft);
    return this.#save.run('', (signal) => client.saveBillingDetails(details, { signal }), {
      done: () => {
        this.editing = false;
        this.errors = {};
        this.savedNote = true;
        return () => this.renderRoot.querySelector<HTMLElement>('[part~="edit-button"]');
      },
      failed: (error) => {
        const known = new Set(FIELDS.map((f) => f.path));
        this.errors = Object.fromEntries(
          Object.entries(error.fields).filter(([path]) => known.has(path)),
        );
        return () => this.#firstInvalid();
      },
    });
  }
}
