/**
 * `npx credits-widgets check-api <endpoint>`: checks a backend against the Credits API contract
 * with the very schemas the widgets use, so "why does my widget show an error" has a one-line
 * answer. Reads every GET resource (and a second page of each list; the resources of contract
 * 1.1 are "not offered" on a backend that answers them 404, which is no failure); with
 * `--write`, also the billing-details, auto top-up and alerts round trips (the same settings
 * back) and a recheck of a pending payment; with `--origin`, the CORS
 * headers a page of that origin needs. Node 20+ (global fetch); no DOM.
 */
import { CreditsClient } from '../data/client.js';
import { CreditsError, isNotOffered } from '../data/errors.js';

export interface CheckOptions {
  /** Absolute base URL of the contract, `https://api.example.com/credits`. */
  endpoint: string;
  headers?: Record<string, string>;
  /** A page origin to check CORS for, `https://app.example.com`. */
  origin?: string;
  /** Also try the writes that change nothing (PUT the same billing details, recheck). */
  write?: boolean;
  timeout?: number;
  fetch?: typeof globalThis.fetch;
}

export interface CheckLine {
  ok: boolean;
  /** `GET /balance` */
  what: string;
  /** What was found: `ok`, or each problem on a line of its own. */
  detail: string[];
  /** A resource of contract 1.1 the backend answered 404: it does not offer it (not a failure). */
  notOffered?: boolean;
}

type Seen = { request: string; status: number; headers: Headers };

function describe(error: unknown): string[] {
  if (!(error instanceof CreditsError)) return [String(error)];
  if (error.kind === 'contract')
    return error.issues.map((i) => `${i.path || '(body)'}: ${i.problem}`);
  const server = error.serverMessage ? `: ${error.serverMessage}` : '';
  switch (error.kind) {
    case 'unauthenticated':
      return [`401 Unauthorized${server}: pass the credentials with --header`];
    case 'forbidden':
      return [`403 Forbidden${server}`];
    case 'network':
      return [`no answer: ${String(error.cause ?? error.message)}`];
    case 'timeout':
      return [error.message];
    default:
      return [`${error.status ? `HTTP ${error.status}` : error.kind}${server}`];
  }
}

/** Runs every check; resolves to one line per check (nothing is printed here). */
export async function checkApi(options: CheckOptions): Promise<CheckLine[]> {
  const seen: Seen[] = [];
  const baseFetch = options.fetch ?? globalThis.fetch;
  const recording: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    const url = new URL(String(input));
    seen.push({
      request: `${init?.method ?? 'GET'} ${url.pathname}`,
      status: response.status,
      headers: response.headers,
    });
    return response;
  };
  const headers = { ...options.headers, ...(options.origin ? { Origin: options.origin } : {}) };
  const client = new CreditsClient({
    endpoint: options.endpoint,
    headers,
    fetch: recording,
    timeout: options.timeout,
    cacheTtl: 0,
  });
  const lines: CheckLine[] = [];
  /** `optional`: a resource of contract 1.1, which a 1.0 backend answers 404. */
  async function check<T>(
    what: string,
    run: () => Promise<T>,
    optional = false,
  ): Promise<T | undefined> {
    try {
      const value = await run();
      lines.push({ ok: true, what, detail: ['ok'] });
      return value;
    } catch (e) {
      if (optional && isNotOffered(e)) {
        lines.push({ ok: true, what, detail: [NOT_OFFERED], notOffered: true });
      } else lines.push({ ok: false, what, detail: describe(e) });
      return undefined;
    }
  }

  await check('GET /balance', () => client.getBalance());
  await check('GET /usage/monthly?months=4', () => client.getMonthlyUsage(4));
  for (const kind of ['usage', 'purchase'] as const) {
    const first = await check(`GET /transactions?kind=${kind}`, () =>
      client.getTransactions({ kind, limit: 5 }),
    );
    if (first?.nextCursor) {
      await check(`GET /transactions?kind=${kind} (next page)`, () =>
        client.getTransactions({ kind, limit: 5, cursor: first.nextCursor }),
      );
    }
  }
  await check('GET /subscription', () => client.getSubscription());
  const payments = await check('GET /payments', () => client.getPayments({ limit: 5 }));
  if (payments?.nextCursor) {
    await check('GET /payments (next page)', () =>
      client.getPayments({ limit: 5, cursor: payments.nextCursor }),
    );
  }
  const details = await check('GET /billing-details', () => client.getBillingDetails());
  const autoTopUp = await check('GET /auto-top-up', () => client.getAutoTopUp(), true);
  const alerts = await check('GET /alerts', () => client.getAlerts(), true);
  const { from, to } = thisMonth();
  await check(
    `GET /usage/breakdown?by=event&from=${from}&to=${to}`,
    () => client.getUsageBreakdown({ by: 'event', from, to }),
    true,
  );

  if (options.write) {
    if (details) {
      await check('PUT /billing-details (the same details)', () =>
        client.saveBillingDetails(details),
      );
    }
    if (autoTopUp) {
      await check('PUT /auto-top-up (the same rule)', () => client.saveAutoTopUp(autoTopUp));
    }
    if (alerts) {
      await check('PUT /alerts (the same settings)', () => client.saveAlerts(alerts));
    }
    const pending = payments?.items.find((p) => p.status === 'pending');
    if (pending) {
      await check(`POST /payments/${pending.id}/recheck`, () => client.recheckPayment(pending.id));
    }
  }

  if (options.origin) lines.push(...(await corsChecks(options, seen, baseFetch)));
  return lines;
}

