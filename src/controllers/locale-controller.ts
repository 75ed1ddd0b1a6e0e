import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MessageKey } from '../i18n/keys.js';
import { hasHostMessages, onMessagesChange, translate, translateParts } from '../i18n/messages.js';
import { isShippedLoaded, isShippedSettled, loadShipped, shippedFor } from '../i18n/shipped.js';
import { inheritedLang, validLocale } from '../internal/format.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One observer for every element: each root on the way up from a connected element (its shadow
 * roots, the document) is watched for `lang` and `dir` changes, once, for as long as it lives;
 * a change asks every connected element whether its locale moved. (One observer per element
 * cost each element a MutationObserver and a watch of the document on every connection.)
 */
const connected = new Set<LocaleController>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    const dir = records.some((r) => r.attributeName === 'dir');
    for (const controller of connected) controller.changed(dir);
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * The locale an element speaks and formats with: the first valid tag of `explicit()` (its own
 * `locale` attribute, then its provider's), else the nearest `lang` above it (shadow roots
 * crossed), else the browser's. Resolved once per update into `value`. A `lang` changed
 * anywhere above the element re-renders it: each root on its way up to the document is watched
 * while connected, and so does a `dir`. So do messages a host registers, and a shipped
 * translation arriving.
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag for the update in progress. */
  get value(): string {
    return isServer ? this.#serverLocale() : this.#value;
  }
  #value = 'en-US';

  /**
   * The shipped translation being downloaded for the resolved locale, if any. Before the
   * element's first words (`waiting`) it shows its loading state rather than English words that
   * would change under the reader; on a later switch it keeps its language until the new one is
   * here, then changes words, numbers and dates at once.
   */
  pending?: Promise<void>;

  /** No language has been ready yet: the element shows its loading state. */
  get waiting(): boolean {
    return !this.#ready && this.pending !== undefined;
  }

  readonly #host: Host;
  readonly #explicit: () => readonly (string | undefined)[];
  #unsubscribe?: () => void;
  #shipped?: string;
  #ready = false;

  constructor(host: Host, explicit: () => readonly (string | undefined)[]) {
    this.#host = host;
    this.#explicit = explicit;
    host.addController(this);
  }

  /**
   * A server render runs no update: the locale is the element's or its provider's (no `lang`
   * above it can be read there), and its words are the shipped translation when the server
   * loaded it first (credits-widgets/ssr), else English.
   */
  #serverLocale(): string {
    for (const tag of this.#explicit()) {
      const valid = validLocale(tag);
      if (valid) return valid;
    }
    return 'en-US';
  }

  /** The shipped translation the words come from now. */
  get #shippedNow(): string | undefined {
    if (!isServer) return this.#shipped;
    const id = shippedFor(this.value);
    return id && isShippedLoaded(id) ? id : undefined;
  }

  /** Resolves the locale now (also usable outside an update). */
  resolve(): string {
    for (const tag of [...this.#explicit(), inheritedLang(this.#host)]) {
      const valid = validLocale(tag);
      if (valid) return valid;
    }
    return validLocale(globalThis.navigator?.language) ?? 'en-US';
  }

  /**
   * The language the words are in (for the `lang` of what the element renders): the locale
   * when its messages are here (shipped or the host's), else English.
   */
  get textLang(): string {
    const locale = this.value;
    if (locale.split('-')[0] === 'en') return locale;
    const shipped = this.#shippedNow;
    if (shipped && isShippedLoaded(shipped)) return locale;
    return hasHostMessages(locale) ? locale : 'en';
  }

  /** The message `key` in the element's locale, `{placeholders}` filled from `params`. */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return translate(this.value, this.#shippedNow, key, params);
  }

  /** The message `key` as template parts, so a placeholder can be markup. */
  parts(key: MessageKey, params: Readonly<Record<string, unknown>>): unknown[] {
    return translateParts(this.value, this.#shippedNow, key, params);
  }

  hostConnected(): void {
    // On a server the locale is resolved at render (see `value`), and nothing is watched.
    if (isServer) return;
    connected.add(this);
    let root: Node = this.#host.getRootNode();
    for (;;) {
      watch(root);
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
    this.#unsubscribe = onMessagesChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.#unsubscribe?.();
  }

  /** A `lang` or `dir` changed in a root above some connected element. */
  changed(dir: boolean): void {
    // A `dir` changed above the element redraws it too (the chart mirrors in code, not CSS).
    if (dir || this.resolve() !== this.value) this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const next = this.resolve();
    const id = shippedFor(next);
    if (!id || isShippedSettled(id)) {
      this.#value = next;
      this.#shipped = id;
      this.pending = undefined;
      this.#ready = true;
      return;
    }
    if (!this.#ready) {
      this.#value = next;
      this.#shipped = id;
    }
    const pending = loadShipped(id).then(() => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.#host.requestUpdate();
    });
    this.pending = pending;
  }
}
