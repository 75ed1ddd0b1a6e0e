import type * as v from 'valibot';
import {
  AlertsSchema,
  AutoTopUpSchema,
  BalanceSchema,
  BillingDetailsSchema,
  MonthlyUsageSchema,
  PaymentPageSchema,
  PaymentSchema,
  PurchaseSchema,
  SubscriptionSchema,
  TransactionPageSchema,
  UsageBreakdownSchema,
} from '../api/schemas.js';
import type {
  AlertSettings,
  Alerts,
  AutoTopUp,
  AutoTopUpSettings,
  Balance,
  BillingDetails,
  BreakdownQuery,
  MonthlyUsage,
  Payment,
  PaymentPage,
  PaymentQuery,
  Purchase,
  Subscription,
  TransactionPage,
  TransactionQuery,
  UsageBreakdown,
} from '../api/types.js';
import type { CacheSnapshot } from './cache.js';
import { ApiChannel } from './channel.js';
import { InvalidateEvent, LOADED_EVENT } from './client-events.js';
import type { CreditsClientOptions, RequestOptions } from './options.js';
import { walkPages, type PageBounds } from './pages.js';

export type { CacheSnapshot } from './cache.js';
export { INVALIDATE_EVENT, InvalidateEvent, LOADED_EVENT } from './client-events.js';
export type { CreditsClientOptions, HeadersSource, RequestOptions } from './options.js';
export { DEFAULT_CACHE_TTL, DEFAULT_TIMEOUT } from './options.js';

/**
 * Speaks the Credits API for one endpoint. Every widget on a page that uses the same endpoint and
 * options shares one client (see `sharedClient`), so:
 * - identical GETs under way at once are merged into one request;
 * - a successful GET is served from memory for `cacheTtl`, `refresh()` drops that memory;
 * - each caller passes its own `AbortSignal`; the shared request is only cancelled when every
 *   caller waiting on it has gone;
 * - every request ends after `timeout` at the latest.
 * Every answer is validated against the contract before anyone sees it. Options are checked once,
 * here: a bad `timeout` or `cacheTtl` is warned about and replaced by its default; a
 * `credentials`, `headers` or `fetch` no request can use makes every request reject with kind
 * `config`, without touching the network.
 */
export class CreditsClient extends EventTarget {
  readonly endpoint: string;
  readonly #api: ApiChannel;

  constructor(options: CreditsClientOptions) {
    super();
    this.#api = new ApiChannel(options, () => this.dispatchEvent(new Event(LOADED_EVENT)));
    this.endpoint = this.#api.endpoint;
  }

  /** Milliseconds before a request that hangs ends, as checked (`DEFAULT_TIMEOUT` for a bad one). */
  get timeout(): number {
    return this.#api.timeout;
  }

  /** `GET /balance` */
  getBalance(opts: RequestOptions = {}): Promise<Balance> {
    return this.#api.get('/balance', {}, BalanceSchema, opts);
  }

  /** `GET /usage/monthly?months=N` */
  getMonthlyUsage(months = 4, opts: RequestOptions = {}): Promise<MonthlyUsage> {
    return this.#api.get('/usage/monthly', { months }, MonthlyUsageSchema, opts);
  }

  /** What `getBalance()` would answer from the cache now, without asking (see `peekTransactions`). */
  peekBalance(): Balance | undefined {
    return this.#api.peek('/balance', {});
  }

  /** What `getMonthlyUsage(months)` would answer from the cache now, without asking. */
  peekMonthlyUsage(months = 4): MonthlyUsage | undefined {
    return this.#api.peek('/usage/monthly', { months });
  }

