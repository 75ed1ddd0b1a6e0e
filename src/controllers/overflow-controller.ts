import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a box's content overflows it (a table wider than its wrapper), kept up to date with
 * a ResizeObserver on the box and its first child. A box that scrolls needs to be reachable by
 * keyboard (a tab stop with a name); one that does not must not be an empty tab stop.
 */
export class OverflowController implements ReactiveController {
  overflows = false;
  readonly #host: ReactiveControllerHost;
  #observer?: ResizeObserver;
  #box?: Element;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Watches `box` (call after each render; the same box is not observed twice). The first
   * answer comes with the observer's first callback, after layout, never during an update.
   */
  observe(box: Element | null | undefined): void {
    if (box === this.#box) return;
    this.#observer?.disconnect();
    this.#box = box ?? undefined;
    if (!box) {
      this.overflows = false;
      return;
    }
    this.#observer ??= new ResizeObserver(() => this.#check());
    this.#observer.observe(box);
    if (box.firstElementChild) this.#observer.observe(box.firstElementChild);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#box = undefined;
  }

  #check(): void {
    const box = this.#box;
    if (!box) return;
    this.#set(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
  }

  #set(value: boolean): void {
    if (value === this.overflows) return;
    this.overflows = value;
    this.#host.requestUpdate();
  }
}
