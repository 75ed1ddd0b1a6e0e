import { provide } from '@lit/context';
import { css, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CreditsClient, HeadersSource } from '../../data/client.js';
import { clientContext, settingsContext, type CreditsSettings } from '../../data/context.js';
import { sharedClient } from '../../data/shared.js';
import { CreditsBase } from '../base/credits-base.js';
import { flag, guardBoolean, numberOrText } from '../../internal/attributes.js';

/**
 * Hands one Credits API client and shared settings to every credits element inside it, so a
 * page configures the endpoint, authentication, role and locale once.
 *
 * @summary Configures the credits elements inside it.
 * @slot - Any content; credits elements anywhere inside (shadow roots included) use this provider.
 */
export class CreditsProvider extends CreditsBase {
  static override styles: CSSResultGroup = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the Credits API, absolute or relative to the page (`/api/credits`). */
  @property() endpoint = '';

  /**
   * The user is an admin: purchase controls are shown (the server still decides). The string
   * "false" counts as false.
   */
  @property({ converter: guardBoolean }) @flag admin = false;

  /** Show the cost per credit from the start (a user's own Show/Hide choice still wins). */
  @property({ attribute: 'show-cost', converter: guardBoolean }) @flag showCost = false;

  /** BCP 47 locale (words, numbers, dates) for every element inside; by default the nearest `lang`, then the browser's. */
  @property() locale = '';

  /**
   * Seconds between revalidations for every element inside that sets none (0, the default,
   * never polls). Never while the tab is hidden; a load still under way is left to finish.
   */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  /**
   * Cookie policy of requests: `same-origin` (default), `include` for an API on another origin, or
   * `omit`. Any other value is a mistake of the page: the elements inside say so, naming it, and
   * send no request.
   */
  @property() credentials: 'same-origin' | 'include' | 'omit' = 'same-origin';

  /**
   * Milliseconds before a hanging request ends with a timeout error (default 15000). Anything but
   * a number above 0 is ignored with a console warning (the default is used); values past
   * 2147483647, the longest a browser timer waits, are capped to it. Text that is not a number
   * stays text, so the warning quotes what the page wrote.
   */
  @property({ converter: numberOrText }) timeout?: number | string;

  /** Extra request headers, or a function returning them per request. A property only: tokens never sit in the DOM. */
  @property({ attribute: false }) headers?: HeadersSource;

  /** A fetch function to use instead of the page's. A property only. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /**
   * A client of your own (`new CreditsClient({...})`), handed to the elements inside instead of
   * one built from `endpoint` and the options above. Never replaced by the provider.
   */
  @property({ attribute: false }) client?: CreditsClient;

  /** What the elements inside get: `client`, else the shared client of `endpoint`. */
  @provide({ context: clientContext })
  @state()
  protected providedClient?: CreditsClient;

  @provide({ context: settingsContext })
  @state()
  protected settings: CreditsSettings = {
    admin: false,
    showCost: false,
    locale: '',
    refreshInterval: 0,
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = ['client', 'endpoint', 'credentials', 'timeout', 'headers', 'fetch'] as const;
    if (source.some((key) => changed.has(key))) this.providedClient = this.#client();
    const handed = ['admin', 'showCost', 'locale', 'refreshInterval'] as const;
    if (handed.some((key) => changed.has(key))) {
      const { admin, showCost, locale, refreshInterval } = this;
      this.settings = { admin, showCost, locale, refreshInterval };
    }
  }

  #client(): CreditsClient | undefined {
    if (this.client) return this.client;
    if (!this.endpoint) return undefined;
    try {
      return sharedClient({
        endpoint: this.endpoint,
        credentials: this.credentials,
        // Text here is an attribute that is not a number: the client names it in its warning.
        timeout: this.timeout as number | undefined,
        headers: this.headers,
        fetch: this.fetch,
      });
    } catch {
      // Not a URL: the elements inside show that they have no data source.
      return undefined;
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
