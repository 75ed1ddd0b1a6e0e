// The bench's HTTP server: the built library, the in-page half of the bench, the pages it loads
// (and those the ssr part renders per request, ssr-pages.mjs) and a Credits API that answers
// after a delay (/api/bench-slow).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  balanceBody,
  billingDetailsBody,
  monthlyBody,
  paymentPage,
  subscriptionBody,
  transactionPage,
} from './data.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Files of scripts/bench/ the page may load. */
const PAGE_MODULES = [
  'data.mjs',
  'minimal-table.mjs',
  'page.mjs',
  'plain-page.mjs',
  'plain-table.mjs',
  'plain-views.mjs',
  'soak-page.mjs',
  'views.mjs',
];
export const WIDGETS = [
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
  'credits-purchase-history',
];
export const SLOW_API = '/api/bench-slow';
const TEXT = `<p>Text after the widget. If the widget above grows or shrinks as it loads, this
  paragraph moves: that is a layout shift the user sees. Lorem ipsum dolor sit amet, consectetur
  adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`;

/** Every element that takes room on a page, once (the billing element is payments and details). */
export const EVERY = [...WIDGETS, 'credits-subscription', 'credits-billing'];

/** credits-widgets/reserve.css, linked as the README says: room held before the code runs. */
const RESERVE = '<link rel="stylesheet" href="/dist/reserve.css">';

const LIBRARY = '<script type="module" src="/dist/credits-widgets.js"></script>';

