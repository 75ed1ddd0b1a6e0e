import { css } from 'lit';

export const autoTopUpStyles = css`
  /* A backend without the feature (a 404): the element takes no room at all. */
  :host([not-offered]) {
    display: none;
  }
  .base {
    container: auto-top-up / inline-size;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.4rem 1rem;
    /* Each smaller label on its value's first line, not above it. */
    align-items: baseline;
    margin: 0;
  }
  dt {
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd .notice {
    margin-top: 0.25rem;
  }
  .on {
    color: var(--_success);
    font-weight: 700;
  }
  .off {
    font-weight: 700;
  }
  .actions,
  .picks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
  }
  .saved,
  .price,
  .hint,
  .field-error {
    margin: 0;
  }
  .form,
  .fields {
    display: grid;
    gap: 1rem;
  }
  /* auto-fit: in a wide card the three fields share its width (auto-fill left empty columns on
     the right and squeezed the bundles onto two lines). */
  .fields {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.35rem;
    align-content: start;
    min-width: 0;
  }
  label {
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  input:not([type='checkbox']) {
    width: 100%;
    min-width: 0;
    font-variant-numeric: tabular-nums;
  }
  input:disabled {
    color: var(--_muted);
    background: var(--_subtle);
  }
  .check {
    display: inline-flex;
    align-self: start;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-height: 2rem;
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint,
  .field-error,
  .price {
    font-size: var(--_text-sm);
  }
  .field-error {
    color: var(--_danger);
  }
  .pick[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .switch-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .switch-row label {
    font-size: var(--_text-md);
  }
  .switch-row .field-error {
    flex-basis: 100%;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    padding: 0.25rem 0.5rem;
    border: none;
    border-radius: var(--_radius-control);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .track {
    position: relative;
    display: inline-block;
    width: 2.75rem;
    height: 1.5rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_subtle);
  }
  .thumb {
    position: absolute;
    inset-block-start: 0.125rem;
    inset-inline-start: 0.125rem;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: inset-inline-start 0.15s ease;
  }
  .switch[aria-checked='true'] .track {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .switch[aria-checked='true'] .thumb {
    inset-inline-start: 1.375rem;
    background: var(--_on-accent);
  }
  .live:empty {
    display: none;
  }
  .alert > p {
    flex: 1 1 16rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .track {
      border-color: ButtonText;
      background: Canvas;
    }
    .thumb {
      background: ButtonText;
    }
    .switch[aria-checked='true'] .track {
      border-color: Highlight;
      background: Highlight;
    }
    .switch[aria-checked='true'] .thumb {
      background: HighlightText;
    }
    .pick[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
  /* Fields side by side (the form at least two 14rem columns and the gap wide): each field's
     rows are the form's, so a label that wraps onto two lines does not push its input below the
     one beside it. Five rows: a label, the input, then at most three lines under it. */
  @container auto-top-up (min-width: 29rem) {
    /* No gaps between the rows (a field with fewer lines leaves empty ones): the space between
       a field's lines is the lines' own, and between fields the fields' own. */
    .fields {
      row-gap: 0;
      margin-block-end: -1rem;
    }
    .field {
      grid-row: span 5;
      grid-template-rows: subgrid;
      row-gap: 0;
      padding-block-end: 1rem;
    }
    .field > * + * {
      margin-block-start: 0.35rem;
    }
  }
  /* Narrow: each label above its value. */
  @container auto-top-up (max-width: 26rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1rem;
    }
    dd {
      margin-bottom: 0.5rem;
    }
  }
`;
