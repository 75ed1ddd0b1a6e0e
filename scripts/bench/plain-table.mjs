// The baseline of the first-render figure: the same view as <credits-usage-table> (card, toolbar,
// table of 6 columns, pager, pop-out) built with document.createElement, no framework. It is
// the same view in every way that costs layout: the same elements, classes, roles and
// attributes, and the element's own stylesheets (adopted from an instance, shared as Lit shares
// them). So the ratio measures what our rendering machinery costs, not a different design.

import { sheetsOf } from './plain-views.mjs';

/** The element's adopted stylesheets, taken once from an instance. */
export const elementSheets = () => sheetsOf('credits-usage-table');

export const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const SIGNED = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
export const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
});
export const TYPE_LABELS = {
  photo_processing: 'Photo Processing',
  ai_image_rotation: 'AI Image Rotation',
};
/** The columns the element shows: header and cell class. */
export const COLUMNS = [
  ['Type', ''],
  ['Credits', 'num'],
  ['Event', 'clamp'],
  ['Event ID', 'num'],
  ['User', 'clamp'],
  ['Date', 'wraps'],
];

/** `h('td', {class: 'num'}, child, 'text')` */
function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

const dash = () => h('span', { 'aria-hidden': 'true' }, '—');

function row(tx) {
  const usageType = TYPE_LABELS[tx.type] ?? tx.type;
  const info = h('button', {
    class: 'info',
    type: 'button',
    popovertarget: 'credits-popout',
    popovertargetaction: 'show',
    'aria-label': `Usage type: ${usageType}`,
    'aria-expanded': 'false',
  });
  const type = h('span', { class: 'type' }, h('span', { class: 'badge' }, 'Usage'), info);
  const credits = h(
    'data',
    { class: tx.credits < 0 ? 'spend' : 'gain', value: String(tx.credits) },
    SIGNED.format(tx.credits),
  );
  const event = tx.event
    ? h(
        'a',
        {
          class: 'event-link clamp-text',
          title: tx.event.name,
          href: `/events/${encodeURIComponent(tx.event.id)}`,
        },
        tx.event.name,
      )
    : h('span', null, dash(), h('span', { class: 'visually-hidden' }, 'No event'));
  const eventId = tx.event ? String(tx.event.id) : dash();
  const user = tx.user
    ? h('span', { class: 'clamp-text', title: tx.user.name }, tx.user.name)
    : h('span', { class: 'system' }, 'System');
  // As the element writes it: it may break between the day and the time, nowhere else.
  const parts = DATE_TIME.formatToParts(new Date(tx.createdAt));
  const at = parts.findIndex((p) => p.type === 'hour');
  const [day, gap] = /^(.*?)(\s*)$/s
    .exec(
      parts
        .slice(0, at)
        .map((p) => p.value)
        .join(''),
    )
    .slice(1);
  const time = h(
    'time',
    { datetime: tx.createdAt },
    h('span', { class: 'nobr' }, day),
    gap,
    h(
      'span',
      { class: 'nobr' },
      parts
        .slice(at)
        .map((p) => p.value)
        .join(''),
    ),
  );
  const cells = [type, credits, event, eventId, user, time];
  return h(
    'tr',
    { class: 'row', part: 'row', role: 'row' },
    ...cells.map((content, i) =>
      h('td', { class: COLUMNS[i][1], role: 'cell', 'data-label': COLUMNS[i][0] }, content),
    ),
  );
}

function toolbar() {
  const input = (label, attributes) =>
    h('label', null, label, ' ', h('input', { ...attributes, 'aria-invalid': 'false' }));
  return h(
    'div',
    { class: 'toolbar', part: 'toolbar', role: 'group', 'aria-label': 'Filters and export' },
    input('From', { type: 'date' }),
    input('To', { type: 'date' }),
    input('Event ID', {
      class: 'event-id',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
    }),
    h('span', { class: 'spacer' }),
    h(
      'button',
      { class: 'btn small', type: 'button', part: 'export-button', 'aria-disabled': 'false' },
      'Export CSV',
    ),
  );
}

function pager(page, size) {
  const shown = page.items.length;
  const of = page.total !== undefined ? ` of ${INTEGER.format(page.total)}` : '';
  const button = (label, disabled) =>
    h('button', { class: 'btn small', type: 'button', 'aria-disabled': String(disabled) }, label);
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

/**
 * A host div whose shadow root holds the usage table of `page`, ready to append; `styles` are
 * the element's stylesheets (`elementSheets()`). Clicks are handled by one delegated listener,
 * as a careful hand-written table would.
 */
export function plainUsageTable(page, size, styles) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles;
  const head = h(
    'tr',
    { role: 'row' },
    ...COLUMNS.map(([label, cls]) =>
      h('th', { scope: 'col', role: 'columnheader', class: cls }, label),
    ),
  );
  const body = h('tbody', null, ...page.items.map(row));
  body.addEventListener('click', () => {});
  const table = h(
    'table',
    { part: 'table', role: 'table' },
    h('caption', { class: 'visually-hidden' }, 'Credit Usage'),
    h('thead', null, head),
    body,
  );
  root.append(
    h(
      'div',
      { class: 'card base', part: 'base', 'aria-busy': 'false' },
      h('h2', { class: 'title', part: 'title' }, 'Credit Usage'),
      toolbar(),
      h('div', { class: 'table-wrap', part: 'table-wrap' }, table),
      pager(page, size),
      h('div', {
        id: 'credits-popout',
        class: 'popout',
        part: 'popout',
        popover: '',
        role: 'group',
      }),
    ),
  );
  host.className = 'plain-usage-table';
  return host;
}
