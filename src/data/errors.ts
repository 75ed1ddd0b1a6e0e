import { describeIssue, type ContractIssue } from '../api/validate.js';
import { english } from '../i18n/english.js';
import type { Translate } from '../i18n/keys.js';

/**
 * What went wrong, as a UI needs to tell it apart:
 * - `unauthenticated`: 401, the session is missing or expired.
 * - `forbidden`: 403, signed in but not allowed.
 * - `http`: any other non-2xx status.
 * - `validation`: 422 with per-field messages (billing details).
 * - `network`: the request never got an answer (offline, DNS, CORS).
 * - `timeout`: no answer within the client's timeout.
 * - `contract`: an answer that is not JSON or breaks the contract (a list whose cursors never end
 *   in rows counts: see `walkBound`).
 * - `limit`: a list went on past the pages one walk may fetch (`PageBounds.maxPages`).
 * - `aborted`: the caller cancelled; never shown to a user.
 * - `internal`: a bug of the widget itself, not of the server or the network.
 * - `config`: the page set the client up with a setting no request can use (`setting` says
 *   which); nothing was sent, and Retry fails the same way until the page is corrected.
 */
export type CreditsErrorKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'http'
  | 'validation'
  | 'network'
  | 'timeout'
  | 'contract'
  | 'limit'
  | 'aborted'
  | 'internal'
  | 'config';

/** The setting behind a `config` error, as the page gave it. */
export interface MisconfiguredSetting {
  /** The option or attribute: `credentials`. */
  name: string;
  /** What the page gave: the value of an enumerated setting, the type of any other. */
  given: string;
  /** What it may be: `same-origin, include, omit`. */
  allowed: string;
}

/** Which bound of a walk over a cursor list stopped it (`PageBounds` in data/pages.ts). */
export interface WalkBound {
  /**
   * `maxEmptyPages`: `count` pages in a row came without rows, each with a new cursor (kind
   * `contract`). `maxPages`: the list went on after `count` pages (kind `limit`).
   */
  bound: 'maxEmptyPages' | 'maxPages';
  count: number;
}

export interface CreditsErrorInit {
  status?: number;
  /** The `error.code` of the server's ErrorBody, when it sent one. */
  code?: string;
  /** The server's own `error.message`, when it sent one. */
  serverMessage?: string;
  /**
   * With code `payment_method_required` (409): where the server says an admin adds a payment
   * method, as given (link to it only through `setupHref`, which keeps https only).
   */
  setupUrl?: string;
  /** Where the contract was broken (kind `contract`). */
  issues?: ContractIssue[];
  /** Field path to message (kind `validation`). */
  fields?: Record<string, string>;
  /** The request that failed, `GET /balance`. */
  request?: string;
  /** The endpoint is on another origin than the page (a `network` error may then be CORS). */
  crossOrigin?: boolean;
  /** The bound that stopped a walk over a cursor list. */
  walkBound?: WalkBound;
  /** The setting the page got wrong (kind `config`). */
  setting?: MisconfiguredSetting;
  cause?: unknown;
}

/** The one error type the client rejects with. */
export class CreditsError extends Error {
  override readonly name = 'CreditsError';
  readonly kind: CreditsErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly serverMessage?: string;
  readonly setupUrl?: string;
  readonly issues: ContractIssue[];
  readonly fields: Record<string, string>;
  readonly request?: string;
  readonly crossOrigin: boolean;
  readonly walkBound?: WalkBound;
  readonly setting?: MisconfiguredSetting;

  constructor(kind: CreditsErrorKind, message: string, init: CreditsErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.setupUrl = init.setupUrl;
    this.issues = init.issues ?? [];
    this.fields = init.fields ?? {};
    this.request = init.request;
    this.crossOrigin = init.crossOrigin ?? false;
    this.walkBound = init.walkBound;
    this.setting = init.setting;
  }

