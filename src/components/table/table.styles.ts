import { css } from 'lit';

/** The table engine's layout: title line, toolbar, table, narrow rows, pager, info pop-out. */
export const tableStyles = css`
  /* Export CSV on the title's line, at its end. */
  .base {
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.75rem;
  }
  .base > * {
    grid-column: 1 / -1;
  }
  .base > .title {
    grid-column: 1;
  }
  .base > :is(.title, [part~='export-button']) {
    align-self: center;
  }
  .base > [part~='export-button'] {
    grid-area: 1 / 2;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem;
  }
  .toolbar label {
    display: grid;
    flex: 1 1 9rem;
    max-width: 12rem;
    gap: 0.2rem;
    font-size: var(--_text-xs);
    font-weight: 600;
    color: var(--_muted);
  }
  .toolbar input {
    width: 100%;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    font-size: var(--_text-sm);
    font-weight: 400;
  }
  /* An empty date field shows its mm/dd/yyyy hint muted, not like a date that was entered. */
  .toolbar input.empty::-webkit-datetime-edit {
    color: var(--_muted);
  }
  .filter-problem {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  .table-wrap {
    container: credits-table / inline-size;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
  }
  .table-wrap.scroll {
    height: var(--_table-height);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_text-sm);
  }
  th,
  td {
    padding: 0.375rem 0.75rem;
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
    border-bottom: 1px solid var(--_border);
  }
  /* Columns that may break at their spaces when the table would not fit otherwise (a date
     between its day and its time): the table keeps every column in view instead. */
  .wraps {
    white-space: normal;
  }
  .nobr {
    white-space: nowrap;
  }
  /* A table as wide as its container before rows stack: cells give up some padding. */
  @container credits-table (max-width: 60rem) {
    th,
    td {
      padding-inline: 0.5rem;
    }
  }
  /* Every row the same height, with or without an info button, loaded or skeleton. */
  .row td {
    height: 2.75rem;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_subtle);
    font-size: var(--_text-xs);
    font-weight: 700;
  }
  tbody tr:last-child td {
    border-bottom: none;
  }
  .row:hover td {
    background: var(--_hover);
  }
  tr.spacer td {
    padding: 0;
    border: none;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Free text from the server (names) is cut to one line at the column's maximum width, with
     an ellipsis; the whole text stays in the DOM (screen readers), in the tooltip, and is
     shown in full when a link is focused. */
  /* Such text has its own direction (dir="auto"), so a Latin name in a right-to-left page is
     cut at its end, not its start; it still lines up with the column (match-parent). */
  /* The lead column (an event's name) takes the width to spare; only what does not fit is cut. */
  td.lead.clamp {
    width: 100%;
  }
  /* Its text asks for no width of its own (width 0), and fills the cell (min-width). */
  td.lead .clamp-text {
    width: 0;
    min-width: 100%;
    max-width: none;
  }
  .clamp-text {
    display: block;
    max-width: 18rem;
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  .clamp-text:focus-visible {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .spend {
    color: var(--_danger);
    font-weight: 600;
  }
  .gain {
    color: var(--_success);
    font-weight: 600;
  }
  .type {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  /* An "i" in a circle, drawn in CSS (no per-row SVG); the button's name says what it opens. */
  .info {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    padding: 0;
    border: 1.5px solid currentColor;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    font:
      italic 700 0.75rem/1 Georgia,
      serif;
    text-align: center;
    cursor: pointer;
  }
  .info::before {
    content: 'i' / '';
  }
  .info:hover {
    background: var(--_hover);
  }
  .info[aria-expanded='true'] {
    color: var(--_accent);
  }
  button.event-link {
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: match-parent;
    text-decoration: underline;
    cursor: pointer;
  }
  .system {
    font-style: italic;
    color: var(--_muted);
  }
  .popout {
    position-area: block-end span-inline-end;
    position-try-fallbacks:
      flip-inline,
      flip-block,
      flip-block flip-inline;
    margin: 0.35rem 0.75rem;
    min-width: 14rem;
    max-width: min(22rem, calc(100vw - 1.5rem));
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    font-size: var(--_text-sm);
  }
  .popout .note {
    margin: 0 0 0.5rem;
  }
  .popout .note:last-child {
    margin-bottom: 0;
  }
  .popout dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.35rem 0.75rem;
    margin: 0;
    align-items: center;
  }
  .popout dt {
    font-weight: 600;
    color: var(--_muted);
  }
  .popout dd {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    min-width: 0;
    margin: 0;
  }
  .popout code {
    user-select: all;
    overflow-wrap: anywhere;
  }
  .copy {
    min-height: 1.5rem;
    padding: 0.1rem 0.5rem;
    font-size: var(--_text-xs);
  }
  .pager {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    min-height: 2.25rem;
  }
  .pager .buttons {
    display: flex;
    gap: 0.5rem;
  }
  /* A failed page: on a line of its own under the range and the buttons it concerns. */
  .pager .alert {
    flex: 1 1 100%;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 1.5rem 0;
  }
  .empty p {
    margin: 0;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    font-size: var(--_text-sm);
  }
  .export progress {
    width: 10rem;
  }

  @media (forced-colors: active) {
    thead th {
      border-bottom: 2px solid CanvasText;
    }
    .popout {
      border: 1px solid CanvasText;
    }
    .info[aria-expanded='true'] {
      outline: 1px solid Highlight;
    }
  }
`;
