/**
 * An element's first requests, started by the CDN loader as soon as it sees the tag, while the
 * element's code downloads: the answers come with the code instead of after it, through the
 * page's shared client for the endpoint (the one the element then uses, which merges or serves
 * them from its cache), and the element's first render shows the data instead of a skeleton.
 *
 * Only for the common case the loader can read from the tag: an element with its own
 * `endpoint`, no `client` set by its host, and the query attributes left at their defaults or
 * given plainly. Anything else is left to the element. test/prefetch.test.ts holds each line
 * below to what its element asks for.
 */
import type { CreditsClient } from './data/client.js';
import { queryOf } from './components/usage-breakdown/period.js';
import { sharedClient } from './data/shared.js';

/** An integer attribute: `fallback` when absent, undefined (do not guess) when not plain. */
function integer(el: Element, name: string, fallback: number, max: number): number | undefined {
  const value = el.getAttribute(name);
  if (value === null) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

function firstPage(client: CreditsClient, el: Element, kind: 'usage' | 'purchase') {
  if (['from', 'to', 'event-id'].some((name) => el.getAttribute(name))) return undefined;
  const limit = integer(el, 'page-size', 25, 100);
  return limit === undefined ? undefined : [client.getTransactions({ kind, limit })];
}

const FIRST_LOADS: Record<
  string,
  (c: CreditsClient, el: Element) => Promise<unknown>[] | undefined
> = {
  'credits-balance': (c) => [c.getBalance(), c.getMonthlyUsage(4)],
  'credits-monthly-summary': (c, el) => {
    const months = integer(el, 'months', 4, 24);
    return months === undefined ? undefined : [c.getMonthlyUsage(months)];
  },
  'credits-usage-table': (c, el) => firstPage(c, el, 'usage'),
  'credits-purchase-history': (c, el) => firstPage(c, el, 'purchase'),
  'credits-subscription': (c) => [c.getSubscription()],
  'credits-payments': (c, el) => {
    const limit = integer(el, 'page-size', 25, 100);
    return limit === undefined ? undefined : [c.getPayments({ limit })];
  },
  'credits-billing-details': (c) => [c.getBillingDetails()],
  // Its balance (for show-cost or an admin) is left to the element: a provider may decide that.
  'credits-auto-top-up': (c) => [c.getAutoTopUp()],
  'credits-alerts': (c) => [c.getAlerts(), c.getMonthlyUsage(4)],
  'credits-usage-breakdown': (c, el) => {
    const query = queryOf(el);
    return query ? [c.getUsageBreakdown(query)] : undefined;
  },
};

/** What a tag asks for first, read from its attributes (`el` needs only `getAttribute`). */
export type FirstLoadsSource = Pick<Element, 'getAttribute'>;

/**
 * The requests `tag` with these attributes makes first, started through `client`; undefined
 * for a tag the table has no line for, or whose attributes it cannot read plainly.
 */
export function firstLoads(
  tag: string,
  el: FirstLoadsSource,
  client: CreditsClient,
): Promise<unknown>[] | undefined {
  return Object.hasOwn(FIRST_LOADS, tag) ? FIRST_LOADS[tag]!(client, el as Element) : undefined;
}

/**
 * Starts what `el` will load first, when the tag tells it; true when it did. Failures are left
 * to the element, which asks again and shows them.
 */
export function startFirstLoads(el: Element): boolean {
  const loads = FIRST_LOADS[el.localName];
  const endpoint = el.getAttribute('endpoint');
  if (!loads || !endpoint || (el as { client?: unknown }).client) return false;
  let client: CreditsClient;
  try {
    client = sharedClient({ endpoint });
  } catch {
    return false; // not an http(s) endpoint: the element says so
  }
  const started = loads(client, el);
  for (const request of started ?? []) request.catch(() => {});
  return !!started;
}
