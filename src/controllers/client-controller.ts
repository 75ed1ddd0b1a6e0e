import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  INVALIDATE_EVENT,
  LOADED_EVENT,
  type CreditsClient,
  type InvalidateEvent,
} from '../data/client.js';
import {
  attachContextRoot,
  clientContext,
  settingsContext,
  type CreditsSettings,
} from '../data/context.js';
import { sharedClient } from '../data/shared.js';
import { RevalidateController } from './revalidate-controller.js';

/** What the client controller reads of its element. */
export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  /** A client of the host's own making: wins over everything. */
  client?: CreditsClient;
  /** The element's own endpoint: the page's shared client for it. */
  endpoint: string;
  /** Seconds between revalidations; 0 takes the provider's (and without one never polls). */
  refreshInterval: number;
}

/** What a load learns from the client (see `DataController`). */
export interface ClientListener {
  /** The client dropped its cache: everything shown may be stale (`revalidation`: a poll or the tab coming back, not a write). */
  invalidated(revalidation: boolean): void;
  /** An answer came into the client's cache. */
  loaded(): void;
}

/**
 * Which client an element speaks through, and its lifecycle with it. First match wins: the
 * host's own `client`; the page's shared client for the element's `endpoint`; the client of an
 * enclosing `<credits-provider>` (through `@lit/context`, whatever order the elements were
 * defined in: the context root is attached before the first request goes out).
 *
 * While the element is in the page it listens to its client (a refresh elsewhere reloads it, an
 * answer another widget loaded mends a failure here) and revalidates every `refreshInterval`
 * seconds and when the tab comes back. Out of the page it holds nothing: no listener on the
 * client, no timer; a later update never subscribes a removed element again.
 */
export class ClientController implements ReactiveController {
  readonly #host: ClientHost;
  readonly #provided: ContextConsumer<typeof clientContext, ClientHost>;
  readonly #settings: ContextConsumer<typeof settingsContext, ClientHost>;
  readonly #listeners = new Set<ClientListener>();
  #shared?: { endpoint: string; client: CreditsClient | undefined };
  #subscribed?: CreditsClient;

  readonly #onInvalidate = (event: Event) => {
    const revalidation = (event as InvalidateEvent).revalidation === true;
    for (const listener of this.#listeners) listener.invalidated(revalidation);
  };
  readonly #onLoaded = () => {
    for (const listener of this.#listeners) listener.loaded();
  };

  constructor(host: ClientHost) {
    this.#host = host;
    // First among the element's controllers: the context root must be there before the
    // consumers below ask for their provider.
    host.addController(this);
    this.#provided = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.#settings = new ContextConsumer(host, { context: settingsContext, subscribe: true });
    new RevalidateController(
      host,
      () => this.client,
      () => host.refreshInterval || this.settings?.refreshInterval || 0,
    );
  }

  /** The client in use (see the class description), or undefined when there is none. */
  get client(): CreditsClient | undefined {
    const host = this.#host;
    if (host.client) return host.client;
    if (host.endpoint) {
      if (this.#shared?.endpoint !== host.endpoint) {
        let client: CreditsClient | undefined;
        try {
          client = sharedClient({ endpoint: host.endpoint });
        } catch {
          client = undefined; // not an http(s) URL: the element says so
        }
        this.#shared = { endpoint: host.endpoint, client };
      }
      return this.#shared.client;
    }
    return this.#provided.value;
  }

  /** Settings handed down by an enclosing provider; the element's own attributes win. */
  get settings(): CreditsSettings | undefined {
    return this.#settings.value;
  }

  /** Tells `listener` about the client's refreshes and answers while the element is in the page. */
  listen(listener: ClientListener): void {
    this.#listeners.add(listener);
  }

  hostConnected(): void {
    attachContextRoot();
    // A server render connects the element to find its provider, never to keep it.
    if (!isServer) this.#subscribe(this.client);
  }

  hostUpdated(): void {
    // The client may have changed with this update; never re-subscribe a removed element.
    if (this.#host.isConnected) this.#subscribe(this.client);
  }

  hostDisconnected(): void {
    this.#subscribe(undefined);
  }

  #subscribe(client: CreditsClient | undefined): void {
    if (client === this.#subscribed) return;
    this.#subscribed?.removeEventListener(INVALIDATE_EVENT, this.#onInvalidate);
    this.#subscribed?.removeEventListener(LOADED_EVENT, this.#onLoaded);
    client?.addEventListener(INVALIDATE_EVENT, this.#onInvalidate);
    client?.addEventListener(LOADED_EVENT, this.#onLoaded);
    this.#subscribed = client;
  }

  /** Whether the element listens to a client now (for tests and the soak). */
  get subscribed(): boolean {
    return this.#subscribed !== undefined;
  }
}
