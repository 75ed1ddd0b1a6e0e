/**
 * A fake Credits API at the fetch boundary: `window.fetch` is replaced for one test, answers come
 * from route handlers written from the contract, and every call is recorded.
 */
export interface FakeReply {
  status?: number;
  /** A JSON-serialisable body, or a string sent as is (for "not JSON" cases). */
  body?: unknown;
  /** Milliseconds before answering; `Infinity` never answers (until aborted). */
  delay?: number;
  /** Answers only once this settles (a test holds the loading state for as long as it needs). */
  until?: Promise<unknown>;
  /** Reject like a network failure. */
  networkError?: boolean;
}

export type Route = FakeReply | ((request: RecordedRequest) => FakeReply);

export interface RecordedRequest {
  method: string;
  url: URL;
  /** Path below the endpoint, `/balance`. */
  path: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
  signal: AbortSignal | undefined;
}

let counter = 0;

/** A fresh endpoint per test, so the page-wide shared clients never carry a cache across tests. */
export function uniqueEndpoint(): string {
  counter += 1;
  return `/api/test-${Date.now().toString(36)}-${counter}`;
}

export interface FakeServer {
  endpoint: string;
  calls: RecordedRequest[];
  /** Calls of one `METHOD /path`. */
  callsTo(route: string): RecordedRequest[];
  /** Replaces or adds a route. */
  on(route: string, reply: Route): void;
  restore(): void;
}

const active: FakeServer[] = [];

/**
 * Routes are `"GET /balance"`; a request without a route gets a 404 ErrorBody. Several fakes
 * (one per endpoint) can be active in one test; requests outside this one's endpoint go on to
 * the fetch it replaced.
 */
export function fakeServer(
  routes: Record<string, Route> = {},
  endpoint = uniqueEndpoint(),
): FakeServer {
  const table = new Map(Object.entries(routes));
  const calls: RecordedRequest[] = [];
  const original = window.fetch;
  const base = new URL(endpoint, document.baseURI).pathname.replace(/\/$/, '');

  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), document.baseURI);
    // Another fake installed earlier in the test owns other endpoints: hand those on.
    if (!url.pathname.startsWith(base + '/')) return original(input, init);
    // What the browser's fetch refuses before anything is sent (credentials outside its enum,
    // headers it cannot read) is refused here the same way: a TypeError, and no call recorded.
    new Request(url, { method: init.method, headers: init.headers, credentials: init.credentials });
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(base.length);
    const recorded: RecordedRequest = {
      method,
      url,
      path,
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init.signal ?? undefined,
    };
    calls.push(recorded);
    const route = table.get(`${method} ${path}`);
    const reply: FakeReply = !route
      ? {
          status: 404,
          body: { error: { code: 'not_found', message: `No route ${method} ${path}` } },
        }
      : typeof route === 'function'
        ? route(recorded)
        : route;

    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    if (reply.delay) {
      await new Promise<void>((resolve, reject) => {
        const timer = reply.delay === Infinity ? undefined : setTimeout(resolve, reply.delay);
        init.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      });
    }
    if (reply.until) await reply.until;
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    if (reply.networkError) throw new TypeError('Failed to fetch');
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };

  const server: FakeServer = {
    endpoint,
    calls,
    callsTo: (route) => calls.filter((c) => `${c.method} ${c.path}` === route),
    on: (route, reply) => table.set(route, reply),
    restore: () => {
      window.fetch = original;
    },
  };
  active.push(server);
  return server;
}

/** Restores every fake installed by the test; call in afterEach. */
export function restoreFetch(): void {
  while (active.length) active.pop()!.restore();
}
