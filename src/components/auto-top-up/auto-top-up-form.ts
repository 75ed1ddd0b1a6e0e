import { html, nothing, type TemplateResult } from 'lit';
import type { AutoTopUpSettings } from '../../api/types.js';
import type { Translate } from '../../i18n/keys.js';
import { formatInteger } from '../../internal/format.js';
import { BUNDLES, MIN_CREDITS, parseAmount } from '../top-up/bundles.js';

/** The fields of the rule, named as the contract (and a 422's `fields`) name them. */
export type FieldName = 'enabled' | 'thresholdCredits' | 'topUpCredits' | 'monthlyLimit';
export const FIELD_NAMES: readonly FieldName[] = [
  'enabled',
  'thresholdCredits',
  'topUpCredits',
  'monthlyLimit',
];

/** The form as typed: numbers are kept as the user wrote them until Save. */
export interface Draft {
  enabled: boolean;
  threshold: string;
  credits: string;
  limit: string;
  noLimit: boolean;
}

export type Problems = Partial<Record<FieldName, string>>;

export function toDraft(rule: AutoTopUpSettings, locale: string): Draft {
  return {
    enabled: rule.enabled,
    threshold: formatInteger(rule.thresholdCredits, locale),
    credits: formatInteger(rule.topUpCredits, locale),
    limit: rule.monthlyLimit === null ? '' : formatInteger(rule.monthlyLimit, locale),
    noLimit: rule.monthlyLimit === null,
  };
}

/** The draft as the contract takes it; call only when `problemsOf(draft)` is empty. */
export function fromDraft(draft: Draft): AutoTopUpSettings {
  return {
    enabled: draft.enabled,
    thresholdCredits: parseAmount(draft.threshold),
    topUpCredits: parseAmount(draft.credits),
    monthlyLimit: draft.noLimit ? null : parseAmount(draft.limit),
  };
}

/** What is wrong with a whole number typed (read like the purchase dialog's amount), or null. */
function wholeProblem(typed: string, min: number, t: Translate, tooFew: () => string) {
  if (!typed.trim()) return t('autoTopUp.empty');
  const value = parseAmount(typed);
  if (Number.isNaN(value)) return t('autoTopUp.notWhole');
  if (!Number.isSafeInteger(value)) return t('autoTopUp.tooLarge');
  return value < min ? tooFew() : null;
}

/** Each field's problem as typed, in the element's words: checked on every keystroke. */
export function problemsOf(draft: Draft, t: Translate): Problems {
  const problems: Problems = {};
  const threshold = wholeProblem(draft.threshold, 0, t, () => '');
  if (threshold) problems.thresholdCredits = threshold;
  const credits = wholeProblem(draft.credits, MIN_CREDITS, t, () =>
    t('autoTopUp.buyAtLeast', { count: MIN_CREDITS }),
  );
  if (credits) problems.topUpCredits = credits;
  if (!draft.noLimit) {
    const limit = wholeProblem(draft.limit, 1, t, () => t('autoTopUp.atLeast', { min: 1 }));
    if (limit) problems.monthlyLimit = limit;
  }
  return problems;
}

export const fieldId = (name: FieldName) => `field-${name}`;

export interface FormState {
  draft: Draft;
  /** Each field's message: its problem as typed, else the server's (a 422). */
  errors: Problems;
  /** The form's alert: what went wrong, the server's messages for other fields. */
  formError: unknown;
  /** Turning it on buys at once (the threshold is above the balance): the warning. */
  startsNow: string;
  /** The price of one top-up as typed, when the cost is shown. */
  price: string | null;
  saving: boolean;
  /** A field has a problem as typed: Save is refused until it is fixed. */
  blocked: boolean;
  locale: string;
  t: Translate;
  onChange: (change: Partial<Draft>) => void;
  onSubmit: (e: SubmitEvent) => void;
  onCancel: () => void;
}

