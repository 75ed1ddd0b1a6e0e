// The bench's in-page timing of the balance, the summary with its chart and the dashboard's tab
// switches, each against its plain baseline (plain-views.mjs, plain-table.mjs), with the data
// in hand: a client whose cache holds every answer, from a fetch that answers from memory.
// Only public surface is read: part names, aria-busy, `client`, `updateComplete`, tab buttons.
import { CreditsClient } from '/dist/credits-widgets.js';
import { Chart } from '/bench/chart.mjs';
import {
  balanceBody,
  billingDetailsBody,
  breakdownBody,
  monthlyBody,
  paymentPage,
  subscriptionBody,
  thisMonth,
  transactionPage,
} from './data.mjs';
import { MemoryResponse, nextFrame, until } from './page.mjs';
import { elementSheets, plainUsageTable } from './plain-table.mjs';
import {
  plainBalance,
  plainBreakdown,
  plainSubscription,
  plainSummary,
  sheetsOf,
} from './plain-views.mjs';

const NOW = new Date();

function answer(url) {
  const path = url.pathname.replace(/^\/api\/views/, '');
  const query = Object.fromEntries(url.searchParams);
  if (path === '/balance') return balanceBody(NOW);
  if (path === '/usage/monthly') return monthlyBody(query.months, NOW);
  if (path === '/transactions') return transactionPage(query.kind, query, 500);
  if (path === '/subscription') return subscriptionBody();
  if (path === '/payments') return paymentPage(query);
  if (path === '/billing-details') return billingDetailsBody();
  if (path === '/usage/breakdown') return breakdownBody();
  return undefined;
}

function memoryClient() {
  const fetch = async (input) => {
    const body = answer(new URL(String(input), location.href));
    return body ? new MemoryResponse(JSON.stringify(body)) : new Response('{}', { status: 404 });
  };
  return new CreditsClient({ endpoint: '/api/views', fetch });
}

/** Fills (or keeps) the client's cache, untimed: what "data in hand" means here. */
async function warm(client) {
  await Promise.all([
    client.getBalance(),
    client.getMonthlyUsage(4),
    client.getTransactions({ kind: 'usage', limit: 25 }),
    client.getTransactions({ kind: 'purchase', limit: 25 }),
    client.getSubscription(),
    client.getPayments({ limit: 25 }),
    client.getBillingDetails(),
    client.getUsageBreakdown({ by: 'event', ...thisMonth(), limit: 5 }),
  ]);
}

/** `root` (when an element) and every credits element under it, through shadow roots. */
function creditsElements(root) {
  const out = [];
  const walk = (node) => node.querySelectorAll('*').forEach(visit);
  const visit = (el) => {
    if (el.localName.startsWith('credits-')) out.push(el);
    if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (root instanceof Element) visit(root);
  walk(root);
  return out;
}

/** Loaded: every credits element under `root` rendered its data, charts drawn. */
function loaded(root) {
  // The dashboard and <credits-billing> hold other elements and load nothing themselves.
  const leaves = creditsElements(root).filter(
    (el) => el.localName !== 'credits-dashboard' && el.localName !== 'credits-billing',
  );
  return (
    leaves.length > 0 &&
    leaves.every((el) => {
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      if (base?.getAttribute('aria-busy') !== 'false') return false;
      const canvas = el.shadowRoot.querySelector('[part~="chart"] canvas');
      // Chart.js sets the canvas's box-sizing when it draws (synchronously, with no animation).
      return !canvas || canvas.style.boxSizing === 'border-box';
    })
  );
}

function element(tag, client, attributes = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) {
    el.setAttribute(name, value);
  }
  el.client = client;
  return el;
}

/** Times `build()` (returns the appended node) until `done(node)`, then a forced layout. */
async function timed(build, done) {
  const t0 = performance.now();
  const node = await build();
  const frames = await until(node, () => done(node));
  void document.body.offsetHeight;
  return { ms: performance.now() - t0, frames, node };
}

