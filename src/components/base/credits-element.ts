import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  html,
  LitElement,
  type PropertyValues,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { RevalidateController } from '../../controllers/revalidate-controller.js';
import { INVALIDATE_EVENT, LOADED_EVENT, type CreditsClient } from '../../data/client.js';
import { clientContext, settingsContext, type CreditsSettings } from '../../data/context.js';
import { asCreditsError, isAbort, userMessage } from '../../data/errors.js';
import { sharedClient } from '../../data/shared.js';
import { CreditsErrorEvent } from '../../events/credits-error.js';
import type { MessageKey } from '../../i18n/keys.js';
import {
  sameArgs,
  type AnyTask,
  type DataTaskOptions,
  type Shown,
  type Tracked,
} from './data-task.js';

/**
 * What every credits element has in common: where its client comes from, its locale, its loads
 * (`dataTask`) and how their states render (`renderTask`), reloading when the client is
 * refreshed, and the card frame. Not registered as an element of its own.
 *
 * Where the client comes from, first match wins: a `client` the host set on the element; the
 * page's shared client for the element's own `endpoint`; the client of an enclosing
 * `<credits-provider>`.
 */
export abstract class CreditsElement extends LitElement {
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
   * Seconds between revalidations of what the element shows (0, the default, never polls).
   * Never while the tab is hidden; the element also revalidates when the tab comes back.
   */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  /**
   * A client of the host's own making (`new CreditsClient({endpoint, headers, fetch})`). Wins
   * over `endpoint` and any provider, and is never replaced by the element.
   */
  @property({ attribute: false }) client?: CreditsClient;

  /** The client of an enclosing provider. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient?: CreditsClient;

  /** Settings handed down by an enclosing provider; the element's own attributes win. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: CreditsSettings;

  protected readonly localeController = new LocaleController(this, () => [
    this.locale,
    this.settings?.locale,
  ]);

  /** Revalidation every `refresh-interval` seconds and when the tab comes back. */
  protected readonly revalidation = new RevalidateController(
    this,
    () => this.resolvedClient,
    () => this.refreshInterval,
  );

