import { css } from 'lit';

/**
 * Rules every credits element shares. Colours are theme tokens read through fallbacks, so a host
 * can set `--credits-*` anywhere up the tree; the fallbacks follow the user's colour scheme
 * (`light-dark()`), and a host can pin one by setting `color-scheme` on the element.
 */
export const hostStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
    font-family: var(--credits-font-family, inherit);
    color: var(--credits-color-text, light-dark(#1f2328, #e6edf3));
    line-height: 1.4;
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
    background: var(--credits-color-surface, light-dark(#ffffff, #161b22));
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--credits-radius, 12px);
    padding: var(--credits-space, 1.25rem);
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
    font-size: 1.05rem;
  }
  a {
    color: var(--credits-color-accent, light-dark(#0969da, #4493f8));
  }
  .muted {
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
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
    border-radius: var(--credits-radius-control, 8px);
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    background: var(--credits-color-surface, light-dark(#ffffff, #161b22));
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .btn:hover {
    background: var(--credits-color-hover, light-dark(#f3f5f7, #21262d));
  }
  .btn-primary {
    background: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    border-color: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    color: var(--credits-color-on-accent, light-dark(#ffffff, #0d1117));
  }
  .btn-primary:hover {
    background: var(--credits-color-accent-hover, light-dark(#0757b5, #6aa8fa));
  }
  .btn-link {
    min-height: auto;
    padding: 0.1rem 0.35rem;
    border: none;
    background: none;
    color: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    font-weight: 600;
  }
  .btn-link:hover {
    background: none;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 2px solid var(--credits-color-focus, light-dark(#0969da, #4493f8));
    outline-offset: 2px;
  }
  .skeleton {
    display: block;
    border-radius: 6px;
    background: var(--credits-color-skeleton, light-dark(#e6eaef, #262c36));
    animation: credits-pulse 1.4s ease-in-out infinite;
  }
  @keyframes credits-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.875rem 1rem;
    border-radius: var(--credits-radius-control, 8px);
    border: 1px solid var(--credits-color-danger, light-dark(#c62828, #f85149));
    background: var(--credits-color-danger-surface, light-dark(#fdecec, #2d1517));
  }
  .alert p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .notice {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--credits-radius-control, 8px);
    border-inline-start: 4px solid var(--credits-color-warning, light-dark(#9a6700, #d29922));
    background: var(--credits-color-warning-surface, light-dark(#fff8c5, #2e2610));
  }
  .notice.danger {
    border-inline-start-color: var(--credits-color-danger, light-dark(#c62828, #f85149));
    background: var(--credits-color-danger-surface, light-dark(#fdecec, #2d1517));
  }
`;
