// The baseline of the `ssr` part: the balance, the monthly summary and the usage table written
// on the server by plain template strings, no framework and no JavaScript in the page. Each view
// is the markup the element's server render gives (the same elements, classes, parts and
// attributes, without Lit's comment markers and template whitespace) in a declarative shadow
// root with the element's own CSS, as plain-page.mjs reuses the elements' sheets in the browser.
// Times are written in UTC, as the elements write them on a server. Node only.
import { COLUMNS, INTEGER, SIGNED, TYPE_LABELS } from './plain-table.mjs';

const UTC_DATE_TIME = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const escape = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
const monthDate = (key) => new Date(`${key}-01T00:00:00Z`);

/** A host `<div>` whose declarative shadow root holds `css` and `markup`. */
const host = (name, css, markup) =>
  `<div class="${name}"><template shadowrootmode="open"><style>${css}</style>${markup}</template></div>`;

const frame = (title, inner) =>
  `<div class="card base" part="base" lang="en-US" aria-busy="false"><h2 class="title" part="title">${title}</h2>${inner}</div>`;

function balance(b, monthly, css) {
  const finished = monthly.months.filter((m) => !m.current);
  const pace = finished.reduce((s, m) => s + m.credits, 0) / finished.length;
  const until = new Date(Date.now() + (b.available / pace) * 30.44 * 86_400_000);
  const part = until.getUTCDate() <= 10 ? 'early' : until.getUTCDate() <= 20 ? 'mid' : 'late';
  return host(
    'plain-balance',
    css,
    frame(
      'Available Credits',
      `<p class="value"><data class="figure" part="value" value="${b.available}">${INTEGER.format(b.available)}</data>
<span class="unit muted">credits</span></p>
<p class="as-of muted">Updated <time datetime="${escape(b.asOf)}">${UTC_DATE_TIME.format(new Date(b.asOf))}</time></p>
<p class="runway muted" part="runway">At your recent pace (about ${INTEGER.format(Math.round(pace / 100) * 100)} credits a month), this lasts until ${part} ${MONTH.format(until)}.</p>
<p class="cost" part="cost"><span class="cost-label">Cost per Credit</span>
<span class="cost-value" id="cost-value" aria-live="polite"><span class="muted">Hidden</span></span>
<button class="btn btn-link" type="button" aria-controls="cost-value" aria-label="Show cost per credit">Show</button></p>
<div class="actions" part="actions"><button class="btn" part="billing-button" type="button">View Billing</button></div>`,
    ),
  );
}

function card(m) {
  const current = m.current ? ' <span class="badge current-badge" part="badge">Current</span>' : '';
  return `<li class="month${m.current ? ' current' : ''}" part="card${m.current ? ' current-card' : ''}">
<h3 class="month-head"><span>${MONTH.format(monthDate(m.month))}</span>${current}</h3>
<dl><dt><span>Usage</span></dt><dd class="usage spend"><data value="${m.credits}">${INTEGER.format(m.credits)}</data><span class="visually-hidden"> credits</span></dd>
<dt><span>Usage transactions</span></dt><dd><data value="${m.transactions}">${INTEGER.format(m.transactions)}</data></dd></dl>
${m.current ? '<p class="in-progress muted"><span>Month in progress: compare it with the same point in earlier months, or wait until it ends.</span></p>' : ''}</li>`;
}

/** The summary as the server draws it: the cards, the chart's canvas (drawn by no one), the trend. */
function summary(monthly, css) {
  const months = [...monthly.months].sort((a, b) => a.month.localeCompare(b.month));
  const finished = months.filter((m) => !m.current);
  const average = finished.reduce((s, m) => s + m.credits, 0) / finished.length;
  const runs = finished.reduce((s, m) => s + m.transactions, 0) / finished.length;
  const label = months
    .map(
      (m) =>
        `${MONTH.format(monthDate(m.month))}${m.current ? ' (in progress)' : ''}: ${INTEGER.format(m.credits)} credits`,
    )
    .join('; ');
  return host(
    'plain-summary',
    css,
    frame(
      'Monthly Usage Summary',
      `<ul class="cards" part="cards">${months.map(card).join('')}</ul>
<div class="chart" part="chart"><canvas role="img" aria-label="Bar chart of credits used per month. ${escape(label)}."></canvas></div>
<p class="trend" part="trend"><strong>Flat usage: about ${INTEGER.format(average)} credits and ${INTEGER.format(runs)} processing runs a month.</strong> A steady event cadence, sized correctly: stay on Pay As You Go.</p>
<span class="probe bar"></span><span class="probe current"></span><span class="probe text"></span><span class="probe grid"></span>`,
    ),
  );
}

