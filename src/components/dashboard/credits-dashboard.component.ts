import { html, nothing, type PropertyValues, type TemplateResult, isServer } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { RovingTabindexController } from '../../controllers/roving-tabindex-controller.js';
import { CreditsTabChangeEvent, type DashboardTab } from '../../events/credits-tab-change.js';
import type { CreditsClient } from '../../data/client.js';
import { isAbort, isNotOffered } from '../../data/errors.js';
import type { CreditsViewAutoTopUpEvent } from '../../events/credits-view-auto-top-up.js';
import type { CreditsViewBillingEvent } from '../../events/credits-view-billing.js';
import '../../i18n/en/dashboard.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { userMessage } from '../../data/errors.js';
import { safeHref } from '../../internal/url.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsProvider } from '../provider/credits-provider.component.js';
import { dashboardStyles } from './credits-dashboard.styles.js';
import { ScrollEdgesController } from './scroll-edges.js';
import { SharedFailureController } from './shared-failure.js';
import { renderTabList } from './tab-list.js';
import { UsageFilterController } from './usage-filter.js';

const TABS: { id: DashboardTab; label: MessageKey }[] = [
  { id: 'credits', label: 'dashboard.tabCredits' },
  { id: 'subscription', label: 'dashboard.tabSubscription' },
  { id: 'billing', label: 'dashboard.tabBilling' },
];
const HISTORY = [
  { id: 'usage', label: 'dashboard.tabUsage' },
  { id: 'purchases', label: 'dashboard.tabPurchases' },
] as const satisfies readonly { id: string; label: MessageKey }[];

const isTab = (value: unknown): value is DashboardTab => TABS.some((t) => t.id === value);

/**
 * The code of what a panel draws beyond the Credits tab, fetched the first time the panel opens:
 * a dashboard on its Credits tab downloads only what it draws. Until it is here, the panel's
 * element is an empty box (or, drawn by a server, shows what the server drew).
 */
const PANEL_CODE: Record<string, () => Promise<unknown>> = {
  billing: () => import('../billing/credits-billing.js'),
  'history-purchases': () => import('../purchase-history/credits-purchase-history.js'),
};

/**
 * The whole Credits page in one tag: the plan badge above the sub-tabs **Credits** (balance,
 * monthly summary, the automatic top-up and the alerts where the backend offers them, the usage
 * breakdown, then Credit Usage / Purchase History), **Subscription** and **Billing & Transactions**. It is a `<credits-provider>` too: one client and the settings for everything
 * inside. A tab's data loads when the tab is first opened; View Billing in the balance opens
 * Billing & Transactions unless the host cancels `credits-view-billing`; an event chosen in the
 * usage breakdown filters Credit Usage to that event and period unless the host cancels
 * `credits-event-open`. The events of the
 * elements inside bubble out of it (they are composed), and are listed here as its own.
 *
 * @summary The Credits page: balance, usage, history, plan and billing, with tabs.
 *
 * @event {CreditsTabChangeEvent} credits-tab-change - Another tab was opened; `detail.tab` is `credits`, `subscription` or `billing`.
 * @event {CreditsPurchaseEvent} credits-purchase - Purchase Credits was activated (admins). Cancelable: cancel it to run your own top-up flow instead of the dialog.
 * @event {CreditsCheckoutEvent} credits-checkout - A top-up started; `detail` has `checkoutUrl` (always https, or http on a loopback host) and `orderId`. Cancelable: cancel it to open the checkout yourself.
 * @event {CreditsViewBillingEvent} credits-view-billing - View Billing was activated. Cancelable: cancel it to keep the Credits tab open and show your own billing view.
 * @event {CreditsViewAutoTopUpEvent} credits-view-auto-top-up - An admin chose Set up automatic top-ups and alerts in the runway warning. Cancelable: cancel it to show your own settings instead of the dashboard's, which it otherwise brings into view.
 * @event {CreditsEventOpenEvent} credits-event-open - An event name in a table or the usage breakdown was activated. Cancelable: cancel it to route within your app; from the breakdown, uncancelled, it filters Credit Usage to that event and the breakdown's period (`detail.from`, `detail.to`).
 * @event {CreditsExportEvent} credits-export - A CSV export is complete. Cancelable: cancel it to handle the file yourself.
 * @event {CreditsEditBillingEvent} credits-edit-billing - An admin chose Add billing details on a payment. Cancelable: cancel it to show your own form.
 * @event {CreditsErrorEvent} credits-error - Something inside could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - Everything.
 * @csspart tabs - The sub-tabs.
 * @csspart panel - Each tab's panel.
 */
export class CreditsDashboard extends CreditsProvider {
  static override styles = [hostStyles, dashboardStyles];

