// Baselines of the render figures for the balance, the summary with its chart and the
// subscription: the same views as the elements, written as plain JavaScript with template
// strings (the usual framework-free way), in a shadow root with the element's own stylesheets
// (taken from an instance, shared as Lit shares them), so the ratio measures what our
// rendering machinery costs, not a different design. The chart is the same Chart.js build
// with the same parts and options.

const sheets = new Map();

/** The adopted stylesheets of `tag`, taken once from an instance. */
export async function sheetsOf(tag) {
  if (sheets.has(tag)) return sheets.get(tag);
  // On the page first: the CDN loader defines a tag once one is on the page.
  const probe = document.createElement(tag);
  document.body.append(probe);
  await customElements.whenDefined(tag);
  await probe.updateComplete;
  sheets.set(tag, [...probe.shadowRoot.adoptedStyleSheets]);
  probe.remove();
  return sheets.get(tag);
}

const escape = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const ROUGH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' });

const monthDate = (key) => new Date(`${key}-01T00:00:00Z`);

function host(styles, markup) {
  const el = document.createElement('div');
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles;
  root.innerHTML = markup;
  return el;
}

/** <credits-balance>: the figure, its time, the runway line, the hidden cost and the actions. */
export function plainBalance(balance, monthly, styles) {
  const finished = monthly.months.filter((m) => !m.current);
  const pace = finished.reduce((s, m) => s + m.credits, 0) / finished.length;
  const until = new Date(Date.now() + (balance.available / pace) * 30.44 * 86_400_000);
  const part = until.getDate() <= 10 ? 'early' : until.getDate() <= 20 ? 'mid' : 'late';
  return host(
    styles,
    `<div class="card base" part="base" aria-busy="false">
      <h2 class="title" part="title">Available Credits</h2>
      <p class="value"><data part="value" class="figure" value="${balance.available}">${INTEGER.format(balance.available)}</data>
        <span class="unit muted">credits</span></p>
      <p class="as-of muted">Updated <time datetime="${escape(balance.asOf)}">${DATE_TIME.format(new Date(balance.asOf))}</time></p>
      <p class="runway muted" part="runway">At your recent pace (about ${INTEGER.format(Math.round(pace / 100) * 100)}
        credits a month), this lasts until ${part} ${ROUGH.format(until)}.</p>
      <p class="cost" part="cost"><span class="cost-label">Cost per Credit</span>
        <span class="cost-value" id="cost-value" aria-live="polite"><span class="muted">Hidden</span></span>
        <button class="btn btn-link" type="button" aria-controls="cost-value" aria-label="Show cost per credit">Show</button></p>
      <div class="actions" part="actions"><button type="button" class="btn" part="billing-button">View Billing</button></div>
    </div>`,
  );
}

function card(m) {
  const name = MONTH.format(monthDate(m.month));
  return `<li class="month${m.current ? ' current' : ''}" part="card${m.current ? ' current-card' : ''}">
      <h3 class="month-head"><span>${name}</span>${m.current ? '<span class="badge current-badge" part="badge">Current</span>' : ''}</h3>
      <dl><dt><span>Usage</span></dt>
        <dd class="usage spend"><data value="${m.credits}">${INTEGER.format(m.credits)}</data><span class="visually-hidden"> credits</span></dd>
        <dt><span>Usage transactions</span></dt><dd><data value="${m.transactions}">${INTEGER.format(m.transactions)}</data></dd></dl>
      ${m.current ? '<p class="in-progress muted"><span>Month in progress: compare it with the same point in earlier months, or wait until it ends.</span></p>' : ''}
    </li>`;
}

/**
 * <credits-monthly-summary>: four cards, the bar chart (drawn without animation, as the element
 * draws under reduced motion) and the trend line. `Chart` is the same registered Chart.js.
 */
