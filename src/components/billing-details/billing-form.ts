import { html, nothing, type TemplateResult } from 'lit';
import type { BillingDetails } from '../../api/types.js';
import { countries } from '../../internal/countries.js';

/** The billing details form, declared once: each field's path in the contract, label and autofill. */
export interface Field {
  /** Path in BillingDetails, as the server's 422 `fields` name it: `address.postalCode`. */
  path: string;
  label: string;
  autocomplete: string;
  type?: 'email' | 'tel' | 'text';
  required?: boolean;
  /** A select of countries (ISO 3166-1 alpha-2) named by the browser. */
  country?: boolean;
}

export const FIELDS: readonly Field[] = [
  { path: 'companyName', label: 'Company name', autocomplete: 'organization' },
  { path: 'name', label: 'Name', autocomplete: 'name' },
  { path: 'email', label: 'Email', autocomplete: 'email', type: 'email', required: true },
  { path: 'phone', label: 'Phone', autocomplete: 'tel', type: 'tel' },
  { path: 'address.line1', label: 'Address line 1', autocomplete: 'address-line1' },
  { path: 'address.line2', label: 'Address line 2', autocomplete: 'address-line2' },
  { path: 'address.city', label: 'City', autocomplete: 'address-level2' },
  { path: 'address.state', label: 'State or region', autocomplete: 'address-level1' },
  { path: 'address.postalCode', label: 'Postal code', autocomplete: 'postal-code' },
  { path: 'address.country', label: 'Country', autocomplete: 'country', country: true },
  { path: 'taxId', label: 'Tax ID', autocomplete: 'off' },
];

export type Draft = Record<string, string>;

/** The details as the form's flat values. */
export function toDraft(details: BillingDetails | undefined): Draft {
  const draft: Draft = {};
  for (const { path } of FIELDS) {
    const [a, b] = path.split('.') as [string, string | undefined];
    const holder = details as Record<string, unknown> | undefined;
    const value = b ? (holder?.[a] as Record<string, unknown> | undefined)?.[b] : holder?.[a];
    draft[path] = typeof value === 'string' ? value : '';
  }
  return draft;
}

/** The form's values as the contract takes them: trimmed, empty fields left out. */
export function fromDraft(draft: Draft): BillingDetails {
  const details: Record<string, unknown> = { email: (draft.email ?? '').trim() };
  const address: Record<string, string> = {};
  for (const { path } of FIELDS) {
    const value = (draft[path] ?? '').trim();
    if (!value || path === 'email') continue;
    if (path.startsWith('address.')) address[path.slice(8)] = value;
    else details[path] = value;
  }
  if (Object.keys(address).length) details.address = address;
  return details as BillingDetails;
}

const idOf = (path: string) => `field-${path.replace('.', '-')}`;

export interface FormState {
  draft: Draft;
  errors: Record<string, string>;
  formError: string;
  saving: boolean;
  locale: string;
  onInput: (path: string, value: string) => void;
  onSubmit: (e: SubmitEvent) => void;
  onCancel: () => void;
}

/** The form: labelled fields with autofill tokens, each server message beside its field. */
export function renderForm(s: FormState): TemplateResult {
  const field = (f: Field) => {
    const id = idOf(f.path);
    const error = s.errors[f.path];
    const input = (e: Event) => s.onInput(f.path, (e.target as HTMLInputElement).value);
    const control = f.country
      ? html`<select
          id=${id}
          name=${f.path}
          autocomplete=${f.autocomplete}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .value=${s.draft[f.path] ?? ''}
          @change=${input}
        >
          <option value="">Choose a country</option>
          ${countries(s.locale).map(
            (c) =>
              html`<option value=${c.code} ?selected=${c.code === s.draft[f.path]}>
                ${c.name}
              </option>`,
          )}
        </select>`
      : html`<input
          id=${id}
          name=${f.path}
          type=${f.type ?? 'text'}
          autocomplete=${f.autocomplete}
          ?required=${!!f.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .value=${s.draft[f.path] ?? ''}
          @input=${input}
        />`;
    return html`<div class="field">
      <label for=${id}
        >${f.label}${f.required ? html` <span aria-hidden="true">*</span>` : nothing}</label
      >
      ${control} ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  };
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') s.onCancel();
  };
  return html`<form class="form" part="form" @submit=${s.onSubmit} @keydown=${escape}>
    <p class="note muted">
      Invoices from now on use these details; past invoices keep the details they were issued with.
    </p>
    ${s.formError ? html`<p class="alert" role="alert"><span>${s.formError}</span></p>` : nothing}
    <div class="fields">${FIELDS.map(field)}</div>
    <div class="actions">
      <button class="btn btn-primary" type="submit" aria-disabled=${s.saving ? 'true' : 'false'}>
        ${s.saving ? 'Saving…' : 'Save'}
      </button>
      <button class="btn" type="button" @click=${s.onCancel}>Cancel</button>
    </div>
  </form>`;
}

/** The id of a field's control, for focusing it. */
export const fieldId = idOf;
