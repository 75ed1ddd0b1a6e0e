import { css } from 'lit';

export const billingDetailsStyles = css`
  .base {
    container: billing-details / inline-size;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.4rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  /* Values are the customer's own text, each in its own direction (dir="auto": a phone number
     or a Latin address stays in order on an Arabic page), aligned with the list. */
  dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .form {
    display: grid;
    gap: 1.25rem;
    max-width: 44rem;
  }
  /* One group per step of filling it in (who, contact, address, tax), each a grid of six
     columns: two fields side by side, a line of its own (the street), or three (the place). */
  .fields {
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: 0.75rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  legend {
    float: inline-start;
    grid-column: 1 / -1;
    width: 100%;
    margin: 0;
    padding: 0;
    font-size: var(--_text-md);
    font-weight: 700;
  }
  .fields > .field {
    grid-column: span 3;
  }
  .fields > .line {
    grid-column: 1 / -1;
  }
  .fields > .third {
    grid-column: span 2;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }
  label {
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  /* As wide as their column, never wider: a select is as wide as its longest country. */
  input,
  select {
    width: 100%;
    min-width: 0;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  .note {
    margin: 0;
    font-size: var(--_text-sm);
  }
  /* No details yet: said in the size of every widget's empty state (Payments' beside it). */
  .empty {
    margin: 0;
  }
  .saved {
    margin: 0;
  }
  /* A phone: one field a line, in the order of the groups. */
  @container billing-details (max-width: 30rem) {
    .fields > .field {
      grid-column: 1 / -1;
    }
  }
  /* Narrow: each label above its value, so values are not broken mid-word. */
  @container billing-details (max-width: 26rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1rem;
    }
    dd {
      margin-bottom: 0.5rem;
    }
  }
`;
