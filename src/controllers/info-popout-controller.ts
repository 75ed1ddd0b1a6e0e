import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The id of the one pop-out in the host's shadow root. */
export const POPOUT_ID = 'credits-popout';

/**
 * One info pop-out for many info buttons (a row each), on the platform's `popover`: buttons
 * name it with `popovertarget`, so the browser opens and closes it, dismisses it on Escape or a
 * click elsewhere, puts its content next in the Tab order after the button that opened it, and
 * should give focus back to that button when it closes with focus inside; in a shadow root
 * Chromium leaves it on the page's body instead, so the controller does it. CSS anchors it to the
 * button. The controller remembers which button opened it (`openKey`), for `aria-expanded`, for
 * what the pop-out shows and for where the focus goes back.
 */
export class InfoPopoutController implements ReactiveController {
  /** The key of the button whose pop-out is open, or null. */
  openKey: string | null = null;
  #opener: HTMLElement | null = null;
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  readonly #onChange?: () => void;

  /** `onChange` runs whenever another pop-out opens or it closes. */
  constructor(
    host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    onChange?: () => void,
  ) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.openKey = null;
    this.#opener = null;
  }

  /** The info button of `key`; `label` is its accessible name (what it opens). */
  button(key: string, label: string) {
    return html`<button
      class="info"
      type="button"
      popovertarget="credits-popout"
      popovertargetaction="show"
      aria-label=${label}
      aria-expanded=${this.openKey === key ? 'true' : 'false'}
      @click=${(e: Event) => this.#onClick(e, key)}
    ></button>`;
  }

  /** The pop-out itself, once per shadow root; `content` renders what `openKey` shows. */
  popout(label: (key: string) => string, content: (key: string) => unknown) {
    const key = this.openKey;
    return html`<div
      id="credits-popout"
      class="popout"
      part="popout"
      popover
      role="group"
      aria-label=${key === null ? nothing : label(key)}
      @beforetoggle=${this.#onToggle}
    >
      ${key === null ? nothing : content(key)}
    </div>`;
  }

  /** Closes the pop-out, if open. */
  close(): void {
    const popout = this.#element();
    if (popout?.matches(':popover-open')) popout.hidePopover();
  }

  #element(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`#${POPOUT_ID}`);
  }

  /**
   * The click runs before the browser shows the pop-out for its button. A mouse click elsewhere
   * has already closed an open pop-out (light dismiss); a keyboard press or a click on the open
   * one's own button has not: close it here, and let the browser show it again for the new
   * button (so it anchors there), or, for the same button, cancel the showing (a toggle).
   */
  #onClick(e: Event, key: string): void {
    const popout = this.#element();
    const open = !!popout?.matches(':popover-open');
    const same = this.openKey === key;
    if (open) popout!.hidePopover();
    if (open && same) {
      e.preventDefault();
      return;
    }
    this.#opener = e.currentTarget as HTMLElement;
    this.#set(key);
  }

  #set(key: string | null): void {
    if (key === this.openKey) return;
    this.openKey = key;
    this.#onChange?.();
    this.#host.requestUpdate();
  }

  /** Closing (Escape, a click elsewhere, `close()`): with focus inside, it goes to the opener. */
  readonly #onToggle = (e: ToggleEvent): void => {
    if (e.newState !== 'closed') return;
    const popout = e.currentTarget as HTMLElement;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected && popout.matches(':focus-within')) opener.focus();
    this.#set(null);
  };
}
