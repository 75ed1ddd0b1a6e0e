import { isServer, LitElement, type PropertyValues } from 'lit';
import { inServerTimeZone } from '../../internal/format.js';
import { VERSION } from '../../version.js';

/**
 * What every credits element shares, the provider included: the library's version (so a second
 * copy of the library on the page can tell whether it is another one), and no work while out
 * of the page.
 */
export class CreditsBase extends LitElement {
  /** The credits-widgets version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * The element came with the page's HTML, drawn by a server (its shadow root was there before
   * its code): its first render must draw what the server drew (the hydration compares them),
   * so choices this browser remembers (a shown cost, a table's last row count) wait until after.
   */
  protected readonly serverRendered: boolean = !isServer && this.shadowRoot !== null;

  /** The first render of an element a server drew writes its times as the server did (UTC). */
  protected override update(changed: PropertyValues): void {
    if (this.serverRendered && !this.hasUpdated) inServerTimeZone(() => super.update(changed));
    else super.update(changed);
  }

  /** Then the reader's own time zone, and what this browser remembers. */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // A task later: an update asked for within this one would be a wasted one (Lit warns).
    if (this.serverRendered) queueMicrotask(() => this.requestUpdate());
  }

  #resume?: () => void;

  /**
   * An update asked for while the element is out of the page (a load it aborted on removal, a
   * language arriving) waits until it is back, so a removed element renders nothing and
   * attaches nothing (no observer, no subscription in `updated`). Lit already holds the first
   * update until the element is connected; this holds every later one the same way.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.isConnected) return super.scheduleUpdate();
    return new Promise<void>((resume) => (this.#resume = resume)).then(() =>
      super.scheduleUpdate(),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const resume = this.#resume;
    this.#resume = undefined;
    resume?.();
  }
}
