import { initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BreakdownBy, UsageBreakdown } from '../../api/types.js';
import '../../i18n/en/breakdown.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import { renderBreakdown, type ViewContext } from './breakdown-view.js';
import { breakdownStyles } from './credits-usage-breakdown.styles.js';
import {
  DEFAULT_LIMIT,
  groupingOf,
  GROUPINGS,
  limitOf,
  MAX_MONTHS,
  presetOf,
  presetRange,
  PRESETS,
  rangeProblems,
  type PeriodChoice,
  type Range,
  type RangeProblem,
} from './period.js';

/** What the skeleton stands for: a full list of groups (DEFAULT_LIMIT) and an "Other" line. */
const SAMPLE: UsageBreakdown = {
  items: [
    { key: 1, label: 'Sharma–Kapoor Wedding', credits: 12400, transactions: 124 },
    { key: 2, label: 'Annual Day 2026', credits: 8300, transactions: 83 },
    { key: 3, label: 'Campus Portraits', credits: 5100, transactions: 51 },
    { key: 4, label: 'Marathon Finish', credits: 2600, transactions: 26 },
    { key: 5, label: 'Product Shoot', credits: 1200, transactions: 12 },
  ],
  other: { credits: 900, transactions: 9, groups: 7 },
  total: { credits: 30500, transactions: 305 },
};

/** The skeleton of `limit` groups: the sample's, repeated. */
const sample = (limit: number): UsageBreakdown => ({
  ...SAMPLE,
  items: Array.from({ length: limit }, (_, i) => SAMPLE.items[i % SAMPLE.items.length]!),
});

const BY_LABEL: Record<BreakdownBy, MessageKey> = {
  event: 'breakdown.byEvent',
  user: 'breakdown.byUser',
  type: 'breakdown.byType',
};

/** A period's name in the control: `last-3-months` is "Last {count} months" with 3. */
const periodLabel = (period: PeriodChoice, t: Translate): string => {
  switch (period) {
    case 'this-month':
      return t('breakdown.thisMonth');
    case 'last-month':
      return t('breakdown.lastMonth');
    case 'last-3-months':
      return t('breakdown.lastMonths', { count: 3 });
    case 'last-12-months':
      return t('breakdown.lastMonths', { count: 12 });
    default:
      return t('breakdown.custom');
  }
};

const PROBLEM: Record<RangeProblem['problem'], (field: 'from' | 'to') => MessageKey> = {
  invalid: (field) => (field === 'from' ? 'breakdown.fromInvalid' : 'breakdown.toInvalid'),
  order: () => 'breakdown.order',
  tooLong: () => 'breakdown.tooLong',
};

/**
 * Where the credits went in a period (`GET /usage/breakdown`, contract 1.1): the largest groups
 * of one grouping (events, users or types) as a ranked list, each with its credits, its share of
 * the period's total (written, and drawn as a bar) and its number of runs; everything else as
 * one "Other" line; and the period's total. The grouping and the period (this month, last month,
 * the last 3 or 12 months, or two dates of at most 24 months) are chosen in the element; months
 * are the user's local calendar months. An event's name fires `credits-event-open`, as in the
 * usage table.
 *
 * A backend that does not offer the breakdown (a 1.0 backend: 404) gets nothing: the element
 * draws nothing, fires no `credits-error`, and sets the `not-offered` attribute on itself, with
 * `:host([not-offered]) { display: none }`.
 *
 * @summary Where the credits went in a period, by event, user or type.
 *
 * @event {CreditsEventOpenEvent} credits-event-open - An event's name was activated; `detail` has `eventId`, `eventName`, `href`, and the period shown as `from` and `to`. Cancelable: cancel it to route within your app instead of following `event-href`.
 * @event {CreditsErrorEvent} credits-error - The breakdown could not be loaded (never for a 404: not offered).
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart controls - The grouping and period controls.
 * @csspart list - The ranked list of groups.
 * @csspart row - A group's line (the "Other" line is also `other`).
 * @csspart other - The line of everything beyond the largest groups.
 * @csspart total - The period's total.
 * @csspart empty - What it says for a period without usage.
 * @csspart notice - What it says while the custom dates are wrong (nothing is asked).
 * @csspart error - The error panel.
 *
 * @cssprop --credits-color-accent - The bars.
 */
export class CreditsUsageBreakdown extends CreditsElement {
  static override styles = [hostStyles, breakdownStyles];

  // The union written out (not BreakdownBy): the framework typings are generated from it.
  /** How the credits are grouped: `event` (the default), `user` or `type`. Also set by its control. */
  @property() by: 'event' | 'user' | 'type' = 'event';

  /** The period's first day (`YYYY-MM-DD`); with `to`, a custom period. Absent: this month. */
  @property() from = '';

  /** The period's last day (`YYYY-MM-DD`), inclusive; at most 24 months after `from`. */
  @property() to = '';

  /** How many groups are listed (1 to 50, default 5); the rest are one "Other" line. */
  @property({ type: Number }) limit: number = DEFAULT_LIMIT;

  /** Where an event's name leads, `{id}` replaced by the event ID, unless `credits-event-open` is cancelled. */
  @property({ attribute: 'event-href' }) eventHref = '';

  /** The period the user chose in the control; unset: the one `from`/`to` say. */
  @state() private choice?: PeriodChoice;

