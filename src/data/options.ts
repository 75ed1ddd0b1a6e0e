/** How a CreditsClient is set up, and what each request may take. */

export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface CreditsClientOptions {
  /** Base URL of the contract, absolute or relative to the page (`/api/credits`). */
  endpoint: string;
  /** Cookies policy of every request; `same-origin` by default, `include` for another origin. */
  credentials?: RequestCredentials;
  /** Extra headers (an auth token, say), or a function that returns them for each request. */
  headers?: HeadersSource;
  /** A fetch to use instead of the page's, e.g. one that refreshes tokens. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a request that hangs is ended with a `timeout` error. */
  timeout?: number;
  /** Milliseconds a successful GET is served from memory. */
  cacheTtl?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Ask the server even when the cache holds an answer (a Retry after an answer that was
   * valid alone but wrong with the pages before it: a repeated cursor). A request already
   * under way for the same URL is still joined. The answer replaces the cached one.
   */
  fresh?: boolean;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_CACHE_TTL = 10_000;
