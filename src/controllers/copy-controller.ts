import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/**
 * Copies a value to the clipboard and remembers which one was copied (for a "Copied" label).
 * Where the clipboard refuses (permissions, an insecure page), the value's text is selected
 * instead, so the user can copy it by hand.
 */
export class CopyController implements ReactiveController {
  /** The value copied last, or null. */
  copied: string | null = null;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.copied = null;
  }

  /** Copies `value`; on refusal selects `shown` (the element that shows it), if given. */
  async copy(value: string, shown?: Element | null): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(value);
      this.copied = value;
      return true;
    } catch {
      this.copied = null;
      if (shown) getSelection()?.selectAllChildren(shown);
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /**
   * `value` in a `<code>` and its Copy button, which says Copied once it has copied it: `label`
   * names the button for a screen reader (`Copy payment ID pay_1`), `text` is what it shows.
   */
  renderCopyable(
    value: string,
    label: { copy: string; copied: string },
    text: { copy: string; copied: string },
  ): TemplateResult {
    const done = this.copied === value;
    return html`<code>${value}</code
      ><button
        class="btn copy"
        type="button"
        aria-label=${done ? label.copied : label.copy}
        @click=${(e: Event) => this.copy(value, (e.currentTarget as Element).previousElementSibling)}
      >
        ${done ? text.copied : text.copy}
      </button>`;
  }

  /** Forgets the last copy (a new pop-out opened, say). */
  reset(): void {
    this.copied = null;
  }
}
