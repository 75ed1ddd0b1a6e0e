import { css } from 'lit';

/** The transaction tables' layout: toolbar, table, pager, info pop-outs. */
export const tableStyles = css`
  .base {
    gap: 0.75rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem;
  }
  .toolbar label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
  }
  .toolbar input {
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--credits-radius-control, 8px);
    background: var(--credits-color-surface, light-dark(#ffffff, #161b22));
    color: var(--credits-color-text, light-dark(#1f2328, #e6edf3));
    font: inherit;
    font-size: 0.9rem;
  }
  .toolbar input[aria-invalid='true'] {
    border-color: var(--credits-color-danger, light-dark(#c62828, #f85149));
  }
  .toolbar input.event-id {
    width: 8rem;
  }
  .toolbar .spacer {
    flex: 1 1 0;
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.9rem;
  }
  .filter-problem {
    margin: 0;
    color: var(--credits-color-danger, light-dark(#c62828, #f85149));
    font-size: 0.9rem;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--credits-radius-control, 8px);
  }
  .table-wrap.scroll {
    height: var(--credits-table-height, 28rem);
    overflow-y: auto;
  }
  table {
    width: 100%;
    /* Below this the columns would crush the event names; the box scrolls sideways instead
       (it is a focusable region, so keyboards can scroll it too). */
    min-width: 40rem;
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: 0.55rem 0.75rem;
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--credits-color-subtle, light-dark(#f6f8fa, #1c2129));
    font-size: 0.8rem;
    font-weight: 700;
    white-space: nowrap;
  }
  tbody tr:last-child td {
    border-bottom: none;
  }
  tbody tr:hover td {
    background: var(--credits-color-hover, light-dark(#f6f8fa, #1c2129));
  }
  .scroll tbody tr.row {
    height: 44px;
  }
  .scroll td {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 18rem;
  }
  tr.spacer td {
    padding: 0;
    border: none;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .spend {
    color: var(--credits-color-danger, light-dark(#c62828, #f85149));
    font-weight: 600;
  }
  .gain {
    color: var(--credits-color-success, light-dark(#1a7f37, #3fb950));
    font-weight: 600;
  }
  .type {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    white-space: nowrap;
  }
  .badge {
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 700;
    background: var(--credits-color-subtle, light-dark(#eef1f4, #262c36));
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
  }
  .info {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: none;
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
    cursor: pointer;
  }
  .info:hover {
    background: var(--credits-color-hover, light-dark(#eef1f4, #262c36));
  }
  .info[aria-expanded='true'] {
    color: var(--credits-color-accent, light-dark(#0969da, #4493f8));
  }
  .popout {
    position: fixed;
    inset: auto;
    margin: 0;
    z-index: 10;
    min-width: 14rem;
    max-width: min(22rem, calc(100vw - 1rem));
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--credits-radius-control, 8px);
    background: var(--credits-color-surface, light-dark(#ffffff, #161b22));
    color: var(--credits-color-text, light-dark(#1f2328, #e6edf3));
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    white-space: normal;
    font-size: 0.875rem;
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
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
  }
  .popout dd {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.35rem;
    min-width: 0;
  }
  .popout code {
    user-select: all;
    overflow-wrap: anywhere;
  }
  .copy {
    padding: 0.1rem 0.4rem;
    min-height: auto;
    font-size: 0.75rem;
  }
  .system {
    font-style: italic;
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .pager .buttons {
    display: flex;
    gap: 0.5rem;
  }
  .btn[disabled],
  .btn[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 1.5rem 1rem;
  }
  .empty p {
    margin: 0;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    font-size: 0.9rem;
  }
  .export progress {
    width: 10rem;
  }
  .skeleton.cell {
    height: 1rem;
    width: 70%;
  }
  button.event-link {
    padding: 0;
    border: none;
    background: none;
    color: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
`;
