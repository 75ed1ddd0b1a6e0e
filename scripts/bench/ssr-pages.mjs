// The pages of the `ssr` part, rendered per request by the bench server (Node):
//   /ssr-balance.html       the balance alone, server-rendered with its data (@lit-labs/ssr
//                           through the built `credits-widgets` and `credits-widgets/ssr`), the
//                           cache script and the hydration bundle, as README's recipe has it;
//   /ssr.html               the same with the balance, the monthly summary and the usage table;
//   /ssr-after-frame.html   /ssr.html with the bundle started after the first frame drawn;
//   /ssr-dashboard.html     the dashboard (Credits tab) server-rendered with its data;
//   /ssr-balance-plain.html, /ssr-plain.html   the same views as the first two from a plain
//                           template (ssr-plain.mjs), no JavaScript.
// Each request has its own CreditsClient, whose `fetch` answers from the bench's data at once:
// the API's delay only applies if the browser asks (it should not: the cache script holds the
// answers). The browser bundle (Lit's hydration support + the package, one Lit) is built once
// with vite's build() into tmp/bench-ssr/public and served at /ssr/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { build } from 'vite';
import { CreditsClient } from 'credits-widgets';
import {
  creditsCacheScript,
  enableCreditsServerRendering,
  preloadCredits,
} from 'credits-widgets/ssr';
import { html as benchPage, slowApi, SLOW_API } from './server.mjs';
import { plainServerBalance, plainServerViews } from './ssr-plain.mjs';

export const BUNDLE_DIR = 'tmp/bench-ssr';
/** Where the server's client reaches the API (answered in memory; never on the network). */
const SERVER_API = `http://bench.internal${SLOW_API}`;
const PAGE_SIZE = 25;
const WIDGETS = ['credits-balance', 'credits-monthly-summary', 'credits-usage-table'];
const HYDRATE = '<script type="module" src="/ssr/app.js"></script>';
/**
 * The same script started after the browser has drawn a frame of the parsed page (or after
 * 100 ms: a hidden tab draws none): a module script runs as soon as the page is parsed, so
 * hydrating takes the main thread before the frame that shows the end of the page.
 */
const HYDRATE_AFTER_FRAME = `<script type="module">
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
  import('/ssr/app.js');
</script>`;

/** A `fetch` that answers the bench API's requests from data.mjs, as JSON, at once. */
async function benchFetch(input) {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const body = url.pathname.startsWith(`${SLOW_API}/`) ? slowApi(url) : undefined;
  return body
    ? new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
    : new Response('{"error":{"code":"not_found","message":"not found"}}', { status: 404 });
}

/** Server time per page (ms): the data (the client's preload), then the render. */
export const serverTimes = {};
function timed(path, make) {
  serverTimes[path] = [];
  return async () => {
    const t0 = performance.now();
    const { data, body, head } = await make();
    const t1 = performance.now();
    const page = benchPage(path, await body(data), '', head(data));
    serverTimes[path].push({ data: t1 - t0, render: performance.now() - t1 });
    return page;
  };
}

/** The client's answers, then the widgets rendered with them (`template(client)`). */
function serverRendered(path, widgets, template, hydrate = HYDRATE) {
  return timed(path, async () => {
    const client = new CreditsClient({ endpoint: SERVER_API, fetch: benchFetch });
    await preloadCredits(client, widgets);
    return {
      data: client,
      body: (c) => collectResult(render(template(c))),
      head: (c) => creditsCacheScript(c, SLOW_API) + hydrate,
    };
  });
}

const balance = (client) =>
  html`<credits-balance endpoint=${SLOW_API} locale="en-US" .client=${client}></credits-balance>`;
const threeWidgets = (client) =>
  html`${balance(client)}
    <credits-monthly-summary
      endpoint=${SLOW_API}
      locale="en-US"
      .client=${client}
    ></credits-monthly-summary>
    <credits-usage-table
      endpoint=${SLOW_API}
      locale="en-US"
      .client=${client}
    ></credits-usage-table>`;

