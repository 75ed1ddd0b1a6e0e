/**
 * `credits-widgets/ssr`: the widgets rendered on a server (Node) with `@lit-labs/ssr`, with
 * their data in the first HTML. A server, per request:
 *
 * ```js
 * import 'credits-widgets';                      // defines the elements (Lit's Node build)
 * import { render } from '@lit-labs/ssr';
 * import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
 * import { html } from 'lit';
 * import { CreditsClient } from 'credits-widgets';
 * import { enableCreditsServerRendering, preloadCredits, creditsCacheScript } from 'credits-widgets/ssr';
 *
 * enableCreditsServerRendering();                // once
 * const client = new CreditsClient({ endpoint: 'https://api.internal/credits', headers });
 * await preloadCredits(client, [{ tag: 'credits-balance' }]);
 * const body = await collectResult(render(html`<credits-provider endpoint="/api/credits" .client=${client}>
 *   <credits-balance></credits-balance></credits-provider>`));
 * const head = creditsCacheScript(client, '/api/credits'); // before the widgets' code
 * ```
 *
 * The browser loads `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements;
 * the shared client for `/api/credits` takes the answers from the script, so each widget
 * hydrates with the numbers the server drew and asks for none of them again.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { CacheSnapshot, CreditsClient } from './data/client.js';
import { validLocale } from './i18n/locale.js';
import { loadShipped, shippedFor } from './i18n/shipped.js';
import { firstLoads } from './prefetch.js';

export type { CacheSnapshot } from './data/client.js';

let enabled = false;

/**
 * Lets `@lit-labs/ssr` connect the credits elements while it renders them, so that a child
 * finds its `<credits-provider>` (or the dashboard) through context, as in the browser, and
 * draws its data instead of its skeleton. Nothing is kept: no listener, timer or observer is
 * set up on a server. Call once, before rendering.
 */
export function enableCreditsServerRendering(): void {
  if (enabled) return;
  enabled = true;
  LitElementRenderer.renderOptions.push((element) =>
    element.localName.startsWith('credits-') ? { connectedCallback: true } : undefined,
  );
}

/** A widget as the page will have it: its tag and the attributes that decide what it loads. */
export interface PreloadedWidget {
  tag: string;
  attributes?: Record<string, string>;
}

/** The dashboard draws these on each tab (and its plan header on all of them). */
const DASHBOARD: Record<string, PreloadedWidget[]> = {
  credits: [
    { tag: 'credits-balance' },
    { tag: 'credits-monthly-summary' },
    { tag: 'credits-auto-top-up' },
    { tag: 'credits-alerts' },
    { tag: 'credits-usage-breakdown' },
    { tag: 'credits-usage-table' },
  ],
  subscription: [],
  billing: [{ tag: 'credits-payments' }, { tag: 'credits-billing-details' }],
};

function expand(widget: PreloadedWidget): PreloadedWidget[] {
  const { tag, attributes = {} } = widget;
  if (tag === 'credits-dashboard') {
    const tab = attributes['tab'] ?? 'credits';
    const panel = Object.hasOwn(DASHBOARD, tab) ? DASHBOARD[tab]! : DASHBOARD['credits']!;
    return [{ tag: 'credits-subscription' }, ...panel];
  }
  if (tag === 'credits-billing') {
    const pageSize = attributes['page-size'];
    return [
      { tag: 'credits-payments', attributes: pageSize ? { 'page-size': pageSize } : {} },
      { tag: 'credits-billing-details' },
    ];
  }
  return [widget];
}

/**
 * Loads through `client` what the widgets named will draw first (a table's first page with its
 * `page-size`, the summary's `months`…), so that the server renders them with their data. A
 * request that fails is left out: that widget renders its skeleton and loads in the browser.
 */
export async function preloadCredits(
  client: CreditsClient,
  widgets: readonly PreloadedWidget[],
): Promise<void> {
  const requests = widgets.flatMap(expand).flatMap(({ tag, attributes = {} }) => {
    const source = {
      getAttribute: (name: string) => (Object.hasOwn(attributes, name) ? attributes[name]! : null),
    };
    return firstLoads(tag, source, client) ?? [];
  });
  await Promise.allSettled(requests);
}

/**
 * Loads the shipped translation of `locale` (when the widgets ship one), so that elements
 * rendered with that `locale` on the server draw their words in it.
 */
export async function loadCreditsLocale(locale: string): Promise<void> {
  const id = shippedFor(validLocale(locale) ?? 'en');
  if (id) await loadShipped(id);
}

/**
 * The `<script>` that hands `client`'s answers to the browser: put it in the page's HTML
 * before the widgets' code runs. `endpoint` is the endpoint the browser's widgets use (their
 * `endpoint` attribute, or their provider's), which may differ from the URL the server's client
 * reached the API at. The JSON is escaped so that no answer can end the script early.
 */
export function creditsCacheScript(client: CreditsClient, endpoint: string): string {
  const snapshot: CacheSnapshot = client.snapshot();
  const json = JSON.stringify(snapshot)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  const attribute = endpoint
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;');
  return `<script type="application/json" data-credits-cache data-endpoint="${attribute}">${json}</script>`;
}