  /** `GET /transactions` for one page of one kind. */
  getTransactions(query: TransactionQuery, opts: RequestOptions = {}): Promise<TransactionPage> {
    const { kind, limit, cursor, from, to, eventId } = query;
    return this.#api.get(
      '/transactions',
      { kind, limit, cursor, from, to, eventId },
      TransactionPageSchema,
      opts,
    );
  }

  /**
   * What `getTransactions(query)` would answer from the cache right now, without asking; undefined
   * when it is not cached. Lets a widget draw data already in hand in its first render.
   */
  peekTransactions(query: TransactionQuery): TransactionPage | undefined {
    const { kind, limit, cursor, from, to, eventId } = query;
    return this.#api.peek('/transactions', { kind, limit, cursor, from, to, eventId });
  }

  /**
   * Every page of `GET /transactions` for the query, in order, following `nextCursor`. A
   * repeated cursor, or `maxEmptyPages` pages in a row without rows (10 by default), ends it with
   * a `contract` error; a list still going on after `maxPages` pages (10,000 by default) with
   * kind `limit` (`DEFAULT_PAGE_BOUNDS`). For exports and anything that needs the whole list;
   * stop iterating, or abort the signal, to stop asking.
   */
  transactionPages(
    query: Omit<TransactionQuery, 'cursor'>,
    opts: RequestOptions & PageBounds = {},
  ): AsyncGenerator<TransactionPage, void, undefined> {
    return walkPages((cursor) => this.getTransactions({ ...query, cursor }, opts), null, opts);
  }

  /** Every page of `GET /payments`, in order, with the bounds of `transactionPages`. */
  paymentPages(
    query: Omit<PaymentQuery, 'cursor'> = {},
    opts: RequestOptions & PageBounds = {},
  ): AsyncGenerator<PaymentPage, void, undefined> {
    return walkPages((cursor) => this.getPayments({ ...query, cursor }, opts), null, opts);
  }

  /** `GET /subscription` */
  getSubscription(opts: RequestOptions = {}): Promise<Subscription> {
    return this.#api.get('/subscription', {}, SubscriptionSchema, opts);
  }

  /** What `getSubscription()` would answer from the cache now, without asking. */
  peekSubscription(): Subscription | undefined {
    return this.#api.peek('/subscription', {});
  }

  /** `GET /payments` */
  getPayments(query: PaymentQuery = {}, opts: RequestOptions = {}): Promise<PaymentPage> {
    return this.#api.get(
      '/payments',
      { limit: query.limit, cursor: query.cursor },
      PaymentPageSchema,
      opts,
    );
  }

  /** What `getPayments(query)` would answer from the cache now, without asking. */
  peekPayments(query: PaymentQuery = {}): PaymentPage | undefined {
    return this.#api.peek('/payments', { limit: query.limit, cursor: query.cursor });
  }

  /** `POST /payments/{id}/recheck`; payments and balance are revalidated afterwards. */
  async recheckPayment(id: string, opts: RequestOptions = {}): Promise<Payment> {
    const path = `/payments/${encodeURIComponent(id)}/recheck`;
    const payment = await this.#api.send('POST', path, undefined, PaymentSchema, opts);
    this.#invalidate(['/payments', '/balance']);
    return payment;
  }

  /** `GET /billing-details` */
  getBillingDetails(opts: RequestOptions = {}): Promise<BillingDetails> {
    return this.#api.get('/billing-details', {}, BillingDetailsSchema, opts);
  }

  /** What `getBillingDetails()` would answer from the cache now, without asking. */
  peekBillingDetails(): BillingDetails | undefined {
    return this.#api.peek('/billing-details', {});
  }

  /**
   * `PUT /billing-details`. A 422 rejects with kind `validation` and `fields` (path to message).
   * Payments are revalidated afterwards: invoices waiting for billing details may now be ready.
   */
  saveBillingDetails(details: BillingDetails, opts: RequestOptions = {}): Promise<BillingDetails> {
    return this.#store('/billing-details', details, BillingDetailsSchema, ['/payments'], opts);
  }

  /** `GET /auto-top-up` (contract 1.1; a 1.0 backend answers 404: `isNotOffered`). */
  getAutoTopUp(opts: RequestOptions = {}): Promise<AutoTopUp> {
    return this.#api.get('/auto-top-up', {}, AutoTopUpSchema, opts);
  }

  /** What `getAutoTopUp()` would answer from the cache now, without asking. */
  peekAutoTopUp(): AutoTopUp | undefined {
    return this.#api.peek('/auto-top-up', {});
  }

  /**
   * `PUT /auto-top-up` (admins): resolves to the stored rule. A 422 rejects with kind
   * `validation` and `fields`; a 409 with code `payment_method_required` and `setupUrl`. The
   * balance and payments are revalidated afterwards: a rule turned on below its threshold buys
   * at once.
   */
  saveAutoTopUp(settings: AutoTopUpSettings, opts: RequestOptions = {}): Promise<AutoTopUp> {
    const body: AutoTopUpSettings = {
      enabled: settings.enabled,
      thresholdCredits: settings.thresholdCredits,
      topUpCredits: settings.topUpCredits,
      monthlyLimit: settings.monthlyLimit,
    };
    return this.#store('/auto-top-up', body, AutoTopUpSchema, ['/balance', '/payments'], opts);
  }

  /** `GET /alerts` (contract 1.1; a 1.0 backend answers 404: `isNotOffered`). */
  getAlerts(opts: RequestOptions = {}): Promise<Alerts> {
    return this.#api.get('/alerts', {}, AlertsSchema, opts);
  }

  /** What `getAlerts()` would answer from the cache now, without asking. */
  peekAlerts(): Alerts | undefined {
    return this.#api.peek('/alerts', {});
  }

  /** `PUT /alerts` (admins): resolves to the stored settings; a 422 as `saveAutoTopUp`'s. */
  saveAlerts(settings: AlertSettings, opts: RequestOptions = {}): Promise<Alerts> {
    const { lowBalance, runway, recipients } = settings;
    const body: AlertSettings = {
      lowBalance: { enabled: lowBalance.enabled, thresholdCredits: lowBalance.thresholdCredits },
      runway: { enabled: runway.enabled, days: runway.days },
      recipients: [...recipients],
    };
    return this.#store('/alerts', body, AlertsSchema, [], opts);
  }

  /** `GET /usage/breakdown` (contract 1.1; a 1.0 backend answers 404: `isNotOffered`). */
  getUsageBreakdown(query: BreakdownQuery, opts: RequestOptions = {}): Promise<UsageBreakdown> {
    const { by, from, to, limit } = query;
    return this.#api.get('/usage/breakdown', { by, from, to, limit }, UsageBreakdownSchema, opts);
  }

  /** What `getUsageBreakdown(query)` would answer from the cache now, without asking. */
  peekUsageBreakdown(query: BreakdownQuery): UsageBreakdown | undefined {
    const { by, from, to, limit } = query;
    return this.#api.peek('/usage/breakdown', { by, from, to, limit });
  }

  /** `POST /purchases`: starts a top-up of at least 1,000 credits; resolves to the checkout. */
  createPurchase(credits: number, opts: RequestOptions = {}): Promise<Purchase> {
    return this.#api.send('POST', '/purchases', { credits }, PurchaseSchema, opts);
  }

  /**
   * Forgets every cached answer and tells the widgets using this client to load again
   * (an `INVALIDATE_EVENT` on the client).
   */
  refresh(): void {
    this.#invalidate(['']);
  }

  /** What this client's cache holds now (fresh answers only), for `seed()` on another client. */
  snapshot(): CacheSnapshot {
    return this.#api.snapshot();
  }

  /**
   * Puts answers another client had (`snapshot()`, a server's) into this one's cache, as if
   * just loaded: the widgets draw them at once and ask for none of them. Anything that is not a
   * snapshot's shape is ignored.
   */
  seed(snapshot: CacheSnapshot): void {
    this.#api.seed(snapshot);
  }

  /**
   * A PUT whose answer is the resource as stored: cached at once, so the widgets reloading on
   * the invalidation (of `affected`, whose answers the write may change, and none other) show it
   * rather than what was there before. A 422 rejects with kind `validation` and `fields` (path to message).
   */
  async #store<S extends v.GenericSchema>(
    path: string,
    body: unknown,
    schema: S,
    affected: string[],
    opts: RequestOptions,
  ): Promise<v.InferOutput<S>> {
    const stored = await this.#api.store(path, body, schema, opts);
    this.#invalidate(affected);
    return stored;
  }

  #revalidatedAt = 0;

  /**
   * Asks again for everything the widgets show (the page came back into view, a polling tick),
   * once for all the widgets that ask within the same second. Unlike `refresh()`, a request
   * already under way is kept: it is as fresh as the one a poll would start, and dropping it
   * would mean a server slower than the polling interval never gets to answer.
   */
  revalidate(): void {
    const now = Date.now();
    if (now - this.#revalidatedAt < 1000) return;
    this.#revalidatedAt = now;
    this.#invalidate([''], true);
  }

  #invalidate(paths: string[], revalidation = false): void {
    this.#api.forget(paths, revalidation);
    this.dispatchEvent(new InvalidateEvent(revalidation));
  }
}
