/**
 * The resources contract 1.1 adds (docs/credits-api.yaml): `/auto-top-up`, `/alerts` and
 * `/usage/breakdown`, for the demo's mock API (mock-api.ts). Each scenario is one state a widget
 * must show:
 *   credits   auto top-up on (Visa ending 4242, last one completed); both alerts on
 *   pro       the same
 *   empty     a new account: auto top-up off and no payment method (turning it on: 409 with an
 *             https setupUrl); alerts off, no recipients, never sent
 *   declined  auto top-up on, its last run failed (card declined); an alert sent yesterday
 *   legacy    a contract 1.0 backend: all three answer 404 (the widgets show nothing)
 * `broken` answers break the contract; `error`, `expired` and `slow` are handled by mock-api.ts.
 * The server-side rules the widgets cannot check beforehand answer 422: more than 500,000
 * credits per automatic top-up; a recipient at `example.invalid`, which bounces.
 */
import type { State, Tx } from './mock-state.js';

type Json = unknown;
export interface MockAnswer {
  status: number;
  body: Json;
}

/** A transaction as the 1.1 resources read it (the mock's own history rows). */
export type UsageRow = Pick<Tx, 'kind' | 'type' | 'credits' | 'createdAt' | 'event' | 'user'>;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ok = (body: Json): MockAnswer => ({ status: 200, body });
const fail = (status: number, error: Record<string, unknown>): MockAnswer => ({
  status,
  body: { error },
});
const invalid = (fields: Record<string, string>): MockAnswer =>
  fail(422, { code: 'invalid', message: 'Some fields need attention.', fields });

// The settings a PUT stored are kept in the session's state (mock-state.ts).

function autoTopUpOf(scenario: string, now: number, state: State): Record<string, unknown> {
  const stored = state.autoTopUp;
  if (stored) return stored;
  if (scenario === 'empty') {
    return {
      enabled: false,
      thresholdCredits: 2000,
      topUpCredits: 10000,
      monthlyLimit: 3,
      paymentMethod: null,
      lastTopUp: null,
    };
  }
  const declined = scenario === 'declined';
  return {
    enabled: true,
    thresholdCredits: 2000,
    topUpCredits: 10000,
    monthlyLimit: declined ? null : 3,
    paymentMethod: { label: 'Visa ending 4242' },
    lastTopUp: declined
      ? {
          at: iso(now - 2 * DAY),
          credits: 10000,
          status: 'failed',
          message: 'Your card was declined (insufficient funds).',
        }
      : { at: iso(now - 9 * DAY), credits: 10000, status: 'completed' },
  };
}

