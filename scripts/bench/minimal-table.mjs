// The minimal baseline of the usage table's render: the fewest nodes that show the information
// <credits-usage-table> shows for a page of rows. A plain <table> in the document: a caption
// (the title and the rows' range, as the element's heading and pager say them), one header cell
// per column and one cell of text per value, formatted for the locale as the element formats it
// (en-US). No shadow root, no stylesheet, no wrappers, no controls (filters, export, paging, the
// usage-type pop-out, links). Against it, a ratio says what the element's design and machinery
// cost together; against the plain copy (plain-table.mjs), only what the machinery costs.
import { COLUMNS, DATE_TIME, INTEGER, SIGNED, TYPE_LABELS } from './plain-table.mjs';

/** The texts of one row's cells, in the element's column order. */
function cells(tx) {
  return [
    `Usage: ${TYPE_LABELS[tx.type] ?? tx.type}`,
    SIGNED.format(tx.credits),
    tx.event ? tx.event.name : 'No event',
    tx.event ? String(tx.event.id) : '—',
    tx.user ? tx.user.name : 'System',
    DATE_TIME.format(new Date(tx.createdAt)),
  ];
}

/** The table of `page` (a TransactionPage), ready to append. */
export function minimalUsageTable(page) {
  const table = document.createElement('table');
  const shown = page.items.length;
  const of = page.total !== undefined ? ` of ${INTEGER.format(page.total)}` : '';
  table.createCaption().textContent = `Credit Usage, rows 1–${INTEGER.format(shown)}${of}`;
  const head = table.createTHead().insertRow();
  for (const [label] of COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const tx of page.items) {
    const row = body.insertRow();
    for (const text of cells(tx)) row.insertCell().textContent = text;
  }
  return table;
}
