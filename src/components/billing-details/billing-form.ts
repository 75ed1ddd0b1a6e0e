import { html, nothing, type TemplateResult } from 'lit';
import type { BillingDetails } from '../../api/types.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { placeOrder } from '../../internal/address.js';
import { countries } from '../../internal/countries.js';

/** The form's groups, as a person fills it in: who is billed, how to reach them, where, tax. */
export type Group = 'who' | 'contact' | 'address' | 'tax';

const GROUPS: readonly (readonly [Group, MessageKey])[] = [
  ['who', 'billingDetails.billedTo'],
  ['contact', 'billingDetails.contact'],
  ['address', 'billingDetails.address'],
  ['tax', 'billingDetails.tax'],
];

/** The billing details form, declared once: each field's path in the contract, label and autofill. */
export interface Field {
  /** Path in BillingDetails, as the server's 422 `fields` name it: `address.postalCode`. */
  path: string;
  /** The message of its label. */
  label: MessageKey;
  autocomplete: string;
  type?: 'email' | 'tel' | 'text';
  required?: boolean;
  /** A select of countries (ISO 3166-1 alpha-2) named by the browser. */
  country?: boolean;
  group: Group;
  /**
   * Its width where the form is wide enough for fields side by side: a `line` of its own (the
   * street), a `third` (the place: city, region, postal code), else half a line.
   */
  width?: 'line' | 'third';
}

function address(width: Field['width']): Pick<Field, 'group' | 'width'> {
  return { group: 'address', width };
}

/** In the order shown; the country first in the address: it decides the order of the place fields. */
export const FIELDS: readonly Field[] = [
  {
    path: 'companyName',
    label: 'billingDetails.companyName',
    autocomplete: 'organization',
    group: 'who',
  },
  { path: 'name', label: 'billingDetails.name', autocomplete: 'name', group: 'who' },
  {
    path: 'email',
    label: 'billingDetails.email',
    autocomplete: 'email',
    type: 'email',
    required: true,
    group: 'contact',
  },
  {
    path: 'phone',
    label: 'billingDetails.phone',
    autocomplete: 'tel',
    type: 'tel',
    group: 'contact',
  },
  {
    path: 'address.country',
    label: 'billingDetails.country',
    autocomplete: 'country',
    country: true,
    ...address(undefined),
  },
  {
    path: 'address.line1',
    label: 'billingDetails.addressLine1',
    autocomplete: 'address-line1',
    ...address('line'),
  },
  {
    path: 'address.line2',
    label: 'billingDetails.addressLine2',
    autocomplete: 'address-line2',
    ...address('line'),
  },
  {
    path: 'address.city',
    label: 'billingDetails.city',
    autocomplete: 'address-level2',
    ...address('third'),
  },
  {
    path: 'address.state',
    label: 'billingDetails.state',
    autocomplete: 'address-level1',
    ...address('third'),
  },
  {
    path: 'address.postalCode',
    label: 'billingDetails.postalCode',
    autocomplete: 'postal-code',
    ...address('third'),
  },
  { path: 'taxId', label: 'billingDetails.taxId', autocomplete: 'off', group: 'tax' },
];

export type Draft = Record<string, string>;

/**
 * The fields in the order of the chosen country's addresses: "10115 Berlin" asks for the postal
 * code before the city, the US and India for the city, state, then the code. Only those three
 * move; what is typed stays with its field.
 */
export function fieldsFor(country: string | undefined): Field[] {
  const place = placeOrder(country).map((part) => `address.${part}`);
  const slots = FIELDS.map((f) => place.indexOf(f.path));
  const inPlace = FIELDS.filter((_, i) => slots[i]! >= 0).sort(
    (a, b) => place.indexOf(a.path) - place.indexOf(b.path),
  );
  let next = 0;
  return FIELDS.map((f, i) => (slots[i]! >= 0 ? inPlace[next++]! : f));
}

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

/**
 * An address as the HTML standard's `type=email` takes it (one `@`, no spaces, dot-separated
 * domain labels), letters of any script allowed in the domain (an IDN): the server has the last
 * word, this only catches a slip before anything is sent.
 */
const EMAIL =
  /^[^\s@"(),:;<>[\]\\]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u;

/** Whether the form checks the field itself (the email: required, and an address). */
export const isChecked = (path: string): boolean => path === 'email';

/**
 * What is wrong with one field as typed, in `t`'s language, or '' (the form's own checks: the
 * browser's validation bubbles would speak the browser's language, not the element's).
 */
export function fieldProblem(path: string, value: string, t: Translate): string {
  if (!isChecked(path)) return '';
  const email = value.trim();
  if (!email) return t('billingDetails.emailRequired');
  return EMAIL.test(email) ? '' : t('billingDetails.emailInvalid');
}

/** The problem of every field that has one, by path. */
export function draftProblems(draft: Draft, t: Translate): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const { path } of FIELDS) {
    const problem = fieldProblem(path, draft[path] ?? '', t);
    if (problem) problems[path] = problem;
  }
  return problems;
}

export interface FormState {
  draft: Draft;
  errors: Record<string, string>;
  formError: string;
  saving: boolean;
  locale: string;
  /** The element's messages. */
  t: Translate;
  onInput: (path: string, value: string) => void;
  onSubmit: (e: SubmitEvent) => void;
  onCancel: () => void;
}

/** The form: labelled fields with autofill tokens, each problem (ours, the server's) beside its field. */
export function renderForm(s: FormState): TemplateResult {
  const t = s.t;
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
          <option value="">${t('billingDetails.chooseCountry')}</option>
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
          dir="auto"
          autocomplete=${f.autocomplete}
          aria-required=${f.required ? 'true' : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .value=${s.draft[f.path] ?? ''}
          @input=${input}
        />`;
    return html`<div class=${f.width ? `field ${f.width}` : 'field'}>
      <label for=${id}
        >${t(f.label)}${f.required ? html` <span aria-hidden="true">*</span>` : nothing}</label
      >
      ${control} ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  };
  const fields = fieldsFor(s.draft['address.country']);
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') s.onCancel();
  };
  // novalidate: the checks are ours (fieldProblem), beside each field in the element's language.
  return html`<form class="form" part="form" novalidate @submit=${s.onSubmit} @keydown=${escape}>
    <p class="note muted">${t('billingDetails.formNote')}</p>
    ${s.formError ? html`<p class="alert" role="alert"><span>${s.formError}</span></p>` : nothing}
    ${GROUPS.map(
      ([group, legend]) =>
        html`<fieldset class="fields">
          <legend>${t(legend)}</legend>
          ${fields.filter((f) => f.group === group).map(field)}
        </fieldset>`,
    )}
    <div class="actions">
      <button class="btn btn-primary" type="submit" aria-disabled=${s.saving ? 'true' : 'false'}>
        ${t(s.saving ? 'billingDetails.saving' : 'billingDetails.save')}
      </button>
      <button class="btn" type="button" @click=${s.onCancel}>${t('common.cancel')}</button>
    </div>
  </form>`;
}

/** The id of a field's control, for focusing it. */
export const fieldId = idOf;
