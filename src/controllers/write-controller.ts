import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asCreditsError, type CreditsError } from '../data/errors.js';

/** What to do with a write's outcome. Each step may return the element to focus once drawn. */
export interface WriteSteps<R> {
  /** The server took it. */
  done?: (result: R) => Focus;
  /** It failed (never called for an abort); the error is also kept in `error(key)`. */
  failed?: (error: CreditsError) => Focus;
}

type Focus = (() => HTMLElement | null | undefined) | void;

interface Write {
  controller: AbortController;
  error?: CreditsError;
}

/**
 * The one way an element writes (billing Save, a payment's Recheck, the top-up's Pay): one
 * request per key however often the button is pressed, `busy(key)` while it is under way (the
 * button says so), the failure kept in `error(key)`, the element drawn again at each step, and
 * the focus moved where the outcome says once it is drawn (a button that disappears must not
 * drop the focus to the page). `abort(key)` abandons a write: nothing of it happens afterwards,
 * and the same when the element leaves the page.
 */
export class WriteController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #writes = new Map<string, Write>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  busy(key = ''): boolean {
    const write = this.#writes.get(key);
    return !!write && !write.error && !write.controller.signal.aborted;
  }

  error(key = ''): CreditsError | undefined {
    return this.#writes.get(key)?.error;
  }

  /** Forgets a failure shown for `key` (the form was closed). */
  clear(key = ''): void {
    if (this.#writes.get(key)?.error && this.#writes.delete(key)) this.#host.requestUpdate();
  }

  /** Abandons the write for `key`: its request is aborted and none of its steps run. */
  abort(key = ''): void {
    const write = this.#writes.get(key);
    if (!write) return;
    write.controller.abort();
    this.#writes.delete(key);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    for (const key of [...this.#writes.keys()]) this.abort(key);
  }

  /** Sends `send` unless a write for `key` is under way; then its steps, then the focus. */
  async run<R>(
    key: string,
    send: (signal: AbortSignal) => Promise<R>,
    steps: WriteSteps<R> = {},
  ): Promise<void> {
    if (this.busy(key)) return;
    const write: Write = { controller: new AbortController() };
    const { signal } = write.controller;
    this.#writes.set(key, write);
    this.#host.requestUpdate();
    let focus: Focus;
    try {
      const result = await send(signal);
      if (signal.aborted) return;
      this.#writes.delete(key);
      focus = steps.done?.(result);
    } catch (e) {
      if (signal.aborted) return;
      write.error = asCreditsError(e);
      focus = steps.failed?.(write.error);
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (!signal.aborted) focus?.()?.focus();
  }
}
