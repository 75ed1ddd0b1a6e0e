/**
 * The CDN file's loader: each element's code is a chunk fetched the first time its tag appears
 * in the page, so a page pays only for the elements it uses. Tags in the document are found at
 * once and as they are added; tags inside a shadow root of your own are loaded with
 * `loadCreditsElements(root)`. Elements that render others (the dashboard, billing) bring them.
 */
import { loadShipped, shippedFor } from './i18n/shipped.js';
import { inheritedLang, validLocale } from './i18n/locale.js';
import { startFirstLoads } from './prefetch.js';

const LOADERS = {
  'credits-provider': () => import('./components/provider/credits-provider.js'),
  'credits-balance': () => import('./components/balance/credits-balance.js'),
  'credits-monthly-summary': () =>
    import('./components/monthly-summary/credits-monthly-summary.js'),
  'credits-usage-table': () => import('./components/usage-table/credits-usage-table.js'),
  'credits-purchase-history': () =>
    import('./components/purchase-history/credits-purchase-history.js'),
  'credits-subscription': () => import('./components/subscription/credits-subscription.js'),
  'credits-payments': () => import('./components/payments/credits-payments.js'),
  'credits-billing-details': () =>
    import('./components/billing-details/credits-billing-details.js'),
  'credits-billing': () => import('./components/billing/credits-billing.js'),
  'credits-dashboard': () => import('./components/dashboard/credits-dashboard.js'),
  'credits-top-up': () => import('./components/top-up/credits-top-up.js'),
  'credits-auto-top-up': () => import('./components/auto-top-up/credits-auto-top-up.js'),
  'credits-alerts': () => import('./components/alerts/credits-alerts.js'),
  'credits-usage-breakdown': () =>
    import('./components/usage-breakdown/credits-usage-breakdown.js'),
} satisfies Record<string, () => Promise<unknown>>;
const SELECTOR = Object.keys(LOADERS).join(',');

/**
 * Whether the element's first view draws the usage chart (a summary; a dashboard on its Credits
 * tab): Chart.js, the largest download, then starts with the element's code instead of once
 * that code has run. A failure is left to the element, which imports it again and says so.
 */
function drawsChart(el: Element): boolean {
  if (el.localName === 'credits-monthly-summary') return true;
  const tab = el.getAttribute('tab');
  return el.localName === 'credits-dashboard' && (!tab || tab === 'credits');
}

/**
 * A tag seen before its code is here: its first requests start now, beside the code's, and so
 * do the download of its language when the widgets ship one (it would otherwise wait for the
 * element's first render) and Chart.js when it draws the chart.
 */
function seen(el: Element): void {
  if (customElements.get(el.localName)) return;
  startFirstLoads(el);
  if (drawsChart(el)) void import('./components/monthly-summary/usage-chart.js').catch(() => {});
  const tag = el.getAttribute('locale') || inheritedLang(el) || globalThis.navigator?.language;
  const id = shippedFor(validLocale(tag) ?? 'en');
  if (id) void loadShipped(id);
}
const loading = new Map<string, Promise<unknown>>();

/** Loads the code of `tag`, once; a failure is logged and the next sighting tries again. */
function load(tag: CreditsTagName): Promise<unknown> {
  let promise = loading.get(tag);
  if (!promise) {
    promise = customElements.get(tag) ? Promise.resolve() : LOADERS[tag]();
    promise.catch((error: unknown) => {
      loading.delete(tag);
      console.error(`credits-widgets: <${tag}> could not be loaded`, error);
    });
    loading.set(tag, promise);
  }
  return promise;
}

/** The tag of a credits element. */
export type CreditsTagName = keyof typeof LOADERS;

const isTag = (name: string): name is CreditsTagName => Object.hasOwn(LOADERS, name);

/**
 * Loads and defines credits elements, resolving once they are defined:
 * - `loadCreditsElements(['credits-balance'])`: the elements named, whether or not their tags
 *   are in the page yet (for a host that creates them from script). A name that is not a
 *   credits element rejects, naming it.
 * - `loadCreditsElements(root)`: every credits element in `root` (the document by default, or a
 *   shadow root of yours, which the loader does not see by itself).
 */
export async function loadCreditsElements(
  target: ParentNode | Iterable<string> = document,
): Promise<void> {
  let tags: Set<CreditsTagName>;
  if (typeof (target as ParentNode).querySelectorAll === 'function') {
    const found = [...(target as ParentNode).querySelectorAll(SELECTOR)];
    found.forEach(seen);
    tags = new Set(found.map((el) => el.localName as CreditsTagName));
  } else {
    const names = [...(target as Iterable<string>)];
    const unknown = names.filter((name) => !isTag(name));
    if (unknown.length) {
      throw new TypeError(
        `loadCreditsElements: ${unknown.map((t) => `"${t}"`).join(', ')} is not a credits element (one of ${Object.keys(LOADERS).join(', ')})`,
      );
    }
    tags = new Set(names as CreditsTagName[]);
  }
  await Promise.all(
    [...tags].map(async (tag) => {
      await load(tag);
      await customElements.whenDefined(tag);
    }),
  );
}

/** Loads what `root` has now and what is added to it later. */
export function autoload(root: Document | ShadowRoot = document): void {
  // A chunk that fails is logged by load(); the next sighting of its tag tries again.
  const quietly = (loading: Promise<unknown>) => void loading.catch(() => {});
  quietly(loadCreditsElements(root));
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (isTag(node.localName)) {
          seen(node);
          quietly(load(node.localName));
        }
        if (node.firstElementChild) quietly(loadCreditsElements(node));
      }
    }
  }).observe(root, { childList: true, subtree: true });
}
