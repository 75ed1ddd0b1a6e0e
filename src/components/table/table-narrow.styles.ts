import { css } from 'lit';

/** The table engine's rows in a narrow container (a phone, a sidebar). */
export const narrowTableStyles = css`
  /* What a cell says only in the table, or only in a narrow container's rows. */
  .narrow-only {
    display: none;
  }
  /* A narrow container (a phone, a sidebar): each row is a short block, nothing to scroll
     sideways. Line 1: what the row is about (lead), as much of it as there is room for, and
     its figure at the end; under it the other values, one after another, each kept whole. The
     elements keep their table roles. */
  @container credits-table (max-width: 48rem) {
    table,
    tbody,
    td {
      display: block;
    }
    /* The bars pulse, not the rows with them. */
    .skeleton-rows {
      animation: none;
    }
    .skeleton-rows .skeleton-text::before {
      animation: credits-pulse 1.4s ease-in-out infinite;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15rem 1rem;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--_border);
    }
    /* The end of line 1. */
    .row::after {
      content: '';
      order: 2;
      flex-basis: 100%;
    }
    /* Lines of one height, whatever is on them (a badge, a button, a skeleton's bar). */
    .row td {
      order: 4;
      height: auto;
      line-height: 1.5rem;
      padding: 0;
      border: none;
      font-size: var(--_text-xs);
      color: var(--_muted);
    }
    .row td.lead {
      order: 1;
      flex: 1 1 0;
      width: auto;
      min-width: 8rem;
      max-width: none;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .row :is(.lead, .figure) {
      font-size: var(--_text-sm);
    }
    .row :is(.lead, .figure, .btn:not(.btn-link)) {
      color: var(--_text);
    }
    .row .figure {
      order: 2;
      margin-inline-start: auto;
    }
    .row .first {
      order: 3;
    }
    .row :is(.last, .labelled) {
      order: 5;
    }
    .labelled::before {
      content: attr(data-label) ' ' / '';
    }
    td > * {
      max-width: 100%;
    }
    .clamp-text,
    td.lead .clamp-text {
      width: auto;
      max-width: none;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .row:hover td {
      background: none;
    }
    tr.spacer,
    tr.spacer td {
      display: block;
    }
    /* A dash says nothing among the values under line 1 (screen readers still hear None). */
    .wide-only,
    td:not(.lead) .none {
      display: none;
    }
    .narrow-only {
      display: inline;
    }
  }
  /* Where a row's values take two lines anyway (a phone), a cell marked line-start begins the
     last one, whatever would fit before it: every row of a list keeps one shape (a short name,
     System, left the usage badge on line 2 in some rows and on line 3 in the others). The break
     adds no gap of its own. */
  @container credits-table (max-width: 30rem) {
    .row:has(> .line-start)::before {
      content: '';
      order: 5;
      flex-basis: 100%;
    }
    /* The break is a line of its own, with a gap: the last line moves up by as much. */
    .row:has(> .line-start) > :is(.last, .labelled) {
      margin-top: -0.15rem;
    }
  }
`;
