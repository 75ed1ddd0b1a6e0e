import { CreditsClient, type CreditsClientOptions } from './client.js';

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
 */
export function sharedClient(options: CreditsClientOptions): CreditsClient {
  const probe = new CreditsClient(options);
  const key = [
    probe.endpoint,
    options.credentials ?? 'same-origin',
    options.timeout ?? '-',
    options.cacheTtl ?? '-',
    identity(options.headers),
    identity(options.fetch),
  ].join(' ');
  let client = clients.get(key);
  if (!client) {
    client = probe;
    clients.set(key, client);
  }
  return client;
}