  /** The first contract issue as `available: expected an integer, got "lots"`. */
  get issueSummary(): string | undefined {
    const [first] = this.issues;
    if (!first) return undefined;
    const more = this.issues.length - 1;
    return describeIssue(first) + (more > 0 ? ` (and ${more} more)` : '');
  }
}

export function isCreditsError(e: unknown): e is CreditsError {
  return e instanceof CreditsError;
}

/**
 * The backend does not offer this resource (404): it speaks an older contract (1.0 has no
 * `/auto-top-up`, `/alerts` or `/usage/breakdown`). An element for such a resource then shows
 * nothing and reports no error.
 */
export function isNotOffered(e: unknown): boolean {
  return e instanceof CreditsError && e.kind === 'http' && e.status === 404;
}

export function isAbort(e: unknown): boolean {
  return (
    (e instanceof CreditsError && e.kind === 'aborted') ||
    (e instanceof DOMException && e.name === 'AbortError')
  );
}

/** Anything thrown while loading, as a CreditsError: what is not one already is our own bug. */
export function asCreditsError(e: unknown): CreditsError {
  if (e instanceof CreditsError) return e;
  if (isAbort(e)) return new CreditsError('aborted', 'The request was cancelled.', { cause: e });
  return new CreditsError('internal', `The widget failed: ${String(e)}`, { cause: e });
}

function contractMessage(error: CreditsError, t: Translate): string {
  // Every page could be read; what went wrong is that they never ended.
  if (error.walkBound?.bound === 'maxEmptyPages') {
    return t('error.emptyPages', { count: error.walkBound.count });
  }
  // What the user can do, not which field was wrong: that is in supportDetails(), the console and
  // `credits-error`'s `detail.error.issues`.
  return t('error.contract');
}

/**
 * What a support ticket needs of an error the user cannot act on: the request and each field
 * the answer got wrong, as the contract names them (English, as written). Empty when there is
 * nothing beyond the sentence the user reads.
 */
export function supportDetails(error: unknown): string[] {
  const e = asCreditsError(error);
  if (e.kind !== 'contract' || !e.issues.length) return [];
  return [...(e.request ? [e.request] : []), ...e.issues.map((i) => i.sentence)];
}

function networkMessage(error: CreditsError, t: Translate): string {
  if (globalThis.navigator?.onLine === false) return t('error.offline');
  return t(error.crossOrigin ? 'error.cors' : 'error.network');
}

/** A setting of the page, named as one: never the user's connection. */
function configMessage(error: CreditsError, t: Translate): string {
  const { name = '?', given = '', allowed = '' } = error.setting ?? {};
  if (name === 'fetch') return t('error.configFetch', { setting: name, type: given });
  if (name === 'headers') return t('error.configHeaders', { setting: name, type: given });
  return t('error.config', { setting: name, value: given, allowed });
}

/**
 * The sentence a user reads for an error, in their terms and in `t`'s language (English by
 * default). The server's message wins for plain HTTP errors because it is the most specific
 * thing we know; contract problems name the field so a support ticket can quote it.
 */
export function userMessage(error: unknown, t: Translate = english): string {
  const e = asCreditsError(error);
  switch (e.kind) {
    case 'unauthenticated':
      return t('error.unauthenticated');
    case 'forbidden':
      return e.serverMessage ?? t('error.forbidden');
    case 'network':
      return networkMessage(e, t);
    case 'timeout':
      return t('error.timeout');
    case 'contract':
      return contractMessage(e, t);
    case 'limit':
      return t('error.pageLimit', { count: e.walkBound?.count ?? 0 });
    case 'validation':
      return e.serverMessage ?? t('error.validation');
    case 'aborted':
      return t('error.cancelled');
    case 'internal':
      return t('error.internal');
    case 'config':
      return configMessage(e, t);
    case 'http':
    default:
      return e.serverMessage ?? t('error.http', { status: String(e.status ?? '?') });
  }
}