/** A bench page: `links` (a stylesheet) in its head before `head` (the library by default). */
export function html(title, body, links = '', head = LIBRARY) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
    <title>${title}</title>
    <style>body { margin: 0; font-family: system-ui, sans-serif; }
      main { display: grid; gap: 1rem; max-width: 64rem; margin: 0 auto; padding: 1rem; }
      p { margin: 0; }</style>${links}
    ${head}</head>
    <body><main>${body}</main></body></html>`;
}

/**
 * Notes in `window.dataOnScreen` the first frame (ms from navigation) in which the balance
 * figure, a drawn chart and usage rows are all on the page, whoever drew them.
 */
const DATA_PROBE = `<script>
  (() => {
    const find = (root, selector) => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const deep = el.shadowRoot && find(el.shadowRoot, selector);
        if (deep) return deep;
      }
      return null;
    };
    const drawn = () => find(document, '[part~="chart"] canvas')?.style.boxSizing === 'border-box';
    const tick = () => {
      if (find(document, '[part~="value"]') && find(document, 'tbody tr[part~="row"]') && drawn()) {
        window.dataOnScreen = performance.now();
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();
</script>`;

const widget = (tag) => `<${tag} endpoint="${SLOW_API}" locale="en-US"></${tag}>`;

/** The pages the CLS and height figures load; each answers from the slow API. */
export const PAGES = {
  '/bench.html': () =>
    html(
      'bench',
      `<script type="module">
        import * as bench from '/bench/page.mjs';
        import * as views from '/bench/views.mjs';
        import { sheetsOf } from '/bench/plain-views.mjs';
        window.bench = { ...bench, views, sheetsOf };
      </script>`,
    ),
  // The soak (soak.mjs): the library's CDN file, and the in-page half that mounts and removes.
  '/soak': () =>
    html(
      'soak',
      '',
      '',
      `${LIBRARY}<script type="module">
        import * as soak from '/bench/soak-page.mjs';
        window.soak = soak;
      </script>`,
    ),
  '/cls/tables': () =>
    html('three usage tables', [1, 2, 3].map(() => widget('credits-usage-table') + TEXT).join('')),
  '/cls/column': () => html('one column', WIDGETS.map((tag) => widget(tag) + TEXT).join('')),
  '/cls/dashboard': () =>
    html(
      'dashboard',
      `<credits-dashboard endpoint="${SLOW_API}" locale="en-US" admin></credits-dashboard>${TEXT}`,
    ),
  // Time to data on screen: the balance, the summary and the usage table, ours and plain.
  '/ttd/widgets': () =>
    html(
      'three widgets',
      ['credits-balance', 'credits-monthly-summary', 'credits-usage-table'].map(widget).join(''),
      '',
      DATA_PROBE + LIBRARY,
    ),
  '/ttd/plain': () =>
    html(
      'the same page in plain JavaScript',
      '<div id="balance"></div><div id="summary"></div><div id="usage"></div>',
      '',
      `${DATA_PROBE}<script type="module" src="/bench/plain-page.mjs"></script>`,
    ),
  // Requests per resource: the whole dashboard, every tab opened, and two widgets beside it.
  '/requests/dashboard': () =>
    html(
      'dashboard and two widgets',
      `<credits-dashboard endpoint="${SLOW_API}" locale="en-US" admin></credits-dashboard>` +
        widget('credits-balance') +
        widget('credits-usage-table'),
    ),
  '/cls/dashboard-reserved': () =>
    html(
      'dashboard, room reserved',
      `<credits-dashboard endpoint="${SLOW_API}" locale="en-US" admin></credits-dashboard>${TEXT}`,
      RESERVE,
    ),
  '/cls/column-reserved': () =>
    html('one column', WIDGETS.map((tag) => widget(tag) + TEXT).join(''), RESERVE),
  '/cls/tables-reserved': () =>
    html(
      'three usage tables, room reserved',
      [1, 2, 3].map(() => widget('credits-usage-table') + TEXT).join(''),
      RESERVE,
    ),
  '/cls/every': () => html('every element', EVERY.map((tag) => widget(tag) + TEXT).join('')),
  '/cls/every-reserved': () =>
    html('every element, room reserved', EVERY.map((tag) => widget(tag) + TEXT).join(''), RESERVE),
  ...Object.fromEntries(
    WIDGETS.map((tag) => [`/alone/${tag}`, () => html(tag, widget(tag) + TEXT)]),
  ),
};

/** The contract-valid body of `/api/bench-slow/...` (the server sends it after `delay` ms). */
export function slowApi(url) {
  const path = url.pathname.slice(SLOW_API.length);
  const query = Object.fromEntries(url.searchParams);
  if (path === '/balance') return balanceBody();
  if (path === '/usage/monthly') return monthlyBody(query.months);
  if (path === '/transactions' && (query.kind === 'usage' || query.kind === 'purchase')) {
    return transactionPage(query.kind, query, query.kind === 'usage' ? 500 : 40);
  }
  if (path === '/subscription') return subscriptionBody();
  if (path === '/payments') return paymentPage(query);
  if (path === '/billing-details') return billingDetailsBody();
  return undefined;
}

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The element styles the plain page uses (CSS text by view), taken from the built elements. */
let plainStyles = {};
export function setPlainStyles(styles) {
  plainStyles = styles;
}

/** Pages rendered per request (the ssr part's): path → async function resolving to HTML. */
let renderedPages = {};
/** The folder whose files are served at /ssr/ (the ssr part's browser bundle). */
let ssrFiles;
export function setRenderedPages(pages, filesDir) {
  renderedPages = pages;
  ssrFiles = filesDir;
}

/**
 * The bench's server. The API answers after `delay` ms; every answer (page, script, API) after
 * `latency` ms more, as from a server some way off. `requests` lists each API request's path
 * and query as it came, `arrivals` the same with when it came (ms since the epoch).
 */
export async function startServer({ delay, latency = 0 }) {
  const requests = [];
  const arrivals = [];
  const server = createServer((req, res) =>
    latency ? setTimeout(() => handle(req, res), latency) : handle(req, res),
  );
  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (type, body) => {
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...ISOLATED });
      res.end(body);
    };
    if (PAGES[url.pathname]) return send('text/html', PAGES[url.pathname]());
    if (Object.hasOwn(renderedPages, url.pathname)) {
      renderedPages[url.pathname]().then(
        (body) => send('text/html', body),
        (error) => {
          console.error(error);
          res.writeHead(500);
          res.end();
        },
      );
      return;
    }
    const ssrFile = url.pathname.match(/^\/ssr\/([\w.-]+\.js)$/)?.[1];
    if (ssrFile && ssrFiles && existsSync(join(ssrFiles, ssrFile))) {
      return send('text/javascript', readFileSync(join(ssrFiles, ssrFile)));
    }
    if (url.pathname.startsWith(`${SLOW_API}/`)) {
      requests.push(url.pathname.slice(SLOW_API.length) + url.search);
      arrivals.push({ at: Date.now(), path: requests.at(-1) });
      const body = slowApi(url);
      setTimeout(() => {
        if (body) send('application/json', JSON.stringify(body));
        else {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'not_found', message: url.pathname } }));
        }
      }, delay);
      return;
    }
    if (url.pathname === '/bench/plain-styles.mjs') {
      return send('text/javascript', `export default ${JSON.stringify(plainStyles)};`);
    }
    // The plain summary's Chart.js: the very build (and registered parts) the element loads.
    if (url.pathname === '/bench/chart.mjs') {
      const chunk = readdirSync('dist/chunks').find((f) => /^usage-chart-.*\.js$/.test(f));
      return send('text/javascript', `export * from '/dist/chunks/${chunk}';`);
    }
    const module = url.pathname.match(/^\/bench\/([a-z-]+\.mjs)$/)?.[1];
    if (module && PAGE_MODULES.includes(module)) {
      return send('text/javascript', readFileSync(join(HERE, module)));
    }
    const file = normalize(join(process.cwd(), url.pathname));
    if (url.pathname.startsWith('/dist/') && existsSync(file)) {
      const type = { '.js': 'text/javascript', '.css': 'text/css' }[extname(file)];
      return send(type ?? 'application/json', readFileSync(file));
    }
    res.writeHead(404);
    res.end();
  };
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, requests, arrivals };
}
