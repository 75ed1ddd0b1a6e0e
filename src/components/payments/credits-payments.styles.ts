import { css } from 'lit';

/** What the payments table adds to the table engine's styles. */
export const paymentStyles = css`
  /* A value and what qualifies it (the amount and the tax it includes, the type and the
     credits bought, the ID and its gateway, the date and its time) on two short lines, within
     the table's row height. */
  .amount,
  .two {
    display: inline-grid;
    line-height: 1.15;
  }
  .amount {
    justify-items: end;
  }
  .tax,
  .sub {
    font-size: var(--_text-xs);
  }
  @container credits-table (width > 48rem) {
    /* Two lines a row, the ID's Copy button beside it. */
    .row td {
      height: 3.25rem;
    }
    td.stack {
      white-space: normal;
    }
    .stack time {
      display: inline-grid;
      line-height: 1.15;
    }
    .stack .joint {
      display: none;
    }
    .stack time > :last-child {
      font-size: var(--_text-xs);
      color: var(--_muted);
    }
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
    align-items: center;
    gap: 0.35rem;
  }
  .id .copy {
    padding-inline: 0.35rem;
  }
  .action {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15rem 0.5rem;
    line-height: 1.15;
  }
  /* Buttons in a row stay within the row's height. */
  .action .btn.small {
    min-height: 1.75rem;
    padding-block: 0.1rem;
  }
  /* Add billing details reads like the Download invoice link beside it. */
  .action .btn.btn-link {
    min-height: 0;
    padding: 0;
    text-align: start;
    font-weight: inherit;
    text-decoration: underline;
  }
  /* A narrow row: a value and what qualifies it on one line (the amount keeps its tax under it). */
  @container credits-table (max-width: 48rem) {
    /* The amount stays on line 1 beside what was bought, in every language: its tax note wraps
       under it rather than pushing it onto a line of its own (in Arabic the note is twice as
       long, and the amount stood alone under the type, at the start). */
    .row td.figure {
      max-width: 8.5rem;
      white-space: normal;
    }
    .tax {
      text-align: end;
    }
    .two {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5rem;
    }
  }
  .row-error {
    flex-basis: 100%;
    color: var(--_danger);
    font-size: var(--_text-xs);
    white-space: normal;
  }
`;
