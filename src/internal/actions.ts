import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from './url.js';

export interface ActionOptions {
  /** What the control shows. */
  label: unknown;
  /** Where it leads (checked with `safeHref`); none or unsafe makes it a button. */
  href: string | null | undefined;
  /** Builds the cancelable event fired on `host`, given the safe href. */
  event: (href: string | null) => Event;
  className?: string;
  part?: string;
  /** What a button (no safe href) does when the event was not cancelled. */
  onDefault?: (control: HTMLElement) => void;
}

/**
 * A control that announces itself with a cancelable event before doing anything: a real link
 * when it has somewhere safe to go (so it opens in a new tab like any link), a button
 * otherwise. Cancelling the event cancels the navigation, so hosts can route in-app instead.
 */
export function renderAction(host: EventTarget, options: ActionOptions): TemplateResult {
  const href = safeHref(options.href);
  const activate = (e: Event) => {
    if (!host.dispatchEvent(options.event(href))) e.preventDefault();
    else if (!href) options.onDefault?.(e.currentTarget as HTMLElement);
  };
  return href
    ? html`<a
        class=${options.className ?? nothing}
        part=${options.part ?? nothing}
        href=${href}
        @click=${activate}
        >${options.label}</a
      >`
    : html`<button
        class=${options.className ?? nothing}
        part=${options.part ?? nothing}
        type="button"
        @click=${activate}
      >
        ${options.label}
      </button>`;
}