  /** `from`/`to` are being set by the element's own date fields (not a new period from outside). */
  #ownEdit = false;

  private readonly breakdown = this.load({
    args: () => {
      const { from, to } = this.#range;
      return [groupingOf(this.by), from, to, limitOf(this.limit), this.#problems.length] as const;
    },
    run: (client, [by, from, to, limit, problems], signal) =>
      problems
        ? Promise.resolve(initialState)
        : client.getUsageBreakdown({ by, from, to, limit }, { signal }),
    peek: (client, [by, from, to, limit, problems]) =>
      problems ? undefined : client.peekUsageBreakdown({ by, from, to, limit }),
    optional: true,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new `from`/`to` from outside (an attribute, a framework) is the period from now on.
    if ((changed.has('from') || changed.has('to')) && !this.#ownEdit) this.choice = undefined;
    this.#ownEdit = false;
  }

  protected override update(changed: PropertyValues): void {
    // Here, not in willUpdate: the load's controller has taken in its answer by now.
    if (this.notOffered(this.breakdown)) this.setAttribute('not-offered', '');
    else this.removeAttribute('not-offered');
    super.update(changed);
  }

  /** The period shown in the control. */
  get #period(): PeriodChoice {
    if (this.choice) return this.choice;
    if (!this.from && !this.to) return 'this-month';
    return presetOf({ from: this.from, to: this.to }) ?? 'custom';
  }

  get #range(): Range {
    const period = this.#period;
    return period === 'custom' ? { from: this.from, to: this.to } : presetRange(period);
  }

  get #problems(): RangeProblem[] {
    return this.#period === 'custom' ? rangeProblems(this.from, this.to) : [];
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.notOffered(this.breakdown)) return nothing;
    const problems = this.#problems;
    const view = (skeleton: boolean): ViewContext => ({
      t: this.t,
      locale: this.resolvedLocale,
      by: groupingOf(this.by),
      eventHref: this.eventHref,
      host: this,
      range: this.#range,
      skeleton,
    });
    return this.renderFrame(
      this.t('breakdown.title'),
      !problems.length && this.breakdown.busy,
      html`${this.#renderControls(problems)}
      ${
        problems.length
          ? html`<p class="notice" part="notice">${this.t('breakdown.fixRange')}</p>`
          : this.renderData(this.breakdown, {
              complete: (data) =>
                data.items.length === 0 && data.total.credits === 0
                  ? html`<p class="empty" part="empty">${this.t('breakdown.empty')}</p>`
                  : renderBreakdown(data, view(false)),
              pending: () => renderBreakdown(sample(limitOf(this.limit)), view(true)),
              loading: () => this.t('breakdown.loading'),
            })
      }`,
    );
  }

  #renderControls(problems: RangeProblem[]): TemplateResult {
    const t = this.t;
    const by = groupingOf(this.by);
    const period = this.#period;
    const pickBy = (e: Event) => {
      this.by = groupingOf((e.target as HTMLInputElement).value);
    };
    // Attributes as well as properties: a server's HTML shows the choices before any script.
    const pickPeriod = (e: Event) => {
      const value = (e.target as HTMLSelectElement).value as PeriodChoice;
      if (value === 'custom' && period !== 'custom') {
        // The custom range starts as the period shown, to be changed from there.
        const { from, to } = this.#range;
        this.#setRange(from, to);
      }
      this.choice = value;
    };
    return html`<div class="controls" part="controls">
      <fieldset class="by">
        <legend>${t('breakdown.groupBy')}</legend>
        <div class="segments">
          ${GROUPINGS.map(
            (value) =>
              html`<label class="segment"
                ><input
                  type="radio"
                  name="by"
                  value=${value}
                  ?checked=${value === by}
                  .checked=${value === by}
                  @change=${pickBy}
                /><span>${t(BY_LABEL[value])}</span></label
              >`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="period">${t('breakdown.period')}</label>
        <select id="period" @change=${pickPeriod}>
          ${[...PRESETS, 'custom' as const].map(
            (value) =>
              html`<option
                value=${value}
                ?selected=${value === period}
                .selected=${value === period}
              >
                ${periodLabel(value, t)}
              </option>`,
          )}
        </select>
      </div>
      ${
        period === 'custom'
          ? html`${this.#dateField('from', problems)}${this.#dateField('to', problems)}`
          : nothing
      }
    </div>`;
  }

  #dateField(field: 'from' | 'to', problems: RangeProblem[]): TemplateResult {
    const problem = problems.find((p) => p.field === field);
    const set = (e: Event) => {
      const value = (e.target as HTMLInputElement).value.trim();
      if (field === 'from') this.#setRange(value, this.to);
      else this.#setRange(this.from, value);
    };
    return html`<div class="field">
      <label for=${field}>${this.t(field === 'from' ? 'breakdown.from' : 'breakdown.to')}</label>
      <input
        id=${field}
        type="date"
        value=${this[field]}
        .value=${this[field]}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${field}-problem` : nothing}
        @change=${set}
      />
      ${
        problem
          ? html`<span class="field-error" id="${field}-problem"
              >${this.t(PROBLEM[problem.problem](field), { count: MAX_MONTHS })}</span
            >`
          : nothing
      }
    </div>`;
  }

  #setRange(from: string, to: string): void {
    this.#ownEdit = true;
    this.from = from;
    this.to = to;
    this.choice = 'custom';
  }
}
