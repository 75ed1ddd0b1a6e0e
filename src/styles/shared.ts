import { css, type CSSResultGroup } from 'lit';
import { tokens } from './tokens.js';

/**
 * Rules every credits element shares: the card frame, buttons, links, skeletons, alerts and
 * notices. Colours come from the private tokens of `tokens.ts` only.
 */
const common = css`
  :host {
    display: block;
    color-scheme: light dark;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.4;
  }
  /* The page pinned a colour scheme above the element (PageSchemeController): that one. */
  :host(:state(page-scheme)) {
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* The frame every element renders in (CreditsElement.renderFrame). minmax(0, …): content
     with a pixel width of its own (a chart canvas, a wide table) must never hold it open. */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  .title {
    margin: 0;
    font-size: var(--_text-lg);
    line-height: 1.4;
  }
  a {
    color: var(--_accent);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius-control);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .btn:hover {
    background: var(--_hover);
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    font-size: var(--_text-sm);
  }
  .btn[disabled],
  .btn[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn-primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .btn-primary:hover {
    background: var(--_accent-hover);
  }
  .btn-link {
    min-height: auto;
    padding: 0.1rem 0.35rem;
    border: none;
    background: none;
    color: var(--_accent);
    font-weight: 600;
  }
  .btn-link:hover {
    background: none;
    text-decoration: underline;
  }
  /* Text fields and selects (the table filters, the top-up amount, the billing form): one look,
     each element setting only its size. A field in error has a danger edge. */
  input:not([type='radio'], [type='checkbox']),
  select {
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    /* A value typed in its own direction (dir="auto": a Latin street in an Arabic form, a phone
       number) still lines up with the form's other fields. */
    text-align: match-parent;
    /* Chromium computes the standard keyword as the field's own start; its prefixed one (also
       Safari's) follows the parent's direction. */
    text-align: -webkit-match-parent;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  /* A date field's focus is on a part inside it, so the field itself never matches
     :focus-visible in Chromium; like every text field, it shows its focus however it got it. */
  :focus-visible,
  input[type='date']:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .skeleton {
    display: block;
    border-radius: 6px;
    background: var(--_skeleton);
    animation: credits-pulse 1.4s ease-in-out infinite;
  }
  /* Skeletons drawn as the loaded layout itself: the same elements with placeholder text made
     invisible on a bar, so the boxes (and the page around them) do not move when data arrives. */
  .placeholder {
    display: contents;
  }
  .skeleton-text {
    position: relative;
    visibility: hidden;
  }
  .skeleton-text::before {
    content: '';
    position: absolute;
    inset: 0;
    visibility: visible;
    border-radius: 6px;
    background: var(--_skeleton);
    animation: credits-pulse 1.4s ease-in-out infinite;
  }
  /* A table's skeleton rows pulse as one: one animation, not one per cell. */
  .skeleton-rows {
    animation: credits-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-rows .skeleton-text::before {
    animation: none;
  }
  @keyframes credits-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton,
    .skeleton-rows,
    .skeleton-text::before {
      animation: none;
    }
  }
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.875rem 1rem;
    border-radius: var(--_radius-control);
    border: 1px solid var(--_danger);
    background: var(--_danger-surface);
  }
  /* The sentence may be the server's own, in its own direction (dir="auto"): it keeps its order
     and still lines up with the panel. */
  .alert p {
    flex: 1 1 16rem;
    margin: 0;
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  .alert .support {
    flex-basis: 100%;
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  .alert .support ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .alert .support summary {
    cursor: pointer;
  }
  .notice {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-control);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
  }
  .notice.danger {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: var(--_text-xs);
    font-weight: 700;
    line-height: 1.3;
    white-space: nowrap;
  }

  /* Windows High Contrast and other forced-colour modes drop backgrounds and recolour text:
     every state keeps a visible edge or a system colour of its own. */
  @media (forced-colors: active) {
    .skeleton,
    .skeleton-text::before {
      background: GrayText;
      forced-color-adjust: none;
    }
    .alert,
    .notice,
    .badge {
      border: 1px solid CanvasText;
    }
    .notice {
      border-inline-start-width: 4px;
    }
    .btn-primary {
      border: 2px solid ButtonText;
    }
    .btn[disabled],
    .btn[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    /* A text button (Show, Add billing details) has no box here: its text reads as a link. */
    .btn-link {
      color: LinkText;
      text-decoration: underline;
    }
    /* A field in error has no red here: a thicker, dashed edge marks it. */
    input[aria-invalid='true'],
    select[aria-invalid='true'] {
      border: 2px dashed CanvasText;
    }
  }
`;

/** Tokens and the shared rules: the first entry of every element's `static styles`. */
export const hostStyles: CSSResultGroup = [tokens, common];