/** The plain server's own way to the answers: fetch, check the status, parse. */
async function plainGet(path) {
  const response = await benchFetch(SERVER_API + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The pages by path, for setRenderedPages(); `css` is each view's CSS text for the plain
 * template (elementCssInNode()).
 */
export function ssrPages(css) {
  enableCreditsServerRendering();
  return {
    '/ssr-balance.html': serverRendered('/ssr-balance.html', [{ tag: 'credits-balance' }], balance),
    '/ssr.html': serverRendered(
      '/ssr.html',
      WIDGETS.map((tag) => ({ tag })),
      threeWidgets,
    ),
    '/ssr-after-frame.html': serverRendered(
      '/ssr-after-frame.html',
      WIDGETS.map((tag) => ({ tag })),
      threeWidgets,
      HYDRATE_AFTER_FRAME,
    ),
    '/ssr-dashboard.html': serverRendered(
      '/ssr-dashboard.html',
      [{ tag: 'credits-dashboard', attributes: { tab: 'credits' } }],
      (client) =>
        html`<credits-dashboard
          endpoint=${SLOW_API}
          locale="en-US"
          admin
          .client=${client}
        ></credits-dashboard>`,
    ),
    // The balance asks for the monthly usage too (its runway line).
    '/ssr-balance-plain.html': timed('/ssr-balance-plain.html', async () => {
      const [balance, monthly] = await Promise.all([
        plainGet('/balance'),
        plainGet('/usage/monthly?months=4'),
      ]);
      return {
        data: { balance, monthly },
        body: async (data) => plainServerBalance(data, css),
        head: () => '',
      };
    }),
    '/ssr-plain.html': timed('/ssr-plain.html', async () => {
      const [balance, monthly, usage] = await Promise.all([
        plainGet('/balance'),
        plainGet('/usage/monthly?months=4'),
        plainGet(`/transactions?kind=usage&limit=${PAGE_SIZE}`),
      ]);
      return {
        data: { balance, monthly, usage },
        body: async (data) => plainServerViews(data, PAGE_SIZE, css),
        head: () => '',
      };
    }),
  };
}

/**
 * Each view's CSS text as the elements' server render writes it (their `elementStyles`, the
 * sheets Lit adopts in the browser), for the plain template.
 */
export function elementCssInNode() {
  const text = (tag) => {
    const element = globalThis.customElements.get(tag);
    element.finalize();
    return element.elementStyles.map((style) => style.cssText).join('');
  };
  return {
    balance: text('credits-balance'),
    summary: text('credits-monthly-summary'),
    table: text('credits-usage-table'),
  };
}

/** Every distinct sheet of the credits elements (CSS text), to find those a page repeats. */
export function elementSheetsInNode() {
  const sheets = new Set();
  for (const tag of [
    ...WIDGETS,
    'credits-dashboard',
    'credits-subscription',
    'credits-purchase-history',
  ]) {
    const element = globalThis.customElements.get(tag);
    element.finalize();
    for (const style of element.elementStyles) sheets.add(style.cssText);
  }
  return [...sheets];
}

/**
 * Builds the browser bundle: Lit's hydration support, then the package, bundled together so
 * that both use the one Lit (production conditions, as the CDN build). Returns its files and
 * the folders each Lit package was bundled from (one each, or there are two Lits).
 */
export async function buildHydrationBundle() {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  writeFileSync(
    `${BUNDLE_DIR}/app.js`,
    `// Lit's hydration support before any element, then the elements: one Lit for both.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'credits-widgets';
`,
  );
  const result = await build({
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    base: '/ssr/',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir: `${BUNDLE_DIR}/public`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rolldownOptions: {
        input: { app: `${BUNDLE_DIR}/app.js` },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
          // Lit and its hydration support in one chunk, in the entry's order: split apart, the
          // shared chunk with LitElement ran before the entry's hydration support (which must
          // patch LitElement as it loads), and every widget drew itself a second time above the
          // server's HTML instead of hydrating it.
          codeSplitting: {
            groups: [
              {
                name: 'lit',
                test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs)[\\/]/,
              },
            ],
          },
        },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const litFrom = new Set();
  for (const chunk of output.filter((o) => o.type === 'chunk')) {
    for (const id of chunk.moduleIds) {
      const lit = id.match(
        /^(.*[\\/]node_modules[\\/](?:@lit[\\/]reactive-element|lit-element|lit-html|lit))[\\/]/,
      );
      if (lit) litFrom.add(lit[1]);
    }
  }
  return {
    dir: `${BUNDLE_DIR}/public`,
    files: output.filter((o) => o.type === 'chunk').map((o) => o.fileName),
    litFrom: [...litFrom],
  };
}
