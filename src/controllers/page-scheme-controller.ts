import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The connected controllers, rechecked when the page's root or body changes its attributes. */
const followers = new Set<PageSchemeController>();
let observer: MutationObserver | undefined;

function watchPage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // A page's dark-mode switch sets a class, a data attribute or a style on <html> or <body>.
  observer = new MutationObserver(() => followers.forEach((f) => f.check()));
  const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
}

/**
 * Follows a `color-scheme` the page pins above the element (`color-scheme: dark` on `<html>`, a
 * wrapper or the dashboard), as the platform's own controls do; where the page pins none, the
 * element keeps following the user's preference. It sets the custom state `page-scheme` (read
 * by `:host(:state(page-scheme))`), which needs no attribute on the host, so nothing differs
 * from what a server or a framework rendered.
 */
export class PageSchemeController implements ReactiveController {
  readonly #host: Host;
  readonly #states?: CustomStateSet;

  constructor(host: Host, internals: ElementInternals | undefined) {
    this.#host = host;
    this.#states = internals?.states;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#states) return;
    followers.add(this);
    watchPage();
    this.check();
  }

  hostDisconnected(): void {
    followers.delete(this);
  }

  /** Whether the element's parent (across a shadow root) has a `color-scheme` other than normal. */
  check(): void {
    const host = this.#host;
    const root = host.getRootNode();
    const parent = host.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    const pinned = !!parent && getComputedStyle(parent).colorScheme !== 'normal';
    try {
      if (pinned) this.#states!.add('page-scheme');
      else this.#states!.delete('page-scheme');
    } catch {
      // An engine with the older `--name` states only: the user's preference, as before.
    }
  }
}