const NOT_OFFERED = 'not offered (404): a contract 1.0 backend; the widget for it shows nothing';

/** The current month so far in UTC, as a breakdown's `from` and `to`. */
function thisMonth(now = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  return { from: `${to.slice(0, 8)}01`, to };
}

/** The headers a page of `origin` needs: on the answers seen, and on a preflight for writes. */
async function corsChecks(
  options: CheckOptions,
  seen: Seen[],
  fetchFn: typeof fetch,
): Promise<CheckLine[]> {
  const origin = options.origin!;
  const lines: CheckLine[] = [];
  const answered = seen.filter((s) => s.status > 0);
  const missing = answered.filter((s) => {
    const allowed = s.headers.get('access-control-allow-origin');
    return allowed !== origin && allowed !== '*';
  });
  lines.push({
    ok: answered.length > 0 && missing.length === 0,
    what: `CORS: Access-Control-Allow-Origin for ${origin}`,
    detail: missing.length
      ? missing.map((s) => `${s.request} answered without it (or with another origin)`)
      : ['ok'],
  });
  const credentialed = answered.filter(
    (s) => s.headers.get('access-control-allow-credentials') === 'true',
  );
  lines.push({
    ok: credentialed.length === answered.length && answered.length > 0,
    what: 'CORS: Access-Control-Allow-Credentials: true (needed with credentials="include")',
    detail:
      credentialed.length === answered.length
        ? ['ok']
        : ['missing: cookies will not be sent cross-origin (fine if you use headers instead)'],
  });
  const url = `${options.endpoint.replace(/\/+$/, '')}/billing-details`;
  try {
    const preflight = await fetchFn(url, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type, authorization',
      },
    });
    const methods = preflight.headers.get('access-control-allow-methods') ?? '';
    const allowHeaders = (
      preflight.headers.get('access-control-allow-headers') ?? ''
    ).toLowerCase();
    const problems = [
      preflight.ok || preflight.status === 204
        ? ''
        : `the preflight answered HTTP ${preflight.status}`,
      /\bPUT\b|\*/i.test(methods) ? '' : 'Access-Control-Allow-Methods does not list PUT',
      /content-type|\*/.test(allowHeaders)
        ? ''
        : 'Access-Control-Allow-Headers does not list Content-Type',
    ].filter(Boolean);
    lines.push({
      ok: !problems.length,
      what: 'CORS: preflight of PUT /billing-details',
      detail: problems.length ? problems : ['ok'],
    });
  } catch (e) {
    lines.push({ ok: false, what: 'CORS: preflight of PUT /billing-details', detail: [String(e)] });
  }
  return lines;
}

/** `check-api <endpoint> [--header "Name: value"]… [--origin URL] [--write] [--timeout ms]` */
export function parseArgs(argv: string[]): CheckOptions | string {
  const options: CheckOptions = { endpoint: '', headers: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--header' || arg === '-H') {
      const [name, ...rest] = value().split(':');
      if (!name || !rest.length) return `--header takes "Name: value", not "${argv[i]}"`;
      options.headers![name.trim()] = rest.join(':').trim();
    } else if (arg === '--origin') options.origin = value();
    else if (arg === '--write') options.write = true;
    else if (arg === '--timeout') options.timeout = Number(value());
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (!options.endpoint) options.endpoint = arg;
    else return `one endpoint only, not also "${arg}"`;
  }
  if (!/^https?:\/\//.test(options.endpoint)) {
    return 'give the API endpoint as an absolute URL, such as https://api.example.com/credits';
  }
  return options;
}

/** The report as printed: ✓ / ✗ per check, problems indented, and a summary line. */
export function formatReport(lines: CheckLine[]): string {
  const out = lines.map((l) =>
    l.notOffered
      ? `– ${l.what}: ${l.detail.join(' ')}`
      : l.ok
        ? `✓ ${l.what}`
        : `✗ ${l.what}\n${l.detail.map((d) => `    ${d}`).join('\n')}`,
  );
  const failed = lines.filter((l) => !l.ok).length;
  const absent = lines.filter((l) => l.notOffered).length;
  const offered = absent ? ` (${absent} of contract 1.1 not offered)` : '';
  out.push(
    failed
      ? `\n${failed} of ${lines.length} checks failed: the widgets would show an error for these.`
      : `\nAll ${lines.length} checks passed${offered}: the API speaks the contract.`,
  );
  return out.join('\n');
}
