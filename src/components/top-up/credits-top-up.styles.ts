import { css } from 'lit';

export const topUpStyles = css`
  /* Its top stays put from step to step (a centred dialog would jump as its height changes):
     it grows and shrinks downwards only. */
  dialog {
    --_top: clamp(1rem, 6dvh, 4rem);
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - var(--_top) - 1rem);
    margin-block: var(--_top) auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 16px 48px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .body {
    display: grid;
    gap: 1rem;
  }
  /* The title and its step beside Close, at the top corner. */
  .head {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  h2 {
    margin: 0;
    font-size: var(--_text-lg);
  }
  .step {
    grid-column: 1 / -1;
    margin: 0;
    font-size: var(--_text-sm);
  }
  .close {
    min-width: 2.5rem;
    padding: 0;
    border-color: transparent;
    font-size: var(--_text-xl);
    font-weight: 400;
    line-height: 1;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: none;
  }
  /* No padding: a legend's default 2px would set the question off the bundles' edge. */
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .bundle {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.1rem 0.6rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    cursor: pointer;
  }
  .bundle:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .bundle .amount {
    font-weight: 600;
  }
  .bundle .price {
    font-variant-numeric: tabular-nums;
  }
  .bundle .suits {
    grid-column: 2 / -1;
    font-size: var(--_text-sm);
  }
  .custom,
  .helper {
    display: grid;
    gap: 0.25rem;
  }
  .custom {
    padding-inline-start: 2rem;
  }
  label[for] {
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  input:not([type='radio']) {
    max-width: 14rem;
  }
  .custom p,
  .helper p {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .field-error {
    color: var(--_danger);
  }
  /* On a phone the labels wrap, never the figures ("$36.00 (USD)" on one line). */
  .review {
    display: grid;
    grid-template-columns: minmax(0, max-content) 1fr;
    gap: 0.4rem 1rem;
    margin: 0;
  }
  .review dt {
    color: var(--_muted);
  }
  .review dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .review .total {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  .alert span {
    flex: 1 1 16rem;
  }
  @media (forced-colors: active) {
    .bundle:has(input:checked) {
      border: 2px solid Highlight;
    }
  }
`;