  /** The open tab: `credits`, `subscription` or `billing`. Set it to deep-link; it follows the user. */
  @property({ reflect: true }) tab: 'credits' | 'subscription' | 'billing' = 'credits';

  /**
   * Where Sign in leads when the session has expired (`https://app.example/login`): with it, the
   * dashboard's one message for an expired session offers Sign in. Without it, the host gets
   * `credits-error` with `detail.error.kind === 'unauthenticated'`, as from every widget.
   */
  @property({ attribute: 'signin-href' }) signinHref = '';

  @state() private history: (typeof HISTORY)[number]['id'] = 'usage';
  /** The language of the tabs' words: the dashboard's `locale`, else the nearest `lang`. */
  readonly #locale = new LocaleController(this, () => [this.locale]);

  /**
   * Whether the backend offers automatic top-ups or alerts (contract 1.1; a 1.0 backend answers
   * 404): their row is hidden when it offers neither, and the balance's runway warning offers
   * them to admins when it does. Undefined until known (the row is shown, loading).
   */
  @state() private neverRunOut?: boolean;
  #offerCheck?: { client: CreditsClient; controller: AbortController };

  /** Credit Usage filtered to the event chosen in the usage breakdown. */
  readonly #usageFilter = new UsageFilterController(this, this.#locale, () => {
    this.history = 'usage';
  });

  /** Every widget of the open tab failing for one cause: said once, with one Retry. */
  readonly #failure = new SharedFailureController(
    this,
    () =>
      [
        this.renderRoot.querySelector(`#panel-${this.current}`),
        this.renderRoot.querySelector('credits-subscription[compact]'),
      ].filter((n): n is Element => !!n),
    () => this.providedClient,
  );

  /** Tabs opened so far: their panels are rendered (and load) from then on. */
  readonly #opened = new Set<string>();

  readonly #tabs = new RovingTabindexController({
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.outer [role="tab"]')],
    current: () => TABS.findIndex((t) => t.id === this.current),
    onMove: (i) => this.#open(TABS[i]!.id),
  });

  /** The sections' tabs scroll sideways on a phone, with a fade where there is more. */
  protected readonly tabRow = new ScrollEdgesController(this, () =>
    this.renderRoot.querySelector<HTMLElement>('.outer'),
  );

  readonly #historyTabs = new RovingTabindexController({
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.inner [role="tab"]')],
    current: () => HISTORY.findIndex((t) => t.id === this.history),
    onMove: (i) => (this.history = HISTORY[i]!.id),
  });

  /** The open tab, `credits` for a `tab` value that is none of the three. */
  private get current(): DashboardTab {
    return isTab(this.tab) ? this.tab : 'credits';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#markOpened(this.current);
    if (this.current === 'credits') {
      this.#markOpened(`history-${this.history}`);
      this.#checkOffered();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#offerCheck?.controller.abort();
    this.#offerCheck = undefined;
  }

  /**
   * Asks (through the client, so with the widgets' own requests) whether the backend offers
   * automatic top-ups or alerts. On a server, and in the render that hydrates what a server
   * drew, only what the client already holds counts (the same on both sides).
   */
  #checkOffered(): void {
    const client = this.providedClient;
    if (!client || this.#offerCheck?.client === client) return;
    this.#offerCheck?.controller.abort();
    const held = !!(client.peekAutoTopUp() || client.peekAlerts());
    if (isServer || (this.serverRendered && !this.hasUpdated)) this.neverRunOut = held;
    if (isServer) return;
    const controller = new AbortController();
    this.#offerCheck = { client, controller };
    const { signal } = controller;
    const offered = (load: Promise<unknown>) =>
      load.then(
        () => true,
        (e: unknown) => (isAbort(e) ? undefined : !isNotOffered(e)),
      );
    void Promise.all([
      offered(client.getAutoTopUp({ signal })),
      offered(client.getAlerts({ signal })),
    ]).then(([autoTopUp, alerts]) => {
      if (!signal.aborted) this.neverRunOut = !!(autoTopUp || alerts);
    });
  }

  /** Marks `panel` opened (it renders, and loads, from now on), and fetches its code. */
  #markOpened(panel: string): void {
    if (this.#opened.has(panel)) return;
    this.#opened.add(panel);
    if (!isServer) {
      PANEL_CODE[panel]?.().catch((error: unknown) =>
        console.error(`credits-widgets: the ${panel} panel could not be loaded`, error),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const previous = changed.get('tab');
    if (changed.has('tab') && previous !== undefined && previous !== this.tab) {
      this.dispatchEvent(new CreditsTabChangeEvent({ tab: this.current }));
    }
  }

  #open(tab: DashboardTab): void {
    this.tab = tab;
  }

  // Uncancelled, the balance's "Set up automatic top-ups and alerts" brings them into view.
  readonly #onViewAutoTopUp = (e: CreditsViewAutoTopUpEvent) => {
    queueMicrotask(() => {
      if (e.defaultPrevented) return;
      const row = this.renderRoot.querySelector<HTMLElement>('.never-run-out');
      if (!row || row.hidden) return;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      row.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
      row.focus({ preventScroll: true });
    });
  };

  // After every listener has had the event: a host that cancelled it keeps control.
  readonly #onViewBilling = (e: CreditsViewBillingEvent) => {
    queueMicrotask(() => {
      if (!e.defaultPrevented) this.#open('billing');
    });
  };

  protected override render(): TemplateResult {
    const current = this.current;
    const locale = this.#locale;
    // Only the tab lists get the words' `lang`: the elements in the panels resolve their own.
    const failure = this.#failure.error;
    return html`<div class=${failure ? 'dashboard failed' : 'dashboard'} part="base">
      <credits-subscription compact ?hidden=${current === 'subscription'}></credits-subscription>
      ${renderTabList({
        className: 'outer',
        part: 'tabs',
        label: locale.t('dashboard.sections'),
        lang: locale.textLang,
        unready: locale.waiting,
        tabs: TABS.map((t) => ({ id: t.id, label: locale.t(t.label) })),
        current,
        roving: this.#tabs,
        select: (id) => this.#open(id),
      })}
      ${TABS.map(
        (t) =>
          html`<div
            role="tabpanel"
            id=${`panel-${t.id}`}
            aria-labelledby=${`tab-${t.id}`}
            tabindex="0"
            part="panel"
            ?hidden=${t.id !== current}
          >
            ${failure && t.id === current ? this.#renderFailure() : nothing}
            ${this.#opened.has(t.id) ? this.#panel(t.id) : nothing}
          </div>`,
      )}
    </div>`;
  }

  /** The one message for a failure every widget of the tab shares, and what the user can do. */
  #renderFailure(): TemplateResult {
    const error = this.#failure.error!;
    const locale = this.#locale;
    const t: Translate = (key, params) => locale.t(key, params);
    const signIn = error.kind === 'unauthenticated' ? safeHref(this.signinHref) : null;
    return html`<div
      class="alert shared-failure"
      role="alert"
      part="error"
      lang=${this.#locale.textLang}
    >
      <p dir="auto">${userMessage(error, t)}</p>
      ${signIn ? html`<a class="btn btn-primary small" href=${signIn}>${t('dashboard.signIn')}</a>` : nothing}
      <button class="btn small" type="button" @click=${() => this.#failure.retry()}>
        ${t('common.retry')}
      </button>
    </div>`;
  }

  #panel(tab: DashboardTab): TemplateResult {
    if (tab === 'subscription') return html`<credits-subscription></credits-subscription>`;
    if (tab === 'billing') return html`<credits-billing></credits-billing>`;
    const locale = this.#locale;
    return html`<div class="top">
        <credits-balance
          @credits-view-billing=${this.#onViewBilling}
          @credits-view-auto-top-up=${this.#onViewAutoTopUp}
          .autoTopUpNearby=${this.neverRunOut === true}
        ></credits-balance>
        <credits-monthly-summary></credits-monthly-summary>
      </div>
      <div
        class="never-run-out"
        role="group"
        aria-label=${locale.t('dashboard.neverRunOut')}
        tabindex="-1"
        ?hidden=${this.neverRunOut === false}
      >
        <credits-auto-top-up></credits-auto-top-up>
        <credits-alerts></credits-alerts>
      </div>
      <credits-usage-breakdown
        @credits-event-open=${this.#usageFilter.onEventOpen}
      ></credits-usage-breakdown>
      ${renderTabList({
        className: 'inner',
        label: locale.t('dashboard.history'),
        lang: locale.textLang,
        unready: locale.waiting,
        tabs: HISTORY.map((t) => ({ id: t.id, label: locale.t(t.label) })),
        current: this.history,
        roving: this.#historyTabs,
        select: (id) => (this.history = id),
      })}
      ${HISTORY.map(
        (t) =>
          html`<div
            role="tabpanel"
            id=${`panel-${t.id}`}
            aria-labelledby=${`tab-${t.id}`}
            ?hidden=${t.id !== this.history}
          >
            ${
              this.#opened.has(`history-${t.id}`)
                ? t.id === 'usage'
                  ? html`${this.#usageFilter.render()}<credits-usage-table></credits-usage-table>`
                  : html`<credits-purchase-history></credits-purchase-history>`
                : nothing
            }
          </div>`,
      )}`;
  }
}
