import type * as v from 'valibot';
import { ResponseCache, type CacheSnapshot, type Query } from './cache.js';
import { abortError, resolveBase } from './endpoint.js';
import type { CreditsClientOptions, RequestOptions } from './options.js';
import { request, type Wire } from './request.js';
import { clientSettings, type ClientSettings } from './settings.js';

/**
 * How a client asks one endpoint: its options checked once, every request sent with them and
 * its answer validated, GETs answered from the cache or joined while under way. What to ask is
 * the client's (`CreditsClient`); this knows no resource of the contract.
 */
export class ApiChannel {
  readonly endpoint: string;
  readonly #base: URL;
  readonly #settings: ClientSettings;
  readonly #cache: ResponseCache;
  readonly #loaded: () => void;

  /** `loaded`: called when an answer has come into the cache. */
  constructor(options: CreditsClientOptions, loaded: () => void) {
    this.#base = resolveBase(options.endpoint);
    this.endpoint = this.#base.href;
    this.#settings = clientSettings(options);
    // An endpoint at the origin's root has the path "/": paths are added after it without it.
    this.#cache = new ResponseCache(
      this.#base.href.replace(/\/$/, ''),
      () => this.#settings.cacheTtl,
    );
    this.#loaded = loaded;
  }

  /** Milliseconds before a request that hangs ends, as checked. */
  get timeout(): number {
    return this.#settings.timeout;
  }

  /** A GET: from the cache while fresh (unless `opts.fresh`), else joined or sent. */
  get<S extends v.GenericSchema>(
    path: string,
    query: Query,
    schema: S,
    opts: RequestOptions,
  ): Promise<v.InferOutput<S>> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(abortError());
    if (this.#settings.refused) return Promise.reject(this.#settings.refused);
    const url = this.#cache.url(path, query);
    const cached = opts.fresh ? undefined : this.#cache.peek<v.InferOutput<S>>(url);
    if (cached !== undefined) return Promise.resolve(cached);
    return this.#cache.load(
      url,
      signal,
      (wireSignal) => this.#request('GET', url, path, undefined, schema, wireSignal),
      this.#loaded,
    ) as Promise<v.InferOutput<S>>;
  }

  /** What `get(path, query)` would answer from the cache now, without asking. */
  peek<T>(path: string, query: Query): T | undefined {
    return this.#cache.peek<T>(this.#cache.url(path, query));
  }

  /** A POST or PUT, never cached nor merged. */
  send<S extends v.GenericSchema>(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    schema: S,
    opts: RequestOptions,
  ): Promise<v.InferOutput<S>> {
    if (opts.signal?.aborted) return Promise.reject(abortError());
    if (this.#settings.refused) return Promise.reject(this.#settings.refused);
    return this.#request(method, this.#cache.url(path), path, body, schema, opts.signal);
  }

  /** A PUT whose answer is the resource as stored: cached at once as `GET path`'s answer. */
  async store<S extends v.GenericSchema>(
    path: string,
    body: unknown,
    schema: S,
    opts: RequestOptions,
  ): Promise<v.InferOutput<S>> {
    const stored = await this.send('PUT', path, body, schema, opts);
    this.#cache.store(this.#cache.url(path), stored);
    return stored;
  }

  /** Forgets the answers under `paths` (see `ResponseCache.forget`). */
  forget(paths: string[], revalidation: boolean): void {
    this.#cache.forget(paths, revalidation);
  }

  snapshot(): CacheSnapshot {
    return this.#cache.snapshot();
  }

  seed(snapshot: CacheSnapshot): void {
    this.#cache.seed(snapshot);
  }

  #request<S extends v.GenericSchema>(
    method: string,
    url: string,
    path: string,
    body: unknown,
    schema: S,
    signal: AbortSignal | undefined,
  ): Promise<v.InferOutput<S>> {
    const { credentials, headers, fetch, timeout } = this.#settings;
    const wire: Wire = {
      credentials,
      headers,
      fetch,
      timeout,
      crossOrigin: this.#base.origin !== globalThis.location?.origin,
    };
    return request(wire, { method, url, path, body, signal }, schema);
  }
}
