import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CreditsClient } from '../data/client.js';

type Host = ReactiveControllerHost & HTMLElement;

const visible = new Set<RevalidateController>();
let listening = false;
const onVisibility = () => {
  if (document.visibilityState !== 'visible') return;
  for (const controller of visible) controller.revalidate();
};

/**
 * When what an element shows may have changed without it asking: every `interval()` seconds
 * (0: never) while the tab is visible, and when the tab comes back (from the checkout page,
 * say). One document listener serves every connected element.
 */
export class RevalidateController implements ReactiveController {
  readonly #host: Host;
  readonly #client: () => CreditsClient | undefined;
  readonly #interval: () => number;
  #timer?: ReturnType<typeof setInterval>;
  #seconds?: number;

  constructor(host: Host, client: () => CreditsClient | undefined, interval: () => number) {
    this.#host = host;
    this.#client = client;
    this.#interval = interval;
    host.addController(this);
  }

  revalidate(): void {
    this.#client()?.revalidate();
  }

  hostConnected(): void {
    if (isServer) return; // no tab to come back to, and no timer may outlive a server render
    // One listener for the page's lifetime (adding and removing it as the last element left
    // and the next came cost each connection more than the listener ever does).
    if (!listening) document.addEventListener('visibilitychange', onVisibility);
    listening = true;
    visible.add(this);
    this.#poll();
  }

  hostDisconnected(): void {
    visible.delete(this);
    clearInterval(this.#timer);
    this.#seconds = undefined;
  }

  hostUpdated(): void {
    if (this.#interval() !== this.#seconds) this.#poll();
  }

  #poll(): void {
    clearInterval(this.#timer);
    const seconds = (this.#seconds = this.#interval());
    if (!this.#host.isConnected || !(seconds > 0)) return;
    this.#timer = setInterval(() => {
      if (document.visibilityState === 'visible') this.revalidate();
    }, seconds * 1000);
  }
}