export function plainSummary(monthly, styles, Chart) {
  const months = [...monthly.months].sort((a, b) => a.month.localeCompare(b.month));
  const finished = months.filter((m) => !m.current);
  const average = finished.reduce((s, m) => s + m.credits, 0) / finished.length;
  const runs = finished.reduce((s, m) => s + m.transactions, 0) / finished.length;
  const label = months
    .map((m) => `${MONTH.format(monthDate(m.month))}: ${INTEGER.format(m.credits)} credits`)
    .join('; ');
  const el = host(
    styles,
    `<div class="card base" part="base" aria-busy="false">
      <h2 class="title" part="title">Monthly Usage Summary</h2>
      <ul class="cards" part="cards">${months.map(card).join('')}</ul>
      <div class="chart" part="chart"><canvas role="img" aria-label="Bar chart of credits used per month. ${escape(label)}."></canvas></div>
      <p class="trend" part="trend"><strong>Flat usage: about ${INTEGER.format(average)} credits and ${INTEGER.format(runs)} processing runs a month.</strong>
        A steady event cadence, sized correctly: stay on Pay As You Go.</p>
      <span class="probe bar"></span><span class="probe current"></span><span class="probe text"></span><span class="probe grid"></span>
    </div>`,
  );
  el.draw = () => {
    const root = el.shadowRoot;
    const colour = (name) => getComputedStyle(root.querySelector(`.probe.${name}`)).color;
    const canvas = root.querySelector('canvas');
    const font = { family: getComputedStyle(canvas).fontFamily };
    el.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: months.map((m) => SHORT_MONTH.format(monthDate(m.month))),
        datasets: [
          {
            label: 'Credits used',
            data: months.map((m) => m.credits),
            backgroundColor: months.map((m) => (m.current ? colour('current') : colour('bar'))),
            borderRadius: 4,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: 'en-US',
        animation: false,
        plugins: { tooltip: { titleFont: font, bodyFont: font } },
        scales: {
          x: { grid: { display: false }, ticks: { color: colour('text'), font } },
          y: {
            beginAtZero: true,
            ticks: { color: colour('text'), precision: 0, font },
            grid: { color: colour('grid') },
            border: { display: false },
          },
        },
      },
    });
  };
  return el;
}

/** <credits-subscription>: the plan badge, its description and the expiry. */
export function plainSubscription(subscription, styles) {
  return host(
    styles,
    `<div class="card base" part="base" aria-busy="false">
      <h2 class="title" part="title">Subscription</h2>
      <div class="section"><h3 class="label">Current Plan</h3>
        <p><span class="badge plan-badge" part="badge">${escape(subscription.plan.name)}</span></p>
        <p class="description" part="description">${escape(subscription.plan.description)}</p></div>
      <div class="expiry" part="expiry"><h3 class="label">Subscription Expiry</h3>
        <p>No expiry date set. Your plan does not have a fixed expiry.</p></div>
    </div>`,
  );
}

const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const plural = (n, one, many) => `${INTEGER.format(n)} ${n === 1 ? one : many}`;

/**
 * <credits-usage-breakdown>'s rows as a plain list: each group's name, runs, credits, share and
 * bar, the "Other" line and the total, in the element's card and stylesheets (its grouping and
 * period controls are not drawn: the element draws them too, so the ratio is an upper bound).
 */
export function plainBreakdown(data, styles) {
  const total = data.total.credits;
  const row = (name, credits, runs, part = 'row') => {
    const share = total > 0 ? credits / total : 0;
    return `<li class="row" part="${part}"><span class="name">${name}</span>
      <span class="runs">${plural(runs, 'run', 'runs')}</span>
      <data class="credits" value="${credits}">${plural(credits, 'credit', 'credits')}</data>
      <span class="share">${PERCENT.format(share)}</span>
      <meter class="bar" aria-hidden="true" min="0" max="1" value="${share}"></meter></li>`;
  };
  const name = (g) =>
    g.key === null
      ? 'No event'
      : `<button class="event-link" dir="auto" type="button">${escape(g.label ?? g.key)}</button>`;
  return host(
    styles,
    `<div class="card base" part="base" aria-busy="false">
      <h2 class="title" part="title">Where the credits went</h2>
      <ol class="rows" part="list" aria-label="Credits by group">
        ${data.items.map((g) => row(name(g), g.credits, g.transactions)).join('')}
        ${data.other.groups ? row(`Other (${data.other.groups} events)`, data.other.credits, data.other.transactions, 'row other') : ''}
      </ol>
      <p class="total" part="total"><span class="name">Total</span>
        <span class="runs">${plural(data.total.transactions, 'run', 'runs')}</span>
        <data class="credits" value="${total}">${plural(total, 'credit', 'credits')}</data><span class="share"></span></p>
    </div>`,
  );
}
