import { css } from 'lit';

export const breakdownStyles = css`
  /* A backend without the feature (a 404): the element takes no room at all. */
  :host([not-offered]) {
    display: none;
  }
  .base {
    container: usage-breakdown / inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.35rem;
  }
  .field {
    display: grid;
    gap: 0.35rem;
    align-content: start;
    min-width: 0;
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_text-sm);
    max-inline-size: 14rem;
  }
  /* A segmented control of real radios: arrows move within it, Tab leaves it. */
  .segments {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    overflow: hidden;
  }
  .segment {
    position: relative;
    display: inline-flex;
    font-weight: 400;
  }
  .segment + .segment {
    border-inline-start: 1px solid var(--_border);
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  /* As tall as the period's select beside it (2.5rem with the group's border). */
  .segment span {
    display: inline-flex;
    align-items: center;
    padding: 0 0.85rem;
    min-block-size: calc(2.5rem - 2px);
  }
  .segment input:checked + span {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: -4px;
  }
  .rows {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Name, runs, credits, share; the bar under them. */
  .row,
  .total {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto 4rem;
    grid-template-areas:
      'name runs credits share'
      'bar bar bar bar';
    gap: 0.3rem 1rem;
    align-items: baseline;
    margin: 0;
  }
  .name {
    grid-area: name;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .runs {
    grid-area: runs;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .credits {
    grid-area: credits;
    font-weight: 600;
  }
  .runs,
  .credits,
  .share {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .share {
    grid-area: share;
  }
  .total {
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    font-weight: 600;
  }
  .other .name {
    color: var(--_muted);
  }
  /* The share drawn: a meter, which grows from the inline start (the right in RTL). */
  .bar {
    grid-area: bar;
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    margin: 0;
    appearance: none;
    border: 0;
    border-radius: 999px;
    background: var(--_subtle);
    overflow: hidden;
  }
  meter::-webkit-meter-inner-element {
    display: block;
  }
  meter::-webkit-meter-bar {
    block-size: 0.5rem;
    border: 0;
    border-radius: 999px;
    background: var(--_subtle);
  }
  meter::-webkit-meter-optimum-value {
    border-radius: 999px;
    background: var(--_accent);
  }
  meter::-moz-meter-bar {
    border-radius: 999px;
    background: var(--_accent);
  }
  .event-link {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .empty,
  .notice {
    margin: 0;
  }
  /* On a phone the grouping's words fit side by side in every language (German's
     Veranstaltung | Benutzer | Typ stuck out of a 320 px page). */
  @container usage-breakdown (max-width: 20rem) {
    .segment span {
      padding: 0 0.5rem;
    }
  }
  @container usage-breakdown (max-width: 30rem) {
    .row,
    .total {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'name credits'
        'runs share'
        'bar bar';
    }
    /* The runs give way (wrap) before the credits and the share do. */
    .runs {
      min-width: 0;
      text-align: start;
      white-space: normal;
    }
  }
  /* One rule per vendor pseudo-element: a browser drops a whole rule naming one it lacks. */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    meter::-webkit-meter-bar {
      forced-color-adjust: none;
      background: Canvas;
    }
    meter::-webkit-meter-optimum-value {
      forced-color-adjust: none;
      background: CanvasText;
    }
    meter::-moz-meter-bar {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .segment input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