function alertsOf(scenario: string, now: number, state: State): Record<string, unknown> {
  const stored = state.alerts;
  if (stored) return stored;
  if (scenario === 'empty') {
    return {
      lowBalance: { enabled: false, thresholdCredits: 1500 },
      runway: { enabled: false, days: 7 },
      recipients: [],
      lastSentAt: null,
    };
  }
  return {
    lowBalance: { enabled: true, thresholdCredits: 1500 },
    runway: { enabled: true, days: 7 },
    recipients: ['billing@lumen.example', 'asha.verma@lumen.example'],
    lastSentAt: scenario === 'declined' ? iso(now - DAY) : iso(now - 23 * DAY),
  };
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

function putAutoTopUp(scenario: string, body: Json, now: number, state: State): MockAnswer {
  const b = (body ?? {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  if (typeof b.enabled !== 'boolean') fields.enabled = 'Say whether it is on.';
  if (!isInt(b.thresholdCredits) || b.thresholdCredits < 0)
    fields.thresholdCredits = 'Enter a whole number of credits, 0 or more.';
  if (!isInt(b.topUpCredits) || b.topUpCredits < 1000)
    fields.topUpCredits = 'Buy at least 1,000 credits each time.';
  else if (b.topUpCredits > 500_000)
    fields.topUpCredits = 'At most 500,000 credits per automatic top-up.';
  if (b.monthlyLimit !== null && (!isInt(b.monthlyLimit) || b.monthlyLimit < 1))
    fields.monthlyLimit = 'Enter 1 or more, or no limit.';
  if (Object.keys(fields).length) return invalid(fields);
  const current = autoTopUpOf(scenario, now, state);
  if (b.enabled && !current.paymentMethod) {
    return fail(409, {
      code: 'payment_method_required',
      message: 'Add a payment method before turning on automatic top-ups.',
      setupUrl: 'https://example.com/billing/payment-method',
    });
  }
  const stored = {
    ...current,
    enabled: b.enabled,
    thresholdCredits: b.thresholdCredits,
    topUpCredits: b.topUpCredits,
    monthlyLimit: b.monthlyLimit,
  };
  state.autoTopUp = stored;
  return ok(stored);
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function putAlerts(scenario: string, body: Json, now: number, state: State): MockAnswer {
  const b = (body ?? {}) as Record<string, Record<string, unknown> | unknown[]>;
  const low = (b.lowBalance ?? {}) as Record<string, unknown>;
  const runway = (b.runway ?? {}) as Record<string, unknown>;
  const recipients = Array.isArray(b.recipients) ? b.recipients : [];
  const fields: Record<string, string> = {};
  if (!isInt(low.thresholdCredits) || low.thresholdCredits < 0)
    fields['lowBalance.thresholdCredits'] = 'Enter a whole number of credits, 0 or more.';
  if (!isInt(runway.days) || runway.days < 1 || runway.days > 90)
    fields['runway.days'] = 'Enter a number of days from 1 to 90.';
  if (recipients.length > 10) fields.recipients = 'At most 10 recipients.';
  if (!recipients.length && (low.enabled || runway.enabled))
    fields.recipients = 'Add someone to send the alerts to.';
  recipients.forEach((r, i) => {
    if (typeof r !== 'string' || !EMAIL.test(r))
      fields[`recipients[${i}]`] = 'Enter an e-mail address such as name@example.com.';
    else if (r.endsWith('@example.invalid'))
      fields[`recipients[${i}]`] = 'Mail to this address bounced: check it or use another.';
  });
  if (Object.keys(fields).length) return invalid(fields);
  const stored = {
    lowBalance: { enabled: !!low.enabled, thresholdCredits: low.thresholdCredits },
    runway: { enabled: !!runway.enabled, days: runway.days },
    recipients,
    lastSentAt: alertsOf(scenario, now, state).lastSentAt ?? null,
  };
  state.alerts = stored;
  return ok(stored);
}

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** `GET /usage/breakdown`: the usage rows of the period grouped, largest first. */
function breakdown(url: URL, rows: UsageRow[]): MockAnswer {
  const by = url.searchParams.get('by');
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 10) || 10, 1), 50);
  if (by !== 'event' && by !== 'user' && by !== 'type')
    return fail(400, { code: 'invalid', message: 'by must be event, user or type.' });
  if (!DAY_TEXT.test(from) || !DAY_TEXT.test(to) || from > to)
    return fail(400, { code: 'invalid', message: 'from and to are days, from ≤ to.' });
  const groups = new Map<string, { key: unknown; label?: string; credits: number; n: number }>();
  for (const row of rows) {
    const day = row.createdAt.slice(0, 10);
    if (row.kind !== 'usage' || day < from || day > to) continue;
    const key =
      by === 'event' ? (row.event?.id ?? null) : by === 'user' ? (row.user?.id ?? null) : row.type;
    const label = by === 'event' ? row.event?.name : by === 'user' ? row.user?.name : undefined;
    const group = groups.get(String(key)) ?? { key, label, credits: 0, n: 0 };
    group.credits += -row.credits;
    group.n += 1;
    groups.set(String(key), group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.credits - a.credits);
  const items = sorted.slice(0, limit).map((g) => ({
    key: g.key,
    ...(g.label === undefined ? {} : { label: g.label }),
    credits: g.credits,
    transactions: g.n,
  }));
  const rest = sorted.slice(limit);
  const sum = (list: typeof sorted, f: (g: (typeof sorted)[number]) => number) =>
    list.reduce((s, g) => s + f(g), 0);
  return ok({
    items,
    other: {
      credits: sum(rest, (g) => g.credits),
      transactions: sum(rest, (g) => g.n),
      groups: rest.length,
    },
    total: { credits: sum(sorted, (g) => g.credits), transactions: sum(sorted, (g) => g.n) },
  });
}

/** The answer to a request for one of contract 1.1's resources, or undefined for any other. */
export function answerContract11(
  scenario: string,
  method: string,
  path: string,
  url: URL,
  body: Json,
  rows: UsageRow[],
  state: State,
): MockAnswer | undefined {
  const resource = ['/auto-top-up', '/alerts', '/usage/breakdown'].includes(path);
  if (!resource) return undefined;
  if (scenario === 'legacy')
    return fail(404, { code: 'not_found', message: `No such resource: ${path}` });
  const now = Date.now();
  const broken = scenario === 'broken';
  if (path === '/auto-top-up') {
    if (method === 'GET' && broken)
      return ok({ enabled: 'yes', topUpCredits: 500, monthlyLimit: 0 });
    if (method === 'GET') return ok(autoTopUpOf(scenario, now, state));
    if (method === 'PUT') return putAutoTopUp(scenario, body, now, state);
  }
  if (path === '/alerts') {
    if (method === 'GET' && broken)
      return ok({
        lowBalance: { enabled: true },
        runway: { enabled: true, days: 365 },
        recipients: 'all',
      });
    if (method === 'GET') return ok(alertsOf(scenario, now, state));
    if (method === 'PUT') return putAlerts(scenario, body, now, state);
  }
  if (path === '/usage/breakdown' && method === 'GET') {
    if (broken) return ok({ items: [{ key: {}, credits: -4 }], total: { credits: 'all' } });
    return breakdown(url, rows);
  }
  return fail(405, { code: 'method_not_allowed', message: `${method} ${path} is not allowed.` });
}