/** `runs` alternating pairs after `warmup`: the element's render and its plain baseline's. */
async function compare({ warmup, runs }, elementRun, plainRun) {
  const client = memoryClient();
  const result = { element: [], plain: [], frames: 0 };
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, run] of [
      ['element', elementRun],
      ['plain', plainRun],
    ]) {
      await warm(client);
      await nextFrame();
      const { ms, frames, node } = await run(client);
      node.chart?.destroy();
      node.remove();
      if (i < warmup) continue;
      result[name].push(ms);
      result.frames += frames;
    }
  }
  return result;
}

const append = (node) => (document.body.append(node), node);

export function balance(options) {
  return compare(
    options,
    (client) =>
      timed(
        () => append(element('credits-balance', client)),
        (el) => loaded(el) && el.shadowRoot.querySelector('[part~="runway"]'),
      ),
    async (client) => {
      const styles = await sheetsOf('credits-balance');
      return timed(
        async () => {
          const [b, m] = await Promise.all([client.getBalance(), client.getMonthlyUsage(4)]);
          return append(plainBalance(b, m, styles));
        },
        () => true,
      );
    },
  );
}

export function breakdown(options) {
  return compare(
    options,
    (client) => timed(() => append(element('credits-usage-breakdown', client)), loaded),
    async (client) => {
      const styles = await sheetsOf('credits-usage-breakdown');
      return timed(
        async () => {
          const data = await client.getUsageBreakdown({ by: 'event', ...thisMonth(), limit: 5 });
          return append(plainBreakdown(data, styles));
        },
        () => true,
      );
    },
  );
}

export function summary(options) {
  return compare(
    options,
    (client) => timed(() => append(element('credits-monthly-summary', client)), loaded),
    async (client) => {
      const styles = await sheetsOf('credits-monthly-summary');
      return timed(
        async () => {
          const node = append(plainSummary(await client.getMonthlyUsage(4), styles, Chart));
          node.draw();
          return node;
        },
        () => true,
      );
    },
  );
}

/**
 * The loaded shadow trees of `el` and the credits elements inside it, as markup: the plain
 * baseline of the Billing & Transactions panel is this same markup set with innerHTML (custom
 * element tags renamed so nothing upgrades), a lower bound of any plain implementation.
 */
function snapshot(el) {
  const rename = (markup) => markup.replace(/(<\/?)credits-/g, '$1plain-credits-');
  return {
    sheets: [...el.shadowRoot.adoptedStyleSheets],
    markup: rename(el.shadowRoot.innerHTML),
    inner: [...el.shadowRoot.querySelectorAll('*')]
      .filter((n) => n.localName.startsWith('credits-'))
      .map(snapshot),
  };
}

function rebuild(snap, host = document.createElement('div')) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = snap.sheets;
  root.innerHTML = snap.markup;
  const slots = [...root.querySelectorAll('*')].filter((n) =>
    n.localName.startsWith('plain-credits-'),
  );
  slots.forEach((slot, i) => rebuild(snap.inner[i], slot));
  return host;
}

const TABS = [
  ['credits', 'Credits'],
  ['subscription', 'Subscription'],
  ['billing', 'Billing &amp; Transactions'],
];

