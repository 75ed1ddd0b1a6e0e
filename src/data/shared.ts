import { CreditsClient, type CacheSnapshot, type CreditsClientOptions } from './client.js';
import { resolveBase } from './endpoint.js';

const clients = new Map<string, CreditsClient>();
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identity(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return `#${id}`;
}

/**
 * The page-wide client for an endpoint and options: widgets that ask with the same endpoint
 * (resolved against the page URL, so `/api/credits` and `https://host/api/credits/` match) and
 * the same options objects get the same client, and so share its request merging and cache.
 * A client is made only for a new key, so a warning about its options is printed once, not at
 * every widget that asks for it. Throws the endpoint's TypeError for an endpoint that is not
 * http(s).
 */
export function sharedClient(options: CreditsClientOptions): CreditsClient {
  // A server renders many users' pages in one process: no client (nor cache) outlives a render.
  if (typeof window === 'undefined') return new CreditsClient(options);
  const key = [
    resolveBase(options.endpoint).href,
    options.credentials ?? 'same-origin',
    options.timeout ?? '-',
    options.cacheTtl ?? '-',
    identity(options.headers),
    identity(options.fetch),
  ].join(' ');
  let client = clients.get(key);
  if (!client) {
    client = new CreditsClient(options);
    seedFromPage(client);
    clients.set(key, client);
  }
  return client;
}

/**
 * The answers a server rendered the page with (`creditsCacheScript` of credits-widgets/ssr: a
 * `<script type="application/json" data-credits-cache data-endpoint="…">` with its client's
 * `snapshot()`), put into the page's client for that endpoint: the widgets hydrate with the
 * same data and ask for none of it again.
 */
function seedFromPage(client: CreditsClient): void {
  const scripts = document.querySelectorAll<HTMLScriptElement>(
    'script[type="application/json"][data-credits-cache]',
  );
  for (const script of scripts) {
    try {
      const endpoint = script.getAttribute('data-endpoint') ?? '';
      if (resolveBase(endpoint).href === client.endpoint) {
        client.seed(JSON.parse(script.textContent ?? '') as CacheSnapshot);
      }
    } catch {
      // Not ours, or not JSON: the widgets load as usual.
    }
  }
}
