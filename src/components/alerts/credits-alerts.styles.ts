import { css } from 'lit';

export const alertsStyles = css`
  /* A backend without alerts (404): nothing drawn, and no room or grid gap taken. */
  :host([not-offered]) {
    display: none;
  }
  .base {
    container: alerts / inline-size;
  }
  p {
    margin: 0;
  }
  .rules,
  .addresses,
  .recipient-list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .addresses {
    gap: 0.25rem;
  }
  .addresses li,
  .recipient-list input {
    overflow-wrap: anywhere;
  }
  .rule-view {
    display: grid;
    gap: 0.25rem;
  }
  .rule-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  .badge.on {
    color: var(--_success);
    border-color: currentColor;
  }
  .badge.off {
    color: var(--_muted);
  }
  .hint,
  .note {
    font-size: var(--_text-sm);
  }
  .meta {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.4rem 1rem;
    /* The smaller label on its value's line, not above it. */
    align-items: baseline;
    margin: 0;
  }
  /* The recipients and the last-sent line are one list: their values start on one line. The
     last-sent term keeps the room a list of its own had above it (the card's 1rem gap). */
  .last-sent {
    display: contents;
  }
  dd + .last-sent > * {
    margin-block-start: 0.6rem;
  }
  dt {
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .form {
    display: grid;
    gap: 1rem;
  }
  .rule {
    display: grid;
    gap: 0.75rem;
    padding-block-end: 1rem;
    border-block-end: 1px solid var(--_border);
  }
  .switch-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .switch-label {
    font-weight: 600;
  }
  /* A real checkbox with role="switch": a track and a knob that moves to the end when on. */
  .switch {
    appearance: none;
    position: relative;
    flex: none;
    display: inline-block;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0.2rem;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_muted);
    transform: translateY(-50%);
    transition: inset-inline-start 0.15s ease;
  }
  .switch:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .switch:checked::before {
    inset-inline-start: calc(100% - 1.2rem);
    background: var(--_on-accent);
  }
  /* The loading switch is one bar the switch's size, like every other skeleton: not the knob
     (in the muted colour, the darkest thing in the skeleton) floating without its track. */
  .switch.skeleton-text::before {
    inset: 0;
    width: auto;
    height: auto;
    border-radius: 999px;
    background: var(--_skeleton);
    transform: none;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }
  .field label {
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  .number {
    display: block;
    width: 100%;
    max-width: 10rem;
    min-height: 2.5rem;
  }
  .input {
    display: block;
    min-height: 2.5rem;
    width: 100%;
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  fieldset {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  legend {
    padding: 0;
    margin-block-end: 0.75rem;
    font-weight: 600;
  }
  .recipient-list {
    grid-template-columns: minmax(0, 1fr);
  }
  .recipient {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .recipient-row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  /* The address takes the room the Remove button leaves, never pushing it out of a narrow card. */
  .recipient-row input,
  .recipient-row .input {
    flex: 1 1 0;
    width: 0;
    min-width: 0;
    max-width: 28rem;
  }
  .recipient-row .btn {
    flex: none;
  }
  .add-row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .status:empty {
    display: none;
  }
  .status {
    color: var(--_success);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    .switch::before {
      transition: none;
    }
  }
  /* Narrow: each label above its value. */
  @container alerts (max-width: 26rem) {
    .meta {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1rem;
    }
    dd + .last-sent > dt {
      margin-block-start: 0.9rem;
    }
    dd + .last-sent > dd {
      margin-block-start: 0;
    }
  }
  @media (forced-colors: active) {
    .switch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .switch::before {
      background: CanvasText;
    }
    .switch:checked {
      border-color: Highlight;
      background: Highlight;
    }
    .switch:checked::before {
      background: HighlightText;
    }
    .switch:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
