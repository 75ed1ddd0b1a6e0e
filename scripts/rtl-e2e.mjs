// Right to left, end to end: the built CDN file on a page served with `lang="ar" dir="rtl"`
// and the demo's mock API behind it. The dashboard's tabs, the tables' columns and the
// summary's cards run from the right, nothing scrolls sideways, the words are Arabic (only the
// Arabic translation was downloaded), a phone number in the billing details keeps its order,
// a host's registerMessages (from the CDN file) re-renders the open page, and Chart.js starts
// with the dashboard's code (the loader's early start); at 1280 and 390 px, light and dark.
// Saves a screenshot of each (the Credits and Billing tabs) in test-results/rtl/ (looked at,
// kept as the test's artefact). Run after `npm run build`.
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const OUT = 'test-results/rtl';

const vite = await createViteServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'silent',
});
const { answer } = await vite.ssrLoadModule('/demo/mock-api.ts');

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>الرصيد</title>
<script type="module">
  import * as widgets from '/dist/credits-widgets.js';
  window.widgets = widgets;
</script>
<style>
  :root { color-scheme: light dark; }
  body { margin: 0 auto; padding: 1rem; max-width: 72rem; font-family: system-ui; }
</style>
</head><body><main>
<credits-dashboard endpoint="/api/credits" admin></credits-dashboard>
</main></body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end(PAGE);
  }
  const api = /^\/api\/([a-z]+)(\/.*)$/.exec(url.pathname);
  if (api && req.method === 'GET') {
    const result = answer(api[1], req.method, api[2], url, undefined);
    res.writeHead(result.status, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(result.body));
  }
  if (await serveDist(url.pathname, res)) return;
  res.writeHead(404);
  res.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
};

/** Measures, in the page, what mirrors: x positions through the shadow roots. */
function measure() {
  const deep = (root, selector) => {
    const found = [];
    const walk = (node) => {
      found.push(...node.querySelectorAll(selector));
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(root);
    return found;
  };
  const x = (el) => (el ? Math.round(el.getBoundingClientRect().left) : null);
  const tabs = deep(document, '.outer [role="tab"]');
  const headers = deep(document, 'credits-usage-table').flatMap((t) => [
    ...t.shadowRoot.querySelectorAll('thead th'),
  ]);
  // The widgets' own words (headings, column headers, tabs, labels, action buttons); rows hold
  // the mock's data (event and user names), which stays as the server wrote it.
  const text = deep(document, 'h2, th, [role="tab"], label, .btn')
    .map((el) => el.textContent.replace('CSV', '').trim())
    .filter(Boolean);
  return {
    tabs: tabs.map(x),
    headers: headers.filter((h) => h.getBoundingClientRect().width > 0).map(x),
    cards: deep(document, 'credits-monthly-summary').flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('[part~="card"]')].map(x),
    ),
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    latin: text.filter((t) => /[A-Za-z]{3,}/.test(t)),
    // Chart.js starts with the dashboard's code (the loader saw a tag that draws the chart),
    // not once that code has run.
    chartEarly: (() => {
      const entry = (part) =>
        performance.getEntriesByType('resource').find((e) => e.name.includes(`/chunks/${part}-`));
      const chart = entry('usage-chart');
      const dashboard = entry('credits-dashboard');
      return Boolean(chart && dashboard && chart.startTime < dashboard.responseEnd);
    })(),
    translations: performance
      .getEntriesByType('resource')
      .map((e) => /chunks\/(de|fr|es|pt-BR|hi|ar)-[\w-]{8}\.js$/.exec(e.name)?.[1])
      .filter(Boolean),
  };
}

const descending = (list) => list.length > 1 && list.every((v, i) => i === 0 || v < list[i - 1]);

