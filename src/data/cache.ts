import { join, type InFlight } from './flight.js';

/** A request's query: empty values (undefined, null, '') are left out of its URL. */
export type Query = Record<string, string | number | null | undefined>;

/**
 * Answers a client holds, to hand to another client of the same API (a server's to the
 * browser's: see `snapshot()` and `seed()`). `entries` are keyed by path and query below the
 * endpoint (`/balance`, `/transactions?kind=usage&limit=25`), so the two clients may reach the
 * API at different URLs.
 */
export interface CacheSnapshot {
  entries: Record<string, unknown>;
}

/** A query value URLSearchParams writes as it is (application/x-www-form-urlencoded). */
const PLAIN_QUERY_VALUE = /^[\w*.-]*$/;

/**
 * What one client remembers of its endpoint: the answers it has (each fresh for the client's
 * `cacheTtl`, keyed by URL) and the GETs under way, which identical GETs join instead of asking
 * again. The client decides what to ask and validates every answer; this only keeps them.
 */
export class ResponseCache {
  readonly #root: string;
  readonly #ttl: () => number;
  readonly #answers = new Map<string, { value: unknown; expires: number }>();
  readonly #inflight = new Map<string, InFlight>();

  /** `root`: the endpoint without its trailing slash; `ttl`: how long an answer stays fresh. */
  constructor(root: string, ttl: () => number) {
    this.#root = root;
    this.#ttl = ttl;
  }

  /**
   * The URL of `path` with `query` (empty values left out): also the cache's key. Every render
   * asks the cache, so values that need no escaping (numbers, ids, dates, the usual cursor) are
   * joined as they are; anything else goes through URLSearchParams, which writes the same
   * characters the same way.
   */
  url(path: string, query: Query = {}): string {
    const pairs: [string, string][] = [];
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') pairs.push([key, String(value)]);
    }
    if (!pairs.length) return `${this.#root}${path}`;
    const search = pairs.every(([, text]) => PLAIN_QUERY_VALUE.test(text))
      ? pairs.map(([key, text]) => `${key}=${text}`).join('&')
      : String(new URLSearchParams(pairs));
    return `${this.#root}${path}?${search}`;
  }

  /** The fresh answer for `url`, if there is one. */
  peek<T>(url: string): T | undefined {
    const cached = this.#answers.get(url);
    return cached && cached.expires > Date.now() ? (cached.value as T) : undefined;
  }

  /** Keeps `value` as the answer for `url`, fresh from now; a GET of it under way is dropped. */
  store(url: string, value: unknown): void {
    this.#inflight.delete(url);
    this.#answers.set(url, { value, expires: Date.now() + this.#ttl() });
  }

  /**
   * The GET of `url` under way, joined with the caller's `signal`; or a new one `start`ed (its
   * signal aborts when every caller has left). Its answer is kept, and `loaded` called, unless
   * the cache dropped the request before it answered (a write, `refresh()`).
   */
  load(
    url: string,
    signal: AbortSignal | undefined,
    start: (signal: AbortSignal) => Promise<unknown>,
    loaded: () => void,
  ): Promise<unknown> {
    let flight = this.#inflight.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = start(controller.signal).then((value) => {
        if (this.#inflight.get(url) === created) {
          this.#answers.set(url, { value, expires: Date.now() + this.#ttl() });
          loaded();
        }
        return value;
      });
      const forget = () => {
        if (this.#inflight.get(url) === created) this.#inflight.delete(url);
      };
      const created: InFlight = { promise, controller, waiters: 0, forget };
      promise.then(forget, forget);
      this.#inflight.set(url, created);
      flight = created;
    }
    return join(flight, signal);
  }

  /**
   * Forgets the answers under each of `paths` (`''`: all). Unless only freshness is asked for
   * (`revalidation`), GETs under way there are dropped too: after a write they may carry the
   * state from before it, so the next caller starts a fresh one instead of joining.
   */
  forget(paths: string[], revalidation: boolean): void {
    const roots = paths.map((p) => this.url(p));
    const stale = (key: string) => roots.some((root) => key.startsWith(root));
    for (const key of [...this.#answers.keys()]) if (stale(key)) this.#answers.delete(key);
    if (!revalidation) {
      for (const key of [...this.#inflight.keys()]) if (stale(key)) this.#inflight.delete(key);
    }
  }

  /** The fresh answers, keyed below the endpoint. */
  snapshot(): CacheSnapshot {
    const entries: Record<string, unknown> = {};
    const now = Date.now();
    for (const [url, { value, expires }] of this.#answers) {
      if (expires > now && url.startsWith(this.#root))
        entries[url.slice(this.#root.length)] = value;
    }
    return { entries };
  }

  /** Takes another client's answers as if just loaded; anything not a snapshot's shape is ignored. */
  seed(snapshot: CacheSnapshot): void {
    const entries = (snapshot as Partial<CacheSnapshot> | null)?.entries;
    if (!entries || typeof entries !== 'object') return;
    const expires = Date.now() + this.#ttl();
    for (const [path, value] of Object.entries(entries)) {
      if (path.startsWith('/') && value !== null && typeof value === 'object') {
        this.#answers.set(`${this.#root}${path}`, { value, expires });
      }
    }
  }
}
