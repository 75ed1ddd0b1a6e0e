import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditsClient } from '../data/client.js';

type Host = ReactiveControllerHost & HTMLElement;

const visible = new Set<RevalidateController>();
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
    visible.add(this);
    if (visible.size === 1) document.addEventListener('visibilitychange', onVisibility);
    this.#poll();
  }

  hostDisconnected(): void {
    visible.delete(this);
    if (visible.size === 0) document.removeEventListener('visibilitychange', onVisibility);
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
