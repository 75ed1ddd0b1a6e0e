import { consume } from '@lit/context';
import { TaskStatus, type Task } from '@lit/task';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { INVALIDATE_EVENT, type CreditsClient } from '../data/client.js';
import { clientContext, settingsContext, type CreditsSettings } from '../data/context.js';
import { CreditsError, isAbort, userMessage } from '../data/errors.js';
import { sharedClient } from '../data/shared.js';
import { CreditsErrorEvent } from '../events/credits-error.js';
import { resolveLocale } from './format.js';

/**
 * What every credits element has in common: where its client comes from (a provider's context,
 * else the shared client of its own `endpoint`), its locale, reloading when the client is
 * refreshed, and the error state. Not registered as an element of its own.
 */
export abstract class CreditsElement extends LitElement {
  /**
   * Base URL of the Credits API (`/api/credits`), used when the element is not inside a
   * `<credits-provider>`. Changing it reloads the element.
   */
  @property({ reflect: true }) endpoint = '';

  /** BCP 47 locale for numbers, money and dates; by default the nearest `lang`, then the browser's. */
  @property() locale = '';

  /**
   * The client to load through. Set by an enclosing `<credits-provider>`; a host may also set
   * its own (`new CreditsClient({endpoint, headers, fetch})`) to pass credentials.
   */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  client?: CreditsClient;

  /** Settings handed down by an enclosing provider. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: CreditsSettings;

  #subscribed?: CreditsClient;
  readonly #onInvalidate = () => this.reload();

  /** The client in use: the provided or assigned one, else the page's shared one for `endpoint`. */
  protected get resolvedClient(): CreditsClient | undefined {
    if (this.client) return this.client;
    if (!this.endpoint) return undefined;
    // Asked on every render: remember the answer for the current endpoint.
    if (this.#shared?.endpoint !== this.endpoint) {
      let client: CreditsClient | undefined;
      try {
        client = sharedClient({ endpoint: this.endpoint });
      } catch {
        client = undefined; // not a URL: renderUnconfigured() says so
      }
      this.#shared = { endpoint: this.endpoint, client };
    }
    return this.#shared.client;
  }

  #shared?: { endpoint: string; client: CreditsClient | undefined };

  protected get resolvedLocale(): string {
    return resolveLocale(this, this.locale, this.settings?.locale);
  }

  /** Loads everything again through the client (the cache is bypassed for every widget using it). */
  refresh(): void {
    this.resolvedClient?.refresh();
  }

  /** Runs the element's tasks again; called when the client is invalidated. */
  protected abstract reload(): void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscribe(undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#subscribe(this.resolvedClient);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#subscribe(this.resolvedClient);
  }

  #subscribe(client: CreditsClient | undefined): void {
    if (client === this.#subscribed) return;
    this.#subscribed?.removeEventListener(INVALIDATE_EVENT, this.#onInvalidate);
    client?.addEventListener(INVALIDATE_EVENT, this.#onInvalidate);
    this.#subscribed = client;
  }

  /**
   * Wraps a load so that a failure (not a cancellation) is announced with `credits-error`
   * before the task shows it. Anything that is not a CreditsError is a bug of ours, reported as
   * such rather than as a server fault.
   */
  protected async load<T>(signal: AbortSignal, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (isAbort(e) || signal.aborted) throw e;
      const error =
        e instanceof CreditsError
          ? e
          : new CreditsError('http', 'The widget failed to show the data.', { cause: e });
      this.dispatchEvent(new CreditsErrorEvent({ error, message: userMessage(error) }));
      throw error;
    }
  }

  /** Whether `task` is loading for a client (nothing loads without one). */
  protected isLoading(task: Task<readonly unknown[], unknown>): boolean {
    return (
      !!this.resolvedClient &&
      (task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL)
    );
  }

  /** The card every element renders in: a titled section that says when it is busy. */
  protected renderFrame(title: string, busy: boolean, body: unknown): TemplateResult {
    return html`<section
      class="card base"
      part="base"
      aria-labelledby="title"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <h2 class="title" id="title">${title}</h2>
      ${body}
    </section>`;
  }

  /** The error panel: what went wrong in the user's terms, and a way to try again. */
  protected renderError(error: unknown, retry: () => void): TemplateResult {
    if (isAbort(error)) return html``;
    const message = userMessage(error);
    return html`<div class="alert" role="alert" part="error">
      <p>${message}</p>
      <button class="btn" type="button" @click=${retry}>Retry</button>
    </div>`;
  }

  /** Shown instead of loading when there is neither a provider nor an `endpoint`. */
  protected renderUnconfigured(): TemplateResult {
    if (this.endpoint && !this.client) {
      return html`<div class="alert" role="alert" part="error">
        <p>This widget's <code>endpoint</code> is not a valid URL: "${this.endpoint}".</p>
      </div>`;
    }
    return html`<div class="alert" role="alert" part="error">
      <p>
        This widget has no data source: set its <code>endpoint</code> attribute or place it inside a
        <code>&lt;credits-provider&gt;</code>.
      </p>
    </div>`;
  }
}
