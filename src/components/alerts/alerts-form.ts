import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/keys.js';
import {
  DAYS,
  MAX_RECIPIENTS,
  RECIPIENTS,
  rowField,
  THRESHOLD,
  type Draft,
  type RecipientRow,
} from './alert-rules.js';

/** What the admin's form shows, and what it calls back. */
export interface FormState {
  draft: Draft;
  /** The message to show beside each field (by the keys of `problems`), if any. */
  errors: Record<string, string>;
  /** The form's own error (a failed save, fields it does not have). */
  formError: string;
  /** Said in the form's status region once a save went through. */
  status: string;
  /** Add was pressed at MAX_RECIPIENTS: its refusal is said. */
  full: boolean;
  saving: boolean;
  /** The runway's "about N credits today" line (or why there is none), under the days. */
  equivalent: unknown;
  /** The last-sent line, as the read-only view draws it. */
  lastSent: unknown;
  /** Said when both alerts are off (none is e-mailed). */
  allOff: unknown;
  /** Drawn as the loading skeleton: the same boxes, nothing to operate. */
  skeleton?: boolean;
  t: Translate;
  onSwitch: (which: 'lowOn' | 'runwayOn', on: boolean) => void;
  onField: (which: 'threshold' | 'days', value: string) => void;
  onRecipient: (row: RecipientRow, value: string) => void;
  onRemove: (row: RecipientRow, index: number) => void;
  onAdd: () => void;
  onSubmit: (e: SubmitEvent) => void;
}

/** The id of a field's control (THRESHOLD, DAYS, a row's key), for labels and focus. */
export function controlId(field: string): string {
  if (field === THRESHOLD) return 'threshold';
  if (field === DAYS) return 'days';
  if (field === RECIPIENTS) return 'add-recipient';
  return field;
}

/** The admin's form: two switches, two whole numbers, the recipients, Save. */
export function renderForm(s: FormState): TemplateResult {
  const { t, draft, errors, skeleton } = s;
  const text = (words: string) =>
    skeleton ? html`<span class="skeleton-text">${words}</span>` : words;
  const errorOf = (field: string) => {
    const message = errors[field];
    return message && !skeleton
      ? html`<p class="field-error" id=${`${controlId(field)}-error`}>${message}</p>`
      : nothing;
  };
  const described = (field: string, ...more: string[]) => {
    const ids = [...(errors[field] ? [`${controlId(field)}-error`] : []), ...more];
    return ids.length ? ids.join(' ') : nothing;
  };

  const toggle = (which: 'lowOn' | 'runwayOn', label: string) =>
    html`<div class="switch-row">
      ${
        skeleton
          ? html`<span class="switch skeleton-text"></span>`
          : html`<input
              class="switch"
              type="checkbox"
              role="switch"
              id=${which}
              aria-checked=${draft[which] ? 'true' : 'false'}
              .checked=${draft[which]}
              @change=${(e: Event) => s.onSwitch(which, (e.target as HTMLInputElement).checked)}
            />`
      }
      <label for=${which} class="switch-label">${label}</label>
    </div>`;

  const number = (field: string, which: 'threshold' | 'days', label: string, hint?: unknown) => {
    const id = controlId(field);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${
        skeleton
          ? html`<span class="input number skeleton-text"></span>`
          : html`<input
              class="number"
              id=${id}
              name=${field}
              inputmode="numeric"
              autocomplete="off"
              aria-invalid=${errors[field] ? 'true' : 'false'}
              aria-describedby=${described(field, ...(hint ? [`${id}-hint`] : []))}
              .value=${draft[which]}
              @input=${(e: Event) => s.onField(which, (e.target as HTMLInputElement).value)}
            />`
      }
      ${errorOf(field)}
      ${hint ? html`<p class="hint muted" id=${`${id}-hint`}>${hint}</p>` : nothing}
    </div>`;
  };

  const count = draft.recipients.length;
  const recipient = (row: RecipientRow, index: number) => {
    const field = rowField(row);
    const n = index + 1;
    return html`<li class="recipient">
      <label for=${field} class="visually-hidden">${t('alerts.recipient', { index: n })}</label>
      <div class="recipient-row">
        ${
          skeleton
            ? html`<span class="input skeleton-text">${row.value}</span>
                <span class="btn small skeleton-text">${t('alerts.remove')}</span>`
            : html`<input
                  id=${field}
                  name=${`recipients[${index}]`}
                  type="email"
                  dir="auto"
                  autocomplete="email"
                  aria-invalid=${errors[field] ? 'true' : 'false'}
                  aria-describedby=${described(field)}
                  .value=${row.value}
                  @input=${(e: Event) => s.onRecipient(row, (e.target as HTMLInputElement).value)}
                />
                <button
                  class="btn small"
                  type="button"
                  aria-label=${t('alerts.removeRecipient', { index: n })}
                  @click=${() => s.onRemove(row, index)}
                >
                  ${t('alerts.remove')}
                </button>`
        }
      </div>
      ${errorOf(field)}
    </li>`;
  };

  const hint = s.full
    ? t('alerts.recipientsFull', { count: MAX_RECIPIENTS })
    : t('alerts.recipientsHint', { count: MAX_RECIPIENTS });
  const body = html`
    <div class="rule">
      ${toggle('lowOn', t('alerts.lowBalance'))}
      ${number(THRESHOLD, 'threshold', t('alerts.threshold'))}
    </div>
    <div class="rule">
      ${toggle('runwayOn', t('alerts.runway'))}
      ${number(DAYS, 'days', t('alerts.days'), s.equivalent)}
    </div>
    ${s.allOff}
    <fieldset class="recipients" aria-describedby=${described(RECIPIENTS, 'recipients-hint')}>
      <legend>${t('alerts.recipients')}</legend>
      ${
        count
          ? html`<ul class="recipient-list" part="recipients">
              ${draft.recipients.map(recipient)}
            </ul>`
          : nothing
      }
      <div class="add-row">
        ${
          skeleton
            ? html`<span class="btn small skeleton-text">${t('alerts.add')}</span>`
            : html`<button
                class="btn small"
                type="button"
                id="add-recipient"
                aria-disabled=${count >= MAX_RECIPIENTS ? 'true' : 'false'}
                aria-describedby="recipients-hint"
                @click=${s.onAdd}
              >
                ${t('alerts.add')}
              </button>`
        }
        <p class="hint muted" id="recipients-hint" aria-live="polite">${text(hint)}</p>
      </div>
      ${errorOf(RECIPIENTS)}
    </fieldset>
    ${s.lastSent}
    ${s.formError ? html`<p class="alert" role="alert"><span>${s.formError}</span></p>` : nothing}
    <div class="actions">
      ${
        skeleton
          ? html`<span class="btn btn-primary skeleton-text">${t('alerts.save')}</span>`
          : html`<button
              class="btn btn-primary"
              type="submit"
              aria-disabled=${s.saving ? 'true' : 'false'}
            >
              ${t(s.saving ? 'alerts.saving' : 'alerts.save')}
            </button>`
      }
      <p class="status" role=${skeleton ? nothing : 'status'}>${s.status}</p>
    </div>
  `;
  return skeleton
    ? html`<div class="form">${body}</div>`
    : html`<form class="form" part="form" novalidate @submit=${s.onSubmit}>${body}</form>`;
}
