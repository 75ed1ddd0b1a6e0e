import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedLang, validLocale } from '../internal/format.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The locale an element formats with: the first valid tag of `explicit()` (its own `locale`
 * attribute, then its provider's), else the nearest `lang` above it (shadow roots crossed), else
 * the browser's. Resolved once per update into `value`. A `lang` changed anywhere above the
 * element re-renders it: each root on its way up to the document is watched while connected.
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag for the update in progress. */
  value = 'en-US';

  readonly #host: Host;
  readonly #explicit: () => readonly (string | undefined)[];
  #observer?: MutationObserver;

  constructor(host: Host, explicit: () => readonly (string | undefined)[]) {
    this.#host = host;
    this.#explicit = explicit;
    host.addController(this);
  }

  /** Resolves the locale now (also usable outside an update). */
  resolve(): string {
    for (const tag of [...this.#explicit(), inheritedLang(this.#host)]) {
      const valid = validLocale(tag);
      if (valid) return valid;
    }
    return validLocale(globalThis.navigator?.language) ?? 'en-US';
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => {
      if (this.resolve() !== this.value) this.#host.requestUpdate();
    });
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    let root: Node = this.#host.getRootNode();
    for (;;) {
      this.#observer.observe(root, options);
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdate(): void {
    this.value = this.resolve();
  }
}
