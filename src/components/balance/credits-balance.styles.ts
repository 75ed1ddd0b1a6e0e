import { css } from 'lit';

export const balanceStyles = css`
  .value {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
  }
  .figure {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  .figure.negative {
    color: var(--_danger);
  }
  .unit {
    font-size: var(--_text-md);
  }
  .as-of {
    margin: -0.5rem 0 0;
    font-size: var(--_text-sm);
  }
  .runway {
    margin: 0;
    font-size: var(--_text-sm);
  }
  /* The warning's sentence, then its links, each clearly apart from the other (1rem) on the
     sentence's line where there is room; a link that starts a line starts where the text does,
     and one that wraps reads from the start, not centred like a button. */
  .runway.notice {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }
  .runway .btn-link {
    padding-inline: 0;
    justify-content: start;
    text-align: start;
  }
  .cost {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
    line-height: 1.4;
  }
  .cost-label {
    font-weight: 600;
  }
  .cost-value {
    font-variant-numeric: tabular-nums;
  }
  /* The Show / Hide link is no taller than the text beside it, in both states. */
  .cost .btn-link {
    padding-block: 0;
    line-height: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
`;
