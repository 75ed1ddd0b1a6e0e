import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the user's light / dark preference while the host is connected: `dark` says which
 * applies, and a change re-renders the host and calls `onChange` (for drawings that read colours
 * once, like a canvas chart).
 */
export class ColorSchemeController implements ReactiveController {
  dark = false;

  readonly #host: ReactiveControllerHost;
  readonly #onChange?: () => void;
  readonly #query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  readonly #listener = () => {
    this.dark = this.#query?.matches ?? false;
    this.#host.requestUpdate();
    this.#onChange?.();
  };

  constructor(host: ReactiveControllerHost, onChange?: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.dark = this.#query?.matches ?? false;
    this.#query?.addEventListener('change', this.#listener);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#listener);
  }
}