  readonly #tasks = new Map<AnyTask, Tracked>();
  #shared?: { endpoint: string; client: CreditsClient | undefined };
  #subscribed?: CreditsClient;
  readonly #onInvalidate = () => this.reload();
  /**
   * Another widget on the same client loaded something: a load of ours that failed and whose
   * data the cache now holds runs again (it answers from the cache), so a Retry anywhere, or a
   * second look, mends every widget that showed that failure.
   */
  readonly #onLoaded = () => {
    for (const [task, tracked] of this.#tasks) {
      if (task.status === TaskStatus.ERROR && tracked.peek?.(tracked.args()) !== undefined) {
        void task.run();
      }
    }
  };

  /** The client in use (see the class description), or undefined when there is none. */
  protected get resolvedClient(): CreditsClient | undefined {
    if (this.client) return this.client;
    if (this.endpoint) {
      if (this.#shared?.endpoint !== this.endpoint) {
        let client: CreditsClient | undefined;
        try {
          client = sharedClient({ endpoint: this.endpoint });
        } catch {
          client = undefined; // not an http(s) URL: renderUnconfigured() says so
        }
        this.#shared = { endpoint: this.endpoint, client };
      }
      return this.#shared.client;
    }
    return this.providedClient;
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

  /** Loads everything again through the client (the cache is bypassed for every widget using it). */
  refresh(): void {
    this.resolvedClient?.refresh();
  }

  /** Runs every load again; called when the client is refreshed. */
  protected reload(): void {
    for (const task of this.#tasks.keys()) void task.run();
  }

  /**
   * A `@lit/task` whose value is the loaded data. It runs with the element's client and
   * `args()`, and aborts the run before when they change; a failure is announced with a
   * `credits-error` event and becomes a `CreditsError` (a bug of ours is kind `internal`, never
   * passed off as a server fault).
   */
  protected dataTask<const A extends readonly unknown[], T>(options: DataTaskOptions<A, T>) {
    const tracked: Tracked = {
      args: () => [this.resolvedClient, ...options.args()],
      sameData: (prev, next) =>
        prev[0] === next[0] &&
        (options.sameData ?? sameArgs)(
          prev.slice(1) as unknown as A,
          next.slice(1) as unknown as A,
        ),
    };
    const { peek } = options;
    if (peek) {
      tracked.peek = (all) => {
        const [client, ...args] = all as [CreditsClient | undefined, ...A];
        return client ? peek(client, args as unknown as A) : undefined;
      };
    }
    // The task asks its host for a render when a run starts and when it ends; one that would draw
    // what is on screen already is skipped (the run confirmed the very data the first render took
    // from the cache: every element drew itself twice on a page whose data came first).
    const host = {
      addController: (controller) => this.addController(controller),
      removeController: (controller) => this.removeController(controller),
      requestUpdate: () => {
        if (!this.#showsAlready(task as AnyTask, tracked)) this.requestUpdate();
      },
    } as ReactiveControllerHost;
    Object.defineProperty(host, 'updateComplete', { get: () => this.updateComplete });
    const task = new Task(host, {
      args: tracked.args,
      task: async (all: readonly unknown[], { signal }) => {
        const [client, ...args] = all as [CreditsClient | undefined, ...A];
        if (!client) return initialState;
        try {
          const value = await options.run(client, args as unknown as A, signal);
          if (!signal.aborted) tracked.loadedFor = all;
          return value;
        } catch (e) {
          if (isAbort(e) || signal.aborted) throw e;
          const error = asCreditsError(e);
          // Our own bug: the developer console gets the stack, the user a plain sentence.
          if (error.kind === 'internal') console.error(e);
          if (!options.quiet) {
            this.dispatchEvent(
              new CreditsErrorEvent({ error, message: userMessage(error, this.t) }),
            );
          }
          throw error;
        }
      },
    });
    this.#tasks.set(task as AnyTask, tracked);
    return task as Task<readonly unknown[], T>;
  }

  /**
   * Whether `task` is loading now. Not while it shows fresh data from the client's cache (a
   * peek): the run then answers from the same cache, so nothing is on its way.
   */
  protected isBusy(task: Task<readonly unknown[], unknown>): boolean {
    if (!this.resolvedClient || task.status !== TaskStatus.PENDING) return false;
    const tracked = this.#tasks.get(task);
    if (!tracked?.peek) return true;
    const args = tracked.args();
    const reloading = tracked.loadedFor && tracked.sameData(tracked.loadedFor, args);
    return reloading || tracked.peek(args) === undefined;
  }

  /**
   * The value `task` can show now: its value when complete, or while it reloads the same data
   * (`sameData`); undefined otherwise.
   */
  protected shownValue<T>(task: Task<readonly unknown[], T>): T | undefined {
    if (task.status === TaskStatus.COMPLETE) return task.value;
    if (task.status !== TaskStatus.PENDING) return undefined;
    const tracked = this.#tasks.get(task as AnyTask);
    if (!tracked) return undefined;
    const args = tracked.args();
    const loadedFor = tracked.loadedFor;
    if (loadedFor && tracked.sameData(loadedFor, args)) return task.value;
    return tracked.peek?.(args) as T | undefined;
  }

  #shown(task: AnyTask): Shown {
    const error = task.status === TaskStatus.ERROR ? task.error : undefined;
    return { value: this.shownValue(task), busy: this.isBusy(task), error };
  }

  /** Whether a render now would show of `task` just what the last one did. */
  #showsAlready(task: AnyTask, tracked: Tracked): boolean {
    const then = tracked.rendered;
    if (!then || !this.hasUpdated) return false;
    const now = this.#shown(task);
    return now.value === then.value && now.busy === then.busy && now.error === then.error;
  }

  protected override update(changed: PropertyValues): void {
    for (const [task, tracked] of this.#tasks) tracked.rendered = this.#shown(task);
    super.update(changed);
  }

  /**
   * Every state of a load: no data source, error (with Retry), data (also while the same data
   * reloads), and loading (`pending`: a skeleton of the final layout).
   */
  protected renderTask<T>(
    task: Task<readonly unknown[], T>,
    renderers: { complete: (value: T) => unknown; pending: () => unknown },
  ): unknown {
    if (!this.resolvedClient) return this.renderUnconfigured();
    if (task.status === TaskStatus.ERROR) return this.renderError(task.error, () => task.run());
    // Words in the element's language are on their way: no English to swap under the reader.
    if (this.localeController.waiting) return renderers.pending();
    const value = this.shownValue(task);
    return value !== undefined ? renderers.complete(value) : renderers.pending();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#subscribe(this.resolvedClient);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscribe(undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#subscribe(this.resolvedClient);
  }

  #subscribe(client: CreditsClient | undefined): void {
    if (client === this.#subscribed) return;
    this.#subscribed?.removeEventListener(INVALIDATE_EVENT, this.#onInvalidate);
    this.#subscribed?.removeEventListener(LOADED_EVENT, this.#onLoaded);
    client?.addEventListener(INVALIDATE_EVENT, this.#onInvalidate);
    client?.addEventListener(LOADED_EVENT, this.#onLoaded);
    this.#subscribed = client;
  }

  /**
   * The card every element renders in. Not a landmark: several widgets on one page would make
   * several regions of the same name; the heading is how a screen-reader user finds it.
   */
  protected renderFrame(title: string, busy: boolean, body: unknown): TemplateResult {
    const pending = this.localeController.waiting;
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

  /** The error panel: what went wrong in the user's terms, and a way to try again. */
  protected renderError(error: unknown, retry: () => void): TemplateResult {
    if (isAbort(error)) return html``;
    return html`<div class="alert" role="alert" part="error">
      <p dir="auto">${userMessage(error, this.t)}</p>
      <button class="btn small" type="button" @click=${retry}>${this.t('common.retry')}</button>
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
