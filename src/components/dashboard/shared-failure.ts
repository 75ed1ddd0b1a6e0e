import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOADED_EVENT, type CreditsClient } from '../../data/client.js';
import type { CreditsError } from '../../data/errors.js';
import type { CreditsErrorEvent } from '../../events/credits-error.js';

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** One cause: the same kind of error, and the same HTTP status. */
const causeOf = (error: CreditsError) => `${error.kind} ${error.status ?? ''}`;

/** The credits widgets under `root` that show data of their own, through their shadow roots. */
function widgetsIn(root: ParentNode): Widget[] {
  return [...root.querySelectorAll<Widget>('*')].flatMap((el) => {
    if (!el.localName.startsWith('credits-')) return [];
    // A container (Billing & Transactions) shows what the widgets inside it show.
    if (el.localName === 'credits-billing') return el.shadowRoot ? widgetsIn(el.shadowRoot) : [];
    return el.hasAttribute('not-offered') ? [] : [el];
  });
}

/**
 * The widget shows its error panel (the table's filter problem is no failure of the server), or
 * the plan header its "unavailable".
 */
const failed = (w: Widget) => !!w.shadowRoot?.querySelector('.alert[part~="error"], .unavailable');
const shown = (w: Widget) =>
  !failed(w) &&
  w.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false';

/**
 * When every widget of the open tab (and the plan header) fails for one cause (the server down,
 * the session expired), the dashboard says so once, with one Retry for everything, instead of
 * each widget saying it with a Retry of its own. It holds while nothing is shown (a Retry under
 * way included) and ends as soon as one widget shows its data, or the widgets fail differently.
 */
export class SharedFailureController implements ReactiveController {
  /** The error all of them share, while they do. */
  error?: CreditsError;

  readonly #host: Host;
  readonly #scope: () => ParentNode[];
  readonly #client: () => CreditsClient | undefined;
  readonly #errors = new WeakMap<Element, CreditsError>();
  #listening?: CreditsClient;
  #queued = false;

  /** `scope`: where the widgets of the open tab are (its panel), and other widgets (the plan header). */
  constructor(host: Host, scope: () => ParentNode[], client: () => CreditsClient | undefined) {
    this.#host = host;
    this.#scope = scope;
    this.#client = client;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('credits-error', this.#onError);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('credits-error', this.#onError);
    this.#listen(undefined);
  }

  hostUpdated(): void {
    this.#listen(this.#client());
    this.check();
  }

  /** Loads everything again (every widget of this client). */
  retry(): void {
    this.#client()?.refresh();
  }

  #listen(client: CreditsClient | undefined): void {
    if (client === this.#listening) return;
    this.#listening?.removeEventListener(LOADED_EVENT, this.check);
    this.#listening = client;
    client?.addEventListener(LOADED_EVENT, this.check);
  }

  readonly #onError = (e: CreditsErrorEvent): void => {
    const source = e.composedPath()[0];
    if (source instanceof Element) this.#errors.set(source, e.detail.error);
    this.check();
  };

  /** Looks again once the widgets have drawn what they now know. */
  readonly check = (): void => {
    if (this.#queued) return;
    this.#queued = true;
    setTimeout(() => void this.#check());
  };

  async #check(): Promise<void> {
    const widgets = this.#scope().flatMap((n) =>
      n instanceof Element && n.localName.startsWith('credits-') ? [n as Widget] : widgetsIn(n),
    );
    await Promise.all(widgets.map((w) => w.updateComplete));
    this.#queued = false;
    const down = widgets.filter(failed);
    const errors = down.map((w) => this.#errors.get(w));
    const first = errors[0];
    const causes = new Set(errors.map((e) => e && causeOf(e)));
    let next: CreditsError | undefined;
    if (!widgets.some(shown)) {
      // Loading again after the one Retry: the message holds until something is shown.
      if (!down.length) next = this.error;
      // It starts once two fail for one cause; a third failing alike keeps it.
      else if (causes.size === 1 && first && (this.error || down.length >= 2)) next = first;
    }
    if (next !== this.error && (!next || !this.error || causeOf(next) !== causeOf(this.error))) {
      this.error = next;
      this.#host.requestUpdate();
    }
  }
}