for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(origin);
    const name = `dashboard-ar-${width}-${scheme}`;
    await page.waitForFunction(() => {
      const dash = document.querySelector('credits-dashboard');
      const table = dash?.shadowRoot?.querySelector('credits-usage-table');
      return (
        table?.shadowRoot?.querySelector('tbody tr.row') &&
        !document.querySelector(':not(:defined)')
      );
    });
    await page.waitForTimeout(600); // the chart's bars grow in
    const m = await page.evaluate(measure);
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
    // At 390 px the third tab wraps onto a second row: the first two show the direction.
    check(
      descending(m.tabs.slice(0, 2)),
      `${name}: the tabs do not run from the right (${m.tabs})`,
    );
    if (width > 700) {
      check(descending(m.cards), `${name}: the months do not run from the right (${m.cards})`);
      check(
        descending(m.headers),
        `${name}: the usage columns do not run from the right (${m.headers})`,
      );
    }
    check(!m.sideways, `${name}: the page scrolls sideways`);
    check(m.chartEarly, `${name}: Chart.js started only after the dashboard's code arrived`);
    check(m.latin.length === 0, `${name}: Latin-script words left: ${m.latin.join(' | ')}`);
    check(
      m.translations.join() === 'ar',
      `${name}: translations downloaded: ${m.translations.join() || 'none'} (only ar expected)`,
    );
    // The billing tab too: payments, and the customer's own details (a Latin address and a
    // phone number keep their order inside the Arabic list).
    await page.evaluate(() => {
      document.querySelector('credits-dashboard').tab = 'billing';
    });
    await page.waitForFunction(() => {
      const billing = document
        .querySelector('credits-dashboard')
        .shadowRoot.querySelector('credits-billing');
      const details = billing?.shadowRoot?.querySelector('credits-billing-details');
      return details?.shadowRoot?.querySelector('dd');
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${name}-billing.png`, fullPage: true });
    // Each billing detail ends at the list's right edge, whatever its own direction.
    const ragged = await page.evaluate(() => {
      const billing = document
        .querySelector('credits-dashboard')
        .shadowRoot.querySelector('credits-billing');
      const details = billing.shadowRoot.querySelector('credits-billing-details');
      return [...details.shadowRoot.querySelectorAll('dd')].flatMap((dd) => {
        const range = document.createRange();
        range.selectNodeContents(dd);
        const gap = dd.getBoundingClientRect().right - range.getBoundingClientRect().right;
        const problems = gap > 2 ? [`${dd.textContent.trim()} (${Math.round(gap)} px short)`] : [];
        // A phone number reads in its own order: its country code stays on the left.
        const text = [...dd.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
        if (text?.nodeType === Node.TEXT_NODE && /^\+\d/.test(text.data)) {
          const at = (from, to) => {
            const r = document.createRange();
            r.setStart(text, from);
            r.setEnd(text, to);
            return r.getBoundingClientRect().left;
          };
          const n = text.data.length;
          if (at(0, 3) > at(n - 3, n)) problems.push(`${text.data} reads backwards`);
        }
        return problems;
      });
    });
    check(ragged.length === 0, `${name} billing: details out of place: ${ragged.join(', ')}`);
    const billingText = await page.evaluate(measure);
    check(
      billingText.latin.length === 0,
      `${name} billing: Latin words left: ${billingText.latin}`,
    );
    check(!billingText.sideways, `${name} billing: the page scrolls sideways`);
    if (width === 1280 && scheme === 'light') {
      // A host's own words, through the CDN file's registerMessages: the open page follows.
      const tab = await page.evaluate(async () => {
        window.widgets.registerMessages('ar', { 'dashboard.tabBilling': 'الفواتير' });
        const dashboard = document.querySelector('credits-dashboard');
        await dashboard.updateComplete;
        return dashboard.shadowRoot.querySelector('#tab-billing').textContent.trim();
      });
      check(tab === 'الفواتير', `${name}: registerMessages did not reach the tab (${tab})`);
    }
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);
    await context.close();
  }
}

await browser.close();
server.close();
await vite.close();
if (problems.length) {
  console.error(`RTL:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `RTL: the Arabic dashboard mirrors at 1280 and 390 px, light and dark; screenshots in ${OUT}/`,
);
