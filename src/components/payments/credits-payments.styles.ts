import { css } from 'lit';

/** What the payments table adds to the table engine's styles. */
export const paymentStyles = css`
  /* Amount and the tax it includes on two short lines, within the table's row height. */
  .amount {
    display: inline-grid;
    justify-items: end;
    line-height: 1.15;
  }
  .tax {
    font-size: 0.7rem;
  }
  .status.completed {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status.pending {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .status.failed {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .id {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .action {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
  }
  /* Buttons in a row stay within the row's height. */
  .action .btn.small {
    min-height: 1.75rem;
    padding-block: 0.1rem;
  }
  /* Add billing details reads like the Download invoice link beside it. */
  .action .btn-link {
    padding-inline: 0;
    text-align: start;
    font-weight: inherit;
    text-decoration: underline;
  }
  @container credits-table (max-width: 40rem) {
    .amount {
      justify-items: start;
    }
  }
  .row-error {
    flex-basis: 100%;
    color: var(--_danger);
    font-size: 0.8rem;
    white-space: normal;
  }
`;