/** The plain dashboard: the same tabs and panels; a panel is built when first opened. */
async function plainDashboard(client, billing) {
  const [dashSheets, tableSheets, balanceSheets, summarySheets, subscriptionSheets] =
    await Promise.all([
      sheetsOf('credits-dashboard'),
      elementSheets(),
      sheetsOf('credits-balance'),
      sheetsOf('credits-monthly-summary'),
      sheetsOf('credits-subscription'),
    ]);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = dashSheets;
  root.innerHTML = `<div class="dashboard" part="base">
    <div class="outer" role="tablist" aria-label="Credits sections" part="tabs">${TABS.map(
      ([id, label]) =>
        `<button role="tab" id="tab-${id}" aria-controls="panel-${id}" aria-selected="false" tabindex="-1">${label}</button>`,
    ).join('')}</div>${TABS.map(
      ([id]) =>
        `<div role="tabpanel" id="panel-${id}" aria-labelledby="tab-${id}" tabindex="0" part="panel" hidden></div>`,
    ).join('')}</div>`;
  const build = {
    credits: async (panel) => {
      const [b, m, usage] = await Promise.all([
        client.getBalance(),
        client.getMonthlyUsage(4),
        client.getTransactions({ kind: 'usage', limit: 25 }),
      ]);
      const top = document.createElement('div');
      top.className = 'top';
      const chart = plainSummary(m, summarySheets, Chart);
      top.append(plainBalance(b, m, balanceSheets), chart);
      const inner = document.createElement('div');
      inner.className = 'inner';
      inner.setAttribute('role', 'tablist');
      inner.innerHTML = `<button role="tab" aria-selected="true">Credit Usage</button><button role="tab" aria-selected="false" tabindex="-1">Purchase History</button>`;
      const usagePanel = document.createElement('div');
      usagePanel.setAttribute('role', 'tabpanel');
      usagePanel.append(plainUsageTable(usage, 25, tableSheets));
      panel.append(top, inner, usagePanel);
      chart.draw();
      host.charts = [chart];
    },
    subscription: async (panel) =>
      panel.append(plainSubscription(await client.getSubscription(), subscriptionSheets)),
    billing: async (panel) => {
      await Promise.all([client.getPayments({ limit: 25 }), client.getBillingDetails()]);
      panel.append(rebuild(billing));
    },
  };
  const opened = new Set();
  host.select = async (tab) => {
    for (const [id] of TABS) {
      root.getElementById(`tab-${id}`).setAttribute('aria-selected', String(id === tab));
      root.getElementById(`panel-${id}`).hidden = id !== tab;
    }
    if (!opened.has(tab)) {
      opened.add(tab);
      await build[tab](root.getElementById(`panel-${tab}`));
    }
  };
  host.shown = () => true;
  host.chart = { destroy: () => host.charts?.forEach((c) => c.chart.destroy()) };
  document.body.append(host);
  await host.select('credits');
  return host;
}

function elementDashboard(client) {
  const el = element('credits-dashboard', client, { admin: '' });
  el.select = (tab) => el.shadowRoot.getElementById(`tab-${tab}`).click();
  el.shown = (tab) => {
    const panel = el.shadowRoot?.getElementById(`panel-${tab}`);
    return !!panel && !panel.hidden && loaded(panel);
  };
  document.body.append(el);
  return el;
}

const STEPS = [
  ['subscription', 'first'],
  ['billing', 'first'],
  ['credits', 'again'],
  ['subscription', 'again'],
  ['billing', 'again'],
];

/**
 * The dashboard's tab switches, from the tab's click to its panel loaded and laid out: the first
 * open of Subscription and of Billing & Transactions (their elements render from the cache) and
 * the later switches (median of the three), element against the plain dashboard, alternating.
 */
export async function dashboard({ warmup, runs }) {
  const client = memoryClient();
  await warm(client);
  const probe = element('credits-billing', client, { admin: '' });
  document.body.append(probe);
  await until(probe, () => loaded(probe));
  const billing = snapshot(probe);
  probe.remove();

  const result = {};
  for (let i = 0; i < warmup + runs; i++) {
    for (const name of ['element', 'plain']) {
      await warm(client);
      const dash =
        name === 'element' ? elementDashboard(client) : await plainDashboard(client, billing);
      await until(dash, () => dash.shown('credits'));
      for (const [tab, kind] of STEPS) {
        await warm(client);
        await nextFrame();
        const t0 = performance.now();
        await dash.select(tab);
        await until(dash, () => dash.shown(tab));
        void document.body.offsetHeight;
        const ms = performance.now() - t0;
        const key = `${name} ${kind === 'first' ? `first ${tab}` : 'again'}`;
        if (i >= warmup) (result[key] ??= []).push(ms);
      }
      dash.chart?.destroy();
      dash.remove();
    }
  }
  return result;
}
