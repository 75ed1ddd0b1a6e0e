// The baseline of the first-render figure: the usage table's visible output (frame, toolbar,
// table of 6 columns, pager) built with document.createElement, no framework. Its stylesheet is
// a condensed copy of the element's rules, shared by every instance (adopted, as Lit does).

const SHEET = new CSSStyleSheet();
SHEET.replaceSync(`
  :host { display: block; color-scheme: light dark; color: light-dark(#1f2328, #e6edf3); line-height: 1.4; }
  *, *::before, *::after { box-sizing: border-box; }
  .card { background: light-dark(#fff, #161b22); border: 1px solid light-dark(#d1d9e0, #3d444d);
    border-radius: 12px; padding: 1.25rem; }
  .base { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem; }
  .title { margin: 0; font-size: 1.05rem; }
  a { color: light-dark(#0969da, #4493f8); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
  .btn { display: inline-flex; align-items: center; justify-content: center; min-height: 2.25rem;
    padding: 0.25rem 0.75rem; border-radius: 8px; border: 1px solid light-dark(#d1d9e0, #3d444d);
    background: light-dark(#fff, #161b22); color: inherit; font: inherit; font-size: 0.9rem;
    font-weight: 600; cursor: pointer; }
  .btn[aria-disabled='true'] { opacity: 0.5; cursor: not-allowed; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.75rem; }
  .toolbar label { display: grid; gap: 0.2rem; font-size: 0.8rem; font-weight: 600;
    color: light-dark(#59636e, #9198a1); }
  .toolbar input { min-height: 2.25rem; padding: 0.25rem 0.5rem; border-radius: 8px;
    border: 1px solid light-dark(#d1d9e0, #3d444d); font: inherit; font-size: 0.9rem; }
  .toolbar input.event-id { width: 8rem; }
  .toolbar .spacer { flex: 1 1 0; }
  .table-wrap { overflow-x: auto; border: 1px solid light-dark(#d1d9e0, #3d444d); border-radius: 8px; }
  table { width: 100%; min-width: 40rem; border-collapse: collapse; font-size: 0.9rem; }
  caption { text-align: start; }
  th, td { padding: 0.55rem 0.75rem; text-align: start; vertical-align: middle;
    border-bottom: 1px solid light-dark(#d1d9e0, #3d444d); }
  thead th { position: sticky; top: 0; z-index: 1; background: light-dark(#f6f8fa, #1c2129);
    font-size: 0.8rem; font-weight: 700; white-space: nowrap; }
  tbody tr:last-child td { border-bottom: none; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .spend { color: light-dark(#c62828, #f85149); font-weight: 600; }
  .type { display: inline-flex; align-items: center; gap: 0.35rem; white-space: nowrap; }
  .badge { padding: 0.1rem 0.5rem; border-radius: 999px; font-size: 0.75rem; font-weight: 700;
    background: light-dark(#eef1f4, #262c36); border: 1px solid light-dark(#d1d9e0, #3d444d); }
  .info { display: inline-grid; place-items: center; width: 1.75rem; height: 1.75rem; padding: 0;
    border: none; border-radius: 50%; background: none; color: light-dark(#59636e, #9198a1); }
  .system { font-style: italic; color: light-dark(#59636e, #9198a1); }
  .pager { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
    gap: 0.75rem; }
  .pager .buttons { display: flex; gap: 0.5rem; }
`);

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const SIGNED = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const TYPE_LABELS = {
  photo_processing: 'Photo Processing',
  ai_image_rotation: 'AI Image Rotation',
};
const COLUMNS = [
  ['Type', false],
  ['Credits', true],
  ['Event', false],
  ['Event ID', true],
  ['User', false],
  ['Date', false],
];

const SVG = 'http://www.w3.org/2000/svg';
/** The info icon, built once and cloned per row. */
const INFO_ICON = (() => {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 16 16', width: 16, height: 16 })) {
    svg.setAttribute(k, String(v));
  }
  svg.setAttribute('aria-hidden', 'true');
  const shapes = [
    ['circle', { cx: 8, cy: 8, r: 7, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }],
    ['circle', { cx: 8, cy: 4.75, r: 1, fill: 'currentColor' }],
    ['path', { d: 'M8 7.25v4.5', stroke: 'currentColor', 'stroke-width': 1.6 }],
  ];
  for (const [tag, attributes] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) shape.setAttribute(k, String(v));
    svg.append(shape);
  }
  return svg;
})();

