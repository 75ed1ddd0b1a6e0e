import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Alerts, MonthUsage } from '../../api/types.js';
import { WriteController } from '../../controllers/write-controller.js';
import type { CreditsError } from '../../data/errors.js';
import { userMessage } from '../../data/errors.js';
import '../../i18n/en/alerts.js';
import { flag, optionalBoolean } from '../../internal/attributes.js';
import { hostStyles } from '../../styles/shared.js';
import { creditsForDays } from '../balance/runway.js';
import { CreditsElement } from '../base/credits-element.js';
import {
  daysOf,
  fromDraft,
  isFormPath,
  MAX_RECIPIENTS,
  problems,
  recipientRow,
  RECIPIENTS,
  rowField,
  toDraft,
  type Draft,
  type RecipientRow,
} from './alert-rules.js';
import { controlId, renderForm } from './alerts-form.js';
import { renderAllOff, renderLastSent, renderView, type ViewState } from './alerts-view.js';
import { alertsStyles } from './credits-alerts.styles.js';

/** What the skeleton stands for: the common case (both on, two recipients, sent once). */
const SAMPLE: Alerts = {
  lowBalance: { enabled: true, thresholdCredits: 1500 },
  runway: { enabled: true, days: 7 },
  recipients: ['billing@lumen.example', 'asha.verma@lumen.example'],
  lastSentAt: '2026-11-01T09:00:00Z',
};

const without = (messages: Record<string, string>, field: string) =>
  Object.fromEntries(Object.entries(messages).filter(([key]) => key !== field));

/**
 * Credit alerts: who is e-mailed, and when, before the credits run out (`GET /alerts`, contract
 * 1.1). Everyone reads the two alerts (low balance: below a number of credits; runway: fewer
 * than a number of days left at the recent pace, with what that is in credits today from the
 * same monthly usage as the balance's runway line), the recipients and when an alert was last
 * sent. Admins edit them in place: two switches, two whole numbers and up to 10 recipients,
 * each checked as it is typed; Save sends one `PUT /alerts` and a 422 puts each message beside
 * its field, keeping everything typed.
 *
 * A backend that does not offer alerts (a 1.0 backend: 404) gets nothing: the element draws
 * nothing, fires no `credits-error`, and sets the `not-offered` attribute on itself, with
 * `:host([not-offered]) { display: none }`, so it takes no room in a grid or flex layout.
 *
 * @summary The low-balance and runway e-mail alerts, and their settings for admins.
 *
 * @event {CreditsErrorEvent} credits-error - The alerts could not be loaded (never for a 404: not offered).
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart rules - The two alerts, read-only.
 * @csspart form - The settings form (admins only).
 * @csspart recipients - The list of recipients in the form.
 * @csspart error - The error panel.
 */
export class CreditsAlerts extends CreditsElement {
  static override styles = [hostStyles, alertsStyles];

  /** The user is an admin: the settings can be changed. `admin="false"` is false; absent: the provider's. */
  @property({ converter: optionalBoolean }) @flag admin?: boolean;

  /** The form's values as the admin changed them; unset: the settings as stored. */
  @state() private edited?: Draft;
  /** Fields the admin has changed: their problems show as they type. */
  @state() private touched = new Set<string>();
  /** Save was pressed: every problem shows. */
  @state() private attempted = false;
  /** The server's messages of the last save, by the form's field keys. */
  @state() private serverErrors: Record<string, string> = {};
  @state() private full = false;
  @state() private status = '';
  /** The settings the last save stored (newer than the load's). */
  @state() private saved?: Alerts;
  /** The form's values of the settings as stored, made once per answer. */
  #stored?: { from: Alerts; locale: string; draft: Draft };
  readonly #save = new WriteController(this);