function row(tx) {
  const type = TYPE_LABELS[tx.type] ?? tx.type;
  const event = tx.event
    ? `<button class="event-link clamp-text" dir="auto" type="button" title="${escape(tx.event.name)}">${escape(tx.event.name)}</button>`
    : '<span><span aria-hidden="true">—</span><span class="visually-hidden">No event</span></span>';
  const user = tx.user
    ? `<span class="clamp-text" dir="auto" title="${escape(tx.user.name)}">${escape(tx.user.name)}</span>`
    : '<span class="system">System</span>';
  // As the element writes it: it may break between the day and the time, nowhere else.
  const parts = UTC_DATE_TIME.formatToParts(new Date(tx.createdAt));
  const at = parts.findIndex((p) => p.type === 'hour');
  const text = (from, to) =>
    parts
      .slice(from, to)
      .map((p) => p.value)
      .join('');
  const cells = [
    `<span class="type"><span class="badge">Usage</span><button class="info" type="button" popovertarget="credits-popout" popovertargetaction="show" aria-label="Usage type: ${escape(type)}" aria-expanded="false"></button></span>`,
    `<data class="${tx.credits < 0 ? 'spend' : 'gain'}" value="${tx.credits}">${SIGNED.format(tx.credits)}</data>`,
    event,
    tx.event ? String(tx.event.id) : '<span aria-hidden="true">—</span>',
    user,
    `<time datetime="${escape(tx.createdAt)}"><span class="nobr">${text(0, at).trimEnd()}</span> <span class="nobr">${text(at)}</span></time>`,
  ];
  return `<tr class="row" part="row" role="row">${cells
    .map(
      (content, i) =>
        `<td class="${COLUMNS[i][1]}" role="cell" data-label="${COLUMNS[i][0]}">${content}</td>`,
    )
    .join('')}</tr>`;
}

function usageTable(page, size, css) {
  const input = (label, attributes) =>
    `<label>${label} <input ${attributes} value="" aria-invalid="false"></label>`;
  const head = COLUMNS.map(
    ([label, cls]) => `<th scope="col" role="columnheader" class="${cls}">${label}</th>`,
  ).join('');
  const of = page.total !== undefined ? ` of ${INTEGER.format(page.total)}` : '';
  const shown = INTEGER.format(Math.min(page.items.length, size));
  return host(
    'plain-usage-table',
    css,
    frame(
      'Credit Usage',
      `<div class="toolbar" part="toolbar" role="group" aria-label="Filters and export">
${input('From', 'type="date"')} ${input('To', 'type="date"')} ${input('Event ID', 'class="event-id" type="text" inputmode="numeric" autocomplete="off"')}
<span class="spacer"></span><button class="btn small" type="button" part="export-button" aria-disabled="false">Export CSV</button></div>
<div class="table-wrap" part="table-wrap"><table part="table" role="table"><caption class="visually-hidden">Credit Usage</caption>
<thead><tr role="row">${head}</tr></thead>
<tbody>${page.items.map(row).join('')}</tbody></table></div>
<nav class="pager" part="pager" aria-label="Credit Usage pages"><span aria-live="polite">Rows 1–${shown}${of}</span>
<span class="buttons"><button class="btn small" type="button" aria-disabled="true">Previous</button>
<button class="btn small next" type="button" aria-disabled="${page.nextCursor === null}">Next</button></span></nav>
<div id="credits-popout" class="popout" part="popout" popover role="group"></div>`,
    ),
  );
}

/**
 * The three views of /ssr-plain.html from the API's answers: `css` holds each element's CSS
 * text (`balance`, `summary`, `table`), as the element's server render writes it.
 */
export function plainServerViews({ balance: b, monthly, usage }, pageSize, css) {
  return (
    balance(b, monthly, css.balance) +
    summary(monthly, css.summary) +
    usageTable(usage, pageSize, css.table)
  );
}

/** The balance alone (/ssr-balance-plain.html): its runway reads the monthly usage. */
export function plainServerBalance({ balance: b, monthly }, css) {
  return balance(b, monthly, css.balance);
}