/** `h('td', {class: 'num'}, child, 'text')` */
function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function row(tx) {
  const usageType = TYPE_LABELS[tx.type] ?? tx.type;
  const info = h('button', {
    class: 'info',
    type: 'button',
    'aria-label': `Usage type: ${usageType}`,
    'aria-expanded': 'false',
  });
  info.append(INFO_ICON.cloneNode(true));
  const type = h('span', { class: 'type' }, h('span', { class: 'badge' }, 'Usage'), info);
  const credits = h(
    'data',
    { class: tx.credits < 0 ? 'spend' : 'gain', value: String(tx.credits) },
    SIGNED.format(tx.credits),
  );
  const event = tx.event
    ? h('a', { href: `/events/${encodeURIComponent(tx.event.id)}` }, tx.event.name)
    : h('span', { 'aria-hidden': 'true' }, '—');
  const eventId = tx.event ? String(tx.event.id) : h('span', { 'aria-hidden': 'true' }, '—');
  const user = tx.user ? tx.user.name : h('span', { class: 'system' }, 'System');
  const time = h('time', { datetime: tx.createdAt }, DATE_TIME.format(new Date(tx.createdAt)));
  return h(
    'tr',
    { class: 'row', part: 'row' },
    h('td', null, type),
    h('td', { class: 'num' }, credits),
    h('td', null, event),
    h('td', { class: 'num' }, eventId),
    h('td', null, user),
    h('td', null, time),
  );
}

function toolbar() {
  const input = (label, attributes) => h('label', null, label, ' ', h('input', attributes));
  return h(
    'div',
    { class: 'toolbar', part: 'toolbar', role: 'group', 'aria-label': 'Filters and export' },
    input('From', { type: 'date' }),
    input('To', { type: 'date' }),
    input('Event ID', { class: 'event-id', type: 'text', inputmode: 'numeric' }),
    h('span', { class: 'spacer' }),
    h('button', { class: 'btn', type: 'button', part: 'export-button' }, 'Export CSV'),
  );
}

function pager(page, size) {
  const shown = page.items.length;
  const of = page.total !== undefined ? ` of ${INTEGER.format(page.total)}` : '';
  const button = (label, disabled) =>
    h('button', { class: 'btn', type: 'button', 'aria-disabled': String(disabled) }, label);
  return h(
    'nav',
    { class: 'pager', part: 'pager', 'aria-label': 'Credit Usage pages' },
    h('span', { 'aria-live': 'polite' }, `Rows 1–${INTEGER.format(Math.min(shown, size))}${of}`),
    h(
      'span',
      { class: 'buttons' },
      button('Previous', true),
      button('Next', page.nextCursor === null),
    ),
  );
}

/** A host div whose shadow root holds the usage table of `page`, ready to append. */
export function plainUsageTable(page, size) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [SHEET];
  const head = h(
    'tr',
    null,
    ...COLUMNS.map(([label, numeric]) =>
      h('th', numeric ? { scope: 'col', class: 'num' } : { scope: 'col' }, label),
    ),
  );
  const body = h('tbody', null, ...page.items.map(row));
  const table = h(
    'table',
    { part: 'table' },
    h('caption', { class: 'visually-hidden' }, 'Credit Usage'),
    h('thead', null, head),
    body,
  );
  root.append(
    h(
      'section',
      { class: 'card base', part: 'base', 'aria-labelledby': 'title', 'aria-busy': 'false' },
      h('h2', { class: 'title', id: 'title' }, 'Credit Usage'),
      toolbar(),
      h('div', { class: 'table-wrap', part: 'table-wrap', tabindex: '0' }, table),
      pager(page, size),
    ),
  );
  host.className = 'plain-usage-table';
  return host;
}