/** The rule's form: a switch, three whole numbers with their messages beside them, Save. */
export function renderForm(s: FormState): TemplateResult {
  const t = s.t;
  const described = (name: FieldName, hint: boolean) =>
    s.errors[name] ? `${fieldId(name)}-error` : hint ? `${fieldId(name)}-hint` : nothing;
  const note = (name: FieldName, hint: string) =>
    s.errors[name]
      ? html`<p class="field-error" id=${`${fieldId(name)}-error`}>${s.errors[name]}</p>`
      : html`<p class="hint muted" id=${`${fieldId(name)}-hint`}>${hint}</p>`;
  const number = (name: FieldName, key: 'threshold' | 'credits' | 'limit', disabled = false) =>
    html`<input
      id=${fieldId(name)}
      name=${name}
      inputmode="numeric"
      autocomplete="off"
      ?disabled=${disabled}
      aria-invalid=${s.errors[name] ? 'true' : 'false'}
      aria-describedby=${described(name, true)}
      .value=${s.draft[key]}
      @input=${(e: Event) => s.onChange({ [key]: (e.target as HTMLInputElement).value })}
    />`;
  const typed = parseAmount(s.draft.credits);
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') s.onCancel();
  };
  return html`<form class="form" part="form" novalidate @submit=${s.onSubmit} @keydown=${escape}>
    <div class="switch-row">
      <label for=${fieldId('enabled')}>${t('autoTopUp.enabled')}</label>
      <button
        id=${fieldId('enabled')}
        class="switch"
        part="switch"
        type="button"
        role="switch"
        aria-checked=${s.draft.enabled ? 'true' : 'false'}
        aria-invalid=${s.errors.enabled ? 'true' : 'false'}
        aria-describedby=${described('enabled', false)}
        @click=${() => s.onChange({ enabled: !s.draft.enabled })}
      >
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span class="switch-state" aria-hidden="true"
          >${t(s.draft.enabled ? 'autoTopUp.on' : 'autoTopUp.off')}</span
        >
      </button>
      ${
        s.errors.enabled
          ? html`<p class="field-error" id=${`${fieldId('enabled')}-error`}>${s.errors.enabled}</p>`
          : nothing
      }
    </div>
    <div class="fields">
      <div class="field">
        <label for=${fieldId('thresholdCredits')}>${t('autoTopUp.threshold')}</label>
        ${number('thresholdCredits', 'threshold')}
        ${note('thresholdCredits', t('autoTopUp.thresholdHint'))}
      </div>
      <div class="field">
        <label for=${fieldId('topUpCredits')}>${t('autoTopUp.topUpCredits')}</label>
        ${number('topUpCredits', 'credits')}
        <div class="picks" role="group" aria-label=${t('autoTopUp.bundles')}>
          ${BUNDLES.map(
            (b) =>
              html`<button
                class="btn small pick"
                type="button"
                aria-pressed=${typed === b.credits ? 'true' : 'false'}
                @click=${() => s.onChange({ credits: formatInteger(b.credits, s.locale) })}
              >
                ${formatInteger(b.credits, s.locale)}
              </button>`,
          )}
        </div>
        ${note('topUpCredits', t('autoTopUp.topUpHint', { min: MIN_CREDITS }))}
        ${
          s.price && !s.errors.topUpCredits
            ? html`<p class="price" part="price">
                ${t('autoTopUp.eachCosts', { price: s.price })}
              </p>`
            : nothing
        }
      </div>
      <div class="field">
        <label for=${fieldId('monthlyLimit')}>${t('autoTopUp.monthlyLimit')}</label>
        ${number('monthlyLimit', 'limit', s.draft.noLimit)}
        <label class="check">
          <input
            type="checkbox"
            name="noLimit"
            .checked=${s.draft.noLimit}
            @change=${(e: Event) => s.onChange({ noLimit: (e.target as HTMLInputElement).checked })}
          />
          ${t('autoTopUp.noLimitLabel')}
        </label>
        ${note('monthlyLimit', t('autoTopUp.monthlyLimitHint'))}
      </div>
    </div>
    <div class="live" aria-live="polite">
      ${s.startsNow ? html`<p class="notice" part="starts-now">${s.startsNow}</p>` : nothing}
    </div>
    ${
      s.formError
        ? html`<div class="alert" role="alert" part="form-error">${s.formError}</div>`
        : nothing
    }
    <div class="actions">
      <button
        class="btn btn-primary"
        type="submit"
        part="save-button"
        aria-disabled=${s.saving || s.blocked ? 'true' : 'false'}
      >
        ${t(s.saving ? 'autoTopUp.saving' : 'autoTopUp.save')}
      </button>
      <button class="btn" type="button" @click=${s.onCancel}>${t('common.cancel')}</button>
    </div>
  </form>`;
}
