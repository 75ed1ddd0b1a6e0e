import type * as v from 'valibot';
import { abortError } from './endpoint.js';
import type { CreditsClientOptions } from './options.js';
import { errorFromStatus, readBody, transportError } from './response.js';

/** How a client's requests go out: its checked settings and whether the API is elsewhere. */
export interface Wire extends Pick<CreditsClientOptions, 'fetch' | 'headers'> {
  credentials: RequestCredentials;
  timeout: number;
  /** The API is on another origin (a failure may then be CORS). */
  crossOrigin: boolean;
}

export interface Outgoing {
  method: string;
  url: string;
  /** The contract path, for messages (`GET /balance`). */
  path: string;
  body: unknown;
  /** The caller's signal: aborting it cancels the request (kind `aborted`). */
  signal: AbortSignal | undefined;
}

function withDefaults(extra: HeadersInit | undefined, hasBody: boolean): Headers {
  const headers = new Headers(extra);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (hasBody) headers.set('Content-Type', 'application/json');
  return headers;
}

/**
 * The request's headers: at once unless the host gives a function, so a request goes on the
 * wire in the same task it was asked in (the CDN loader's first requests then go out before the
 * element chunks it imports next, not behind them).
 */
function headersFor(wire: Wire, hasBody: boolean): Headers | Promise<Headers> {
  const source = wire.headers;
  if (typeof source !== 'function') return withDefaults(source, hasBody);
  return Promise.resolve(source()).then((extra) => withDefaults(extra, hasBody));
}

/**
 * One request on the wire, ended after `wire.timeout`, its answer validated against `schema`.
 * Rejects with a `CreditsError`: `aborted` when the caller cancelled, `timeout`, `network`,
 * an HTTP kind for an error status, `contract` for an answer off the contract.
 */
export async function request<S extends v.GenericSchema>(
  wire: Wire,
  out: Outgoing,
  schema: S,
): Promise<v.InferOutput<S>> {
  const { method, url, path, body, signal } = out;
  const name = `${method} ${path}`;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, wire.timeout);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (cause: unknown) =>
    signal?.aborted && !timedOut
      ? abortError()
      : transportError(cause, name, {
          timeout: timedOut ? wire.timeout : undefined,
          crossOrigin: wire.crossOrigin,
        });

  try {
    let response: Response;
    try {
      const fetchFn = wire.fetch ?? globalThis.fetch;
      const pending = headersFor(wire, body !== undefined);
      const headers = pending instanceof Headers ? pending : await pending;
      response = await fetchFn.call(globalThis, url, {
        method,
        credentials: wire.credentials,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (cause) {
      throw failure(cause);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    }

    if (!response.ok) throw errorFromStatus(response.status, text, name);

    return readBody(schema, text, response.status, name);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
