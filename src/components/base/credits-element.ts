import {
  html,
  isServer,
  nothing,
  ReactiveElement,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { ClientController } from '../../controllers/client-controller.js';
import {
  DataController,
  type DataOptions,
  type DataState,
} from '../../controllers/data-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PageSchemeController } from '../../controllers/page-scheme-controller.js';
import type { CreditsClient } from '../../data/client.js';
import type { CreditsSettings } from '../../data/context.js';
import {
  asCreditsError,
  isAbort,
  isNotOffered,
  supportDetails,
  userMessage,
} from '../../data/errors.js';
import { CreditsErrorEvent } from '../../events/credits-error.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { CreditsBase } from './credits-base.js';

/**
 * What a part of an element (the table engine) uses of it, handed over explicitly by the
 * element (`this.kit`): its words, locale and client, its loads, and its frame and panels.
 */
export interface ElementKit {
  readonly t: Translate;
  locale(): string;
  client(): CreditsClient | undefined;
  load<const A extends readonly unknown[], T>(options: DataOptions<A, T>): DataController<A, T>;
  frame(title: string, busy: boolean, body: unknown): TemplateResult;
  error(error: unknown, retry: () => void): TemplateResult;
  unconfigured(): TemplateResult;
  /** The first render of an element a server drew: only what the server knew may show. */
  hydrating(): boolean;
}

/**
 * What every credits element has in common, kept thin: its settings, and the controllers that
 * do the work (`ClientController`: which client, the provider's context, listening to the
 * client and revalidating while in the page; `LocaleController`: its language; one
 * `DataController` per load, made with `load()`), plus the card frame and the error panel.
 * Not registered as an element of its own.
 */
export abstract class CreditsElement extends CreditsBase {
  /**
   * Base URL of the Credits API (`/api/credits`). Wins over an enclosing provider's. Changing it
   * reloads the element.
   */
  @property() endpoint = '';

  /**
   * BCP 47 locale for words, numbers, money and dates. Wins over a provider's; by default the
   * nearest `lang`, then the browser's. Changing it re-renders the element in that language.
   */
  @property() locale = '';

  /**
   * Seconds between revalidations of what the element shows (0, the default: the provider's,
   * else never).
   * Never while the tab is hidden; the element also revalidates when the tab comes back. A
   * load still under way when the next one is due is left to finish.
   */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  /**
   * A client of the host's own making (`new CreditsClient({endpoint, headers, fetch})`). Wins
   * over `endpoint` and any provider, and is never replaced by the element.
   */
  @property({ attribute: false }) client?: CreditsClient;

  /**
   * A server drew this element's loading skeleton (it had no data for it): the hydrating render
   * draws it again, even when the page's answers are already in the client's cache.
   */
  readonly #serverDrewSkeleton =
    this.serverRendered &&
    this.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';

  /** Which client, and the element's life with it (see ClientController). */
  protected readonly clients = new ClientController(this);

  /** A `color-scheme` the page pins above the element is followed; else the user's preference. */
  protected readonly pageScheme = new PageSchemeController(
    this,
    isServer ? undefined : this.attachInternals?.(),
  );

  protected readonly localeController = new LocaleController(this, () => [
    this.locale,
    this.settings?.locale,
  ]);

  /** The client in use, or undefined when there is none. */
  protected get resolvedClient(): CreditsClient | undefined {
    return this.clients.client;
  }

  /** Settings handed down by an enclosing provider; the element's own attributes win. */
  protected get settings(): CreditsSettings | undefined {
    return this.clients.settings;
  }

  /**
   * Whether the user is an admin: the element's own `admin` where it has one (absent: unset),
   * else its provider's, else not. The server still decides what an admin may do.
   */
  protected get isAdmin(): boolean {
    return (this as { admin?: boolean }).admin ?? this.settings?.admin ?? false;
  }

  /** The locale resolved for this update. */
  protected get resolvedLocale(): string {
    return this.localeController.value;
  }

  /** The message `key` in the element's language, `{placeholders}` filled from `params`. */
  protected readonly t = (
    key: MessageKey,
    params?: Readonly<Record<string, string | number>>,
  ): string => this.localeController.t(key, params);

  /** The message `key` as template parts, for placeholders that are markup (`<time>`). */
  protected parts(key: MessageKey, params: Readonly<Record<string, unknown>>): unknown[] {
    return this.localeController.parts(key, params);
  }

  /**
   * Resolves after the update in progress and, when the element's language is still being
   * downloaded, after the render in that language.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.localeController.pending) {
      await this.localeController.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** This element's words, client, loads and frame, for a part of it (see ElementKit). */
  protected readonly kit: ElementKit = {
    t: (key, params) => this.t(key, params),
    locale: () => this.resolvedLocale,
    client: () => this.resolvedClient,
    load: (options) => this.load(options),
    frame: (title, busy, body) => this.renderFrame(title, busy, body),
    error: (error, retry) => this.renderError(error, retry),
    unconfigured: () => this.renderUnconfigured(),
    hydrating: () => this.serverRendered && !this.hasUpdated,
  };

  /**
   * No computation takes a widget down: a render that throws (a bug of ours, or a value no rule
   * foresaw) draws the error panel with Retry instead of leaving the widget blank or half drawn,
   * and reports it (`credits-error` with kind `internal`, and the console, for the developer).
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (e) {
      if (isServer) throw e;
      const error = asCreditsError(e);
      console.error('credits-widgets: a widget failed to draw.', e);
      // What LitElement's update does after its render(), which threw before it: the update is
      // marked done (else the element would never update again) and attributes reflected.
      (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(
        this,
        changed,
      );
      const retry = () => this.requestUpdate();
      render(
        html`<div class="card base" part="base" aria-busy="false">
          ${this.renderError(error, retry)}
        </div>`,
        this.renderRoot,
        this.renderOptions,
      );
      this.dispatchEvent(new CreditsErrorEvent({ error, message: userMessage(error, this.t) }));
    }
  }

  /** Loads everything again through the client (the cache is bypassed for every widget using it). */
  refresh(): void {
    this.resolvedClient?.refresh();
  }

  /**
   * A load of the element (see DataController): run with its client and `args()`; a failure is
   * announced with a `credits-error` event.
   */
  protected load<const A extends readonly unknown[], T>(
    options: DataOptions<A, T> & {
      /** A load that only adds to what the element shows (the balance's runway): no `credits-error`. */
      quiet?: boolean;
      /**
       * A resource a backend may not offer (contract 1.1 on a 1.0 backend): its 404 is no
       * error (no `credits-error`); the element asks `notOffered()` and shows nothing.
       */
      optional?: boolean;
    },
  ): DataController<A, T> {
    const { quiet, optional } = options;
    return new DataController(this, this.clients, {
      ...options,
      hydratingSkeleton: () => this.#serverDrewSkeleton && !this.hasUpdated,
      onError: quiet
        ? undefined
        : (error) => {
            if (optional && isNotOffered(error)) return;
            this.dispatchEvent(
              new CreditsErrorEvent({ error, message: userMessage(error, this.t) }),
            );
          },
    });
  }

  /** The backend answered 404 for this load's resource: it does not offer it (see `optional`). */
  protected notOffered(data: DataState<unknown>): boolean {
    return isNotOffered(data.error);
  }

  /**
   * Every state of a load: no data source, error (with Retry), data (also while the same data
   * reloads), and loading: `pending` draws a skeleton of the final layout, hidden from assistive
   * technology (the card's `aria-busy` and `loading`, a sentence read out, say it instead).
   */
  protected renderData<T>(
    data: DataState<T>,
    renderers: { complete: (value: T) => unknown; pending: () => unknown; loading?: () => string },
  ): unknown {
    const { complete, loading } = renderers;
    const pending = () =>
      html`<div class="placeholder" aria-hidden="true">${renderers.pending()}</div>
        ${loading ? html`<span class="visually-hidden">${loading()}</span>` : nothing}`;
    // A server without the element's client draws the skeleton: the browser will load.
    if (!this.resolvedClient) return isServer ? pending() : this.renderUnconfigured();
    return data.render({
      error: (error) => this.renderError(error, () => data.retry()),
      // Words in the element's language are on their way: no English to swap under the reader.
      complete: (value) => (this.localeController.waiting ? pending() : complete(value)),
      pending,
    });
  }

  /**
   * The card every element renders in. Not a landmark: several widgets on one page would make
   * several regions of the same name; the heading is how a screen-reader user finds it.
   */
  protected renderFrame(title: string, busy: boolean, body: unknown): TemplateResult {
    const pending = this.localeController.waiting;
    this.#frameBusy = busy || pending;
    return html`<div
      class="card base"
      part="base"
      lang=${this.localeController.textLang}
      aria-busy=${busy || pending ? 'true' : 'false'}
    >
      <h2 class="title" part="title">
        ${pending ? html`<span class="skeleton-text">${title}</span>` : title}
      </h2>
      ${body}
    </div>`;
  }

  #frameBusy?: boolean;

  /**
   * The card's aria-busy as last rendered, written again after each update: hydration takes a
   * server's attributes as they are, so where a page's hydration went its own way (a framework
   * that hydrates the element in another order) the binding alone could leave "true" for good.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#frameBusy === undefined) return;
    const base = [...this.renderRoot.children].find((el) => el.matches('[part~="base"]'));
    const busy = this.#frameBusy ? 'true' : 'false';
    if (base && base.getAttribute('aria-busy') !== busy) base.setAttribute('aria-busy', busy);
  }

  /**
   * The error panel: what went wrong in the user's terms, and a way to try again. An answer
   * outside the contract adds, folded away, what a support ticket needs (the request, each
   * field): the user cannot act on it, the site's developers can.
   */
  protected renderError(error: unknown, retry: () => void): TemplateResult {
    if (isAbort(error)) return html``;
    const details = supportDetails(error);
    return html`<div class="alert" role="alert" part="error">
      <p dir="auto">${userMessage(error, this.t)}</p>
      <button class="btn small" type="button" @click=${retry}>${this.t('common.retry')}</button>
      ${
        details.length
          ? html`<details class="support" part="error-details">
              <summary>${this.t('error.supportDetails')}</summary>
              <ul dir="ltr" lang="en">
                ${details.map((line) => html`<li>${line}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  /** Shown instead of loading when the element has no client to ask. */
  protected renderUnconfigured(): TemplateResult {
    const endpoint = this.endpoint;
    const message =
      endpoint && !this.client
        ? this.parts('common.noEndpoint', {
            endpoint: html`<code>endpoint</code>`,
            value: endpoint.length > 80 ? `${endpoint.slice(0, 80)}…` : endpoint,
          })
        : this.parts('common.noSource', {
            endpoint: html`<code>endpoint</code>`,
            provider: html`<code>&lt;credits-provider&gt;</code>`,
          });
    return html`<div class="alert" role="alert" part="error"><p>${message}</p></div>`;
  }
}
