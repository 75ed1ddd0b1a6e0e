import { CreditsError, type MisconfiguredSetting } from './errors.js';
import {
  DEFAULT_CACHE_TTL,
  DEFAULT_TIMEOUT,
  type CreditsClientOptions,
  type HeadersSource,
} from './options.js';

/**
 * A client's options as its requests use them, checked once when the client is made: a page's
 * mistake is named as a setting of the page, never passed off as the user's network.
 */
export interface ClientSettings {
  credentials: RequestCredentials;
  timeout: number;
  cacheTtl: number;
  headers?: HeadersSource;
  fetch?: typeof globalThis.fetch;
  /**
   * A setting no request can go out with (kind `config`): every request rejects with it and
   * none reaches the network, so each widget shows it in its error panel instead of crashing.
   */
  refused?: CreditsError;
}

/** The values `credentials` may take (those of fetch's `RequestInit.credentials`). */
export const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];

/**
 * The longest `timeout`: setTimeout keeps its delay in 32 bits, and a longer one (Infinity
 * included) fires at once, which would end every request as "took too long" before it began.
 */
export const MAX_TIMEOUT = 2 ** 31 - 1;

const isSet = (value: unknown) => value !== undefined && value !== null;

const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A value as a message quotes it: text in quotes (it came from an attribute), else as JS prints it. */
function quoted(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shortened(value));
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function warn(sentence: string): void {
  console.warn(`credits-widgets: ${sentence}`);
}

/** Milliseconds of `timeout`: the default for anything but a number above 0, capped to a timer's range. */
function timeoutOf(value: unknown): number {
  if (!isSet(value)) return DEFAULT_TIMEOUT;
  if (typeof value !== 'number' || !(value > 0)) {
    warn(
      `timeout ${quoted(value)} is not a number of milliseconds above 0; using ${DEFAULT_TIMEOUT}.`,
    );
    return DEFAULT_TIMEOUT;
  }
  if (value > MAX_TIMEOUT) {
    warn(
      `timeout ${quoted(value)} is longer than a browser timer can wait (${MAX_TIMEOUT} ms, about 24.8 days); using ${MAX_TIMEOUT}.`,
    );
    return MAX_TIMEOUT;
  }
  return value;
}

/** Milliseconds of `cacheTtl`: 0 (no cache) or more, Infinity (until `refresh()`) included. */
function cacheTtlOf(value: unknown): number {
  if (!isSet(value)) return DEFAULT_CACHE_TTL;
  if (typeof value !== 'number' || !(value >= 0)) {
    warn(
      `cacheTtl ${quoted(value)} is not a number of milliseconds of 0 or more; using ${DEFAULT_CACHE_TTL}.`,
    );
    return DEFAULT_CACHE_TTL;
  }
  return value;
}

function refusal(setting: MisconfiguredSetting, why: string): CreditsError {
  return new CreditsError('config', `credits-widgets: ${why}; no request is sent.`, { setting });
}

const HEADERS_ALLOWED = 'an object of header names and values, or a function that returns one';

/**
 * Why no request can go out with these options, if one cannot. fetch refuses a `credentials`
 * outside its three values with a TypeError, which reads as a network failure; a `fetch` or
 * `headers` of the wrong type fails the same way, and leaving either out instead would send
 * requests around the page's own fetch or without its authentication (a 401 then blames the
 * user's session). A wrong `headers` or `fetch` is named by its type, never its value: it may
 * hold a token.
 */
function refusedBy(options: CreditsClientOptions): CreditsError | undefined {
  // Typed for a TypeScript host; an attribute or plain JavaScript can give anything.
  const credentials: unknown = options.credentials;
  const fetch: unknown = options.fetch;
  const headers: unknown = options.headers;
  if (isSet(credentials) && !CREDENTIALS.includes(credentials as RequestCredentials)) {
    const allowed = CREDENTIALS.join(', ');
    const given = typeof credentials === 'string' ? shortened(credentials) : quoted(credentials);
    const why = `credentials ${quoted(credentials)} is not one of ${allowed}`;
    return refusal({ name: 'credentials', given, allowed }, why);
  }
  if (isSet(fetch) && typeof fetch !== 'function') {
    const why = `fetch is a ${typeof fetch}, not a function`;
    return refusal({ name: 'fetch', given: typeof fetch, allowed: 'a function' }, why);
  }
  if (isSet(headers) && typeof headers !== 'function') {
    const setting = { name: 'headers', given: typeof headers, allowed: HEADERS_ALLOWED };
    if (typeof headers !== 'object') {
      return refusal(setting, `headers is a ${typeof headers}, not ${HEADERS_ALLOWED}`);
    }
    try {
      new Headers(headers as HeadersInit);
    } catch (cause) {
      return refusal(setting, `headers cannot be read as headers (${String(cause)})`);
    }
  }
  return undefined;
}

/**
 * The settings a client's requests use, from the options it was made with. Called once per
 * client: each bad `timeout` or `cacheTtl` is warned about once (the default is used), and a
 * setting no request can use becomes `refused`.
 */
export function clientSettings(options: CreditsClientOptions): ClientSettings {
  return {
    credentials: options.credentials ?? 'same-origin',
    timeout: timeoutOf(options.timeout),
    cacheTtl: cacheTtlOf(options.cacheTtl),
    headers: options.headers ?? undefined,
    fetch: options.fetch ?? undefined,
    refused: refusedBy(options),
  };
}
