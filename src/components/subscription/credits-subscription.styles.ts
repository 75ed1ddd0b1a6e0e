import { css } from 'lit';

export const subscriptionStyles = css`
  /* The one-line plan sits on the page's background (the dashboard's header), not on a card of
     ours: like the tabs beside it, it takes the page's colour scheme, so dark text never lands
     on a light page (or light on a dark one) when the user's preference differs from the page. */
  :host([compact]) {
    color-scheme: inherit;
  }
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .compact .label {
    font-size: var(--_text-sm);
  }
  .section {
    display: grid;
    gap: 0.4rem;
  }
  .label {
    margin: 0;
    font-size: var(--_text-xs);
    font-weight: 600;
    color: var(--_muted);
  }
  .section p,
  .expiry p {
    margin: 0;
  }
  .plan-badge {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: var(--_text-sm);
    padding: 0.2rem 0.75rem;
  }
  .expiry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .expiry .label {
    flex-basis: 100%;
  }
  .badge.warning {
    border-color: var(--_warning);
    background: var(--_warning-surface);
    color: var(--_warning);
  }
  .badge.danger {
    border-color: var(--_danger);
    background: var(--_danger-surface);
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .badge.warning,
    .badge.danger {
      border-width: 2px;
    }
  }
  /* The plan's description is the server's text in its own direction, lined up with the panel. */
  .description {
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
`;
