import { CreditsClient } from '../../src/data/client.js';

/** A client that counts the listeners attached to it (a removed element must hold none). */
export class CountingClient extends CreditsClient {
  listeners = 0;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    if (listener) this.listeners += 1;
    super.addEventListener(type, listener, options);
  }
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ): void {
    if (listener) this.listeners -= 1;
    super.removeEventListener(type, listener, options);
  }
}

/** A promise and the function that settles it: a fake server holds an answer until `release()`. */
export function gate(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settles the tasks and microtasks queued now (a removed element's last answers). */
export const settle = () => pause(30);