  private readonly alertsData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getAlerts({ signal }),
    peek: (client) => client.peekAlerts(),
    optional: true,
  });

  /** The recent pace, for the runway's credits today (the balance's runway line's request). */
  private readonly usageData = this.load({
    args: () => [],
    run: (client, _args, signal) => client.getMonthlyUsage(4, { signal }),
    peek: (client) => client.peekMonthlyUsage(4),
    quiet: true,
  });

  protected override update(changed: PropertyValues): void {
    // Not offered: nothing drawn, and no room taken (`:host([not-offered])`). Here, not in
    // willUpdate: the loads' controllers have taken in their answers by now.
    if (this.notOffered(this.alertsData)) this.setAttribute('not-offered', '');
    else this.removeAttribute('not-offered');
    super.update(changed);
  }

  /** The form's values: the admin's, else the settings last saved or loaded. */
  private get draft(): Draft | undefined {
    if (this.edited) return this.edited;
    const current = this.saved ?? this.alertsData.value;
    if (!current) return undefined;
    const locale = this.resolvedLocale;
    if (this.#stored?.from !== current || this.#stored.locale !== locale)
      this.#stored = { from: current, locale, draft: toDraft(current, locale) };
    return this.#stored.draft;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.notOffered(this.alertsData)) return nothing;
    return this.renderFrame(
      this.t('alerts.title'),
      this.alertsData.busy,
      this.renderData(this.alertsData, {
        complete: (loaded) => {
          const alerts = this.saved ?? loaded;
          return this.isAdmin ? this.#renderForm(alerts) : renderView(alerts, this.#view());
        },
        pending: () =>
          this.isAdmin
            ? this.#renderForm(SAMPLE, true)
            : renderView(SAMPLE, this.#view(SAMPLE, true)),
        loading: () => this.t('alerts.loading'),
      }),
    );
  }

  #view(alerts?: Alerts, skeleton = false): ViewState {
    const current = alerts ?? this.saved ?? this.alertsData.value;
    return {
      t: this.t,
      locale: this.resolvedLocale,
      equivalent: this.#equivalent(current?.runway.days ?? null, skeleton),
      skeleton,
    };
  }

  /** The monthly usage, once loaded (undefined while loading or when it failed). */
  #months(): MonthUsage[] | undefined {
    return this.usageData.value?.months;
  }

  /** "At the recent pace, that is about 1,100 credits today", or why not, or nothing. */
  #equivalent(days: number | null, skeleton = false): unknown {
    const t = this.t;
    if (skeleton || (this.usageData.busy && !this.usageData.value)) {
      return html`<span class="skeleton-text">${t('alerts.equivalent', { count: 1100 })}</span>`;
    }
    const months = this.#months();
    if (!months || days === null) return nothing;
    const credits = creditsForDays(days, months);
    return credits === null ? t('alerts.noPace') : t('alerts.equivalent', { count: credits });
  }

  /** The problems to show now: as typed for fields touched (all once Save was pressed), else the server's. */
  #errors(): Record<string, string> {
    if (!this.draft) return {};
    const local = problems(this.draft, this.t);
    const shown: Record<string, string> = {};
    for (const [field, message] of Object.entries(this.serverErrors)) shown[field] = message;
    for (const [field, message] of Object.entries(local)) {
      if (this.attempted || this.touched.has(field)) shown[field] = message;
    }
    return shown;
  }

  #renderForm(alerts: Alerts, skeleton = false): TemplateResult {
    const draft = skeleton ? toDraft(alerts, this.resolvedLocale) : this.draft!;
    return renderForm({
      draft,
      errors: skeleton ? {} : this.#errors(),
      formError: skeleton ? '' : this.#formErrorText(),
      status: skeleton ? '' : this.status,
      full: !skeleton && this.full,
      saving: this.#save.busy(),
      equivalent: this.#equivalent(daysOf(draft), skeleton),
      lastSent: renderLastSent(alerts, this.#view(alerts, skeleton)),
      allOff: skeleton ? nothing : renderAllOff(draft.lowOn, draft.runwayOn, this.t),
      skeleton,
      t: this.t,
      onSwitch: (which, on) => this.#change(RECIPIENTS, { ...this.draft!, [which]: on }),
      onField: (which, value) =>
        this.#change(which === 'threshold' ? 'lowBalance.thresholdCredits' : 'runway.days', {
          ...this.draft!,
          [which]: value,
        }),
      onRecipient: (row, value) =>
        this.#change(rowField(row), {
          ...this.draft!,
          recipients: this.draft!.recipients.map((r) => (r === row ? { ...r, value } : r)),
        }),
      onRemove: (row, index) => void this.#remove(row, index),
      onAdd: () => void this.#add(),
      onSubmit: (e) => {
        e.preventDefault();
        void this.#submit();
      },
    });
  }

  /** A field changed: its problems show from now on, and the server's message for it goes. */
  #change(field: string, draft: Draft): void {
    this.edited = draft;
    this.touched = new Set(this.touched).add(field);
    this.serverErrors = without(this.serverErrors, field);
    this.status = '';
  }

  /** A new, empty recipient, focused; refused (and said why) at MAX_RECIPIENTS. */
  async #add(): Promise<void> {
    const draft = this.draft!;
    if (draft.recipients.length >= MAX_RECIPIENTS) {
      this.full = true;
      return;
    }
    const row = recipientRow();
    this.#change(RECIPIENTS, { ...draft, recipients: [...draft.recipients, row] });
    await this.updateComplete;
    this.#focus(rowField(row));
  }

  /** The row goes; the focus moves to the one that takes its place, else the one before, else Add. */
  async #remove(row: RecipientRow, index: number): Promise<void> {
    const rows = this.draft!.recipients.filter((r) => r !== row);
    this.serverErrors = without(this.serverErrors, rowField(row));
    this.full = false;
    this.#change(RECIPIENTS, { ...this.draft!, recipients: rows });
    await this.updateComplete;
    const next = rows[index] ?? rows[index - 1];
    this.#focus(next ? rowField(next) : RECIPIENTS);
  }

  #focus(field: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  /** What went wrong with the save, and the server's messages for fields the form does not have. */
  #formErrorText(): string {
    const error = this.#save.error();
    if (!error)
      return this.attempted && Object.keys(this.#errors()).length ? this.t('alerts.fixFirst') : '';
    const others = Object.entries(error.fields).filter(([path]) => !isFormPath(path));
    return [
      userMessage(error, this.t),
      ...others.map(([field, message]) => this.t('alerts.otherField', { field, message })),
    ].join(' ');
  }

  /** The first field with a message, in the form's order. */
  #firstInvalid(errors: Record<string, string>): string | undefined {
    const order = [
      'lowBalance.thresholdCredits',
      'runway.days',
      ...this.draft!.recipients.map(rowField),
      RECIPIENTS,
    ];
    return order.find((field) => errors[field]);
  }

  /** Sends the settings unless a field is wrong; a 422 puts each message beside its field. */
  async #submit(): Promise<void> {
    const client = this.resolvedClient;
    const draft = this.draft;
    if (!client || !draft || this.#save.busy()) return;
    this.status = '';
    this.attempted = true;
    this.#save.clear();
    const local = problems(draft, this.t);
    if (Object.keys(local).length) {
      await this.updateComplete;
      const first = this.#firstInvalid(local);
      if (first) this.#focus(first);
      return;
    }
    const rows = draft.recipients;
    await this.#save.run('', (signal) => client.saveAlerts(fromDraft(draft), { signal }), {
      done: (stored) => {
        this.saved = stored;
        this.edited = undefined;
        this.touched = new Set();
        this.attempted = false;
        this.serverErrors = {};
        this.full = false;
        this.status = this.t('alerts.saved');
      },
      failed: (error: CreditsError) => {
        this.serverErrors = this.#fieldErrors(error, rows);
        const first = this.#firstInvalid(this.serverErrors);
        return () =>
          first ? this.renderRoot.querySelector<HTMLElement>(`#${controlId(first)}`) : null;
      },
    });
  }

  /** A 422's `fields` by the form's keys: `recipients[2]` is the third row as it was sent. */
  #fieldErrors(error: CreditsError, rows: RecipientRow[]): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(error.fields)) {
      const index = /^recipients\[(\d+)\]$/.exec(path)?.[1];
      const row = index === undefined ? undefined : rows[Number(index)];
      if (row) errors[rowField(row)] = message;
      else if (isFormPath(path) && index === undefined) errors[path] = message;
    }
    return errors;
  }
}
