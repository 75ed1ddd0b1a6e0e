/**
 * A mock of the Credits API (docs/credits-api.yaml) for the demo page, served over real HTTP by
 * the Vite dev server. Data is deterministic (a seeded generator, mock-history.ts) and dated
 * relative to today.
 *
 * Every scenario lives under its own base URL, so a page switches scenario by switching the
 * `endpoint` attribute:
 *   /api/credits   a busy organisation          /api/empty    a brand-new account
 *   /api/error     500 with an ErrorBody        /api/slow     the normal data, 2.5 s late
 *   /api/expired   401 (session expired)        /api/broken   answers that break the contract
 *   /api/pro       the busy organisation on a Pro plan that expires in 12 days
 *   /api/long      a long history: 5,000 processing runs (for the scroll view)
 *   /api/declined  the busy organisation whose last automatic top-up failed (card declined)
 *   /api/legacy    the busy organisation on a contract 1.0 backend (no auto top-up, alerts or
 *                  breakdown: 404)
 *   /api/unbilled  the busy organisation without a billing address: one invoice waits for it
 * The resources of contract 1.1 are answered by mock-contract-1-1.ts. What a write changes is
 * kept per demo session (the `X-Demo-Session` header) and scenario: see mock-state.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerContract11 } from './mock-contract-1-1.js';
import { history, longHistory, today, withPurchases } from './mock-history.js';
import { buy, paymentsIn, stateOf, type Tx } from './mock-state.js';

type Json = unknown;
interface MockResponse {
  status: number;
  body: Json;
  delay?: number;
}

export const SCENARIOS = [
  'credits',
  'pro',
  'long',
  'empty',
  'error',
  'slow',
  'expired',
  'broken',
  'declined',
  'legacy',
  'unbilled',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

function monthKey(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function balanceOf(txs: Tx[]): number {
  return txs.reduce((sum, t) => sum + t.credits, 0);
}

const BILLING_DETAILS: Record<string, unknown> = {
  companyName: 'Lumen Events Pvt Ltd',
  name: 'Asha Verma',
  email: 'billing@lumen.example',
  phone: '+91 98765 43210',
  taxId: '29ABCDE1234F1Z5',
  address: {
    line1: '12 MG Road',
    city: 'Bengaluru',
    state: 'Karnataka',
    postalCode: '560001',
    country: 'IN',
  },
};

/** A scenario's billing details as first served: 'unbilled' has no postal address. */
function billingOf(scenario: Scenario, saved: Record<string, unknown> | undefined) {
  if (saved) return saved;
  if (scenario === 'empty') return { email: '' };
  if (scenario !== 'unbilled') return BILLING_DETAILS;
  const rest = { ...BILLING_DETAILS };
  delete rest.address;
  return rest;
}

/** The billing details hold a name, an email and a postal address: invoices can be issued. */
function invoiceable(d: Record<string, unknown>): boolean {
  const a = (d.address ?? {}) as Record<string, unknown>;
  return [d.companyName || d.name, d.email, a.line1, a.city, a.country].every(Boolean);
}

function page<T>(items: T[], url: URL, max = 100) {
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 25) || 25, 1), max);
  const start = Number(url.searchParams.get('cursor') ?? 0) || 0;
  const slice = items.slice(start, start + limit);
  const next = start + limit < items.length ? String(start + limit) : null;
  return { items: slice, nextCursor: next, total: items.length };
}

function error(status: number, code: string, message: string): MockResponse {
  return { status, body: { error: { code, message } } };
}

/** Answers one request of the contract, for one scenario. */
export function answer(
  scenario: Scenario,
  method: string,
  path: string,
  url: URL,
  body: Json,
  session = '',
): MockResponse {
  if (scenario === 'error')
    return error(
      500,
      'internal',
      'The credits service is temporarily unavailable. Please try again in a few minutes.',
    );
  if (scenario === 'expired') return error(401, 'unauthenticated', 'Session expired.');
  const empty = scenario === 'empty';
  const now = new Date();
  const state = stateOf(session, scenario);
  const seeded = empty ? [] : today().payments;
  const txs = withPurchases(
    empty ? [] : scenario === 'long' ? longHistory() : history(),
    state,
    seeded,
  );
  const delay = scenario === 'slow' ? 2500 : 0;
  const ok = (b: Json, status = 200): MockResponse => ({ status, body: b, delay });
  const billing = billingOf(scenario, state.billingDetails);
  // An invoice waits for billing details only while they lack what it prints (contract).
  const payments = () =>
    paymentsIn(state, seeded).map((p) =>
      p.invoice?.status === 'waiting_for_billing' && invoiceable(billing)
        ? {
            ...p,
            invoice: {
              status: 'available' as const,
              number: 'INV-2026-0098',
              url: 'https://example.com/invoices/INV-2026-0098.pdf',
            },
          }
        : p,
    );
  const contract11 = answerContract11(scenario, method, path, url, body, txs, state);
  if (contract11) return { ...contract11, delay };

  if (method === 'GET' && path === '/balance') {
    if (scenario === 'broken')
      return ok({ available: 'lots', costPerCredit: { amount: '0.0120', currency: 'USD' } });
    return ok({
      available: balanceOf(txs),
      costPerCredit: empty ? null : { amount: '0.0120', currency: 'USD' },
      asOf: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
  }
  if (method === 'GET' && path === '/usage/monthly') {
    const months = Math.min(Math.max(Number(url.searchParams.get('months') ?? 4) || 4, 1), 24);
    const out = [];
    for (let i = 0; i < months; i++) {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
      const key = monthKey(d);
      const inMonth = txs.filter((t) => t.kind === 'usage' && t.createdAt.startsWith(key));
      if (inMonth.length === 0 && i % 2 === 1) continue; // the contract lets a quiet month be absent
      out.push({
        month: key,
        credits: -inMonth.reduce((s, t) => s + t.credits, 0),
        transactions: inMonth.length,
        current: i === 0,
      });
    }
    if (scenario === 'broken')
      return ok({ months: [{ month: 'November', credits: -3, transactions: 1 }] });
    return ok({ months: out.reverse() }); // oldest first: the widget must sort
  }
  if (method === 'GET' && path === '/transactions') {
    const kind = url.searchParams.get('kind');
    if (kind !== 'usage' && kind !== 'purchase')
      return error(400, 'invalid', 'kind must be usage or purchase');
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    const eventId = url.searchParams.get('eventId');
    const rows = txs.filter(
      (t) =>
        t.kind === kind &&
        (!from || t.createdAt.slice(0, 10) >= from) &&
        (!to || t.createdAt.slice(0, 10) <= to) &&
        (!eventId || String(t.event?.id) === eventId),
    );
    if (scenario === 'broken')
      return ok({
        items: [{ id: 1, kind, type: 'photo_processing', credits: '-5', createdAt: 'yesterday' }],
        nextCursor: null,
      });
    return ok(page(rows, url));
  }
  if (method === 'GET' && path === '/subscription') {
    if (scenario === 'broken') return ok({ plan: { id: 'payg' }, expiresAt: 'soon' });
    // A Pro plan that expires in 12 days: the warning badge.
    if (scenario === 'pro') {
      return ok({
        plan: { id: 'pro', name: 'Pro', description: 'Unlimited events and priority support.' },
        expiresAt: new Date(now.getTime() + 12 * 86_400_000).toISOString().slice(0, 19) + 'Z',
      });
    }
    return ok({
      plan: {
        id: 'payg',
        name: 'Pay As You Go',
        description: 'Flexible usage-based pricing with no commitment.',
      },
      expiresAt: null,
    });
  }
  if (method === 'GET' && path === '/payments') {
    if (scenario === 'broken')
      return ok({ items: [{ id: 'p1', status: 'paid', amount: 12, currency: 'USD' }] });
    const p = page(payments(), url);
    return ok({ items: p.items, nextCursor: p.nextCursor });
  }
  const recheck = /^\/payments\/([^/]+)\/recheck$/.exec(path);
  if (method === 'POST' && recheck) {
    const id = decodeURIComponent(recheck[1]!);
    if (!payments().some((p) => p.id === id)) return error(404, 'not_found', 'No such payment.');
    // The gateway confirms a pending payment when asked again (after a moment): its credits
    // come into the history and the balance.
    state.confirmed.add(id);
    const found = payments().find((p) => p.id === id);
    return { ...ok(found), delay: Math.max(delay, 800) };
  }
  if (path === '/billing-details') {
    if (method === 'GET' && scenario === 'broken') return ok({ companyName: 5 });
    if (method === 'GET') return ok(billing);
    if (method === 'PUT') {
      const b = (body ?? {}) as Record<string, unknown>;
      const fields: Record<string, string> = {};
      if (typeof b.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(b.email))
        fields.email = 'Enter an email address such as name@example.com.';
      // The server checks tax IDs per country: a GSTIN has 15 letters and digits.
      if (typeof b.taxId === 'string' && !/^[0-9A-Z]{15}$/.test(b.taxId))
        fields.taxId = 'A GSTIN has 15 letters and digits, such as 29ABCDE1234F1Z5.';
      if (Object.keys(fields).length)
        return {
          status: 422,
          body: { error: { code: 'invalid', message: 'Some fields need attention.', fields } },
          delay,
        };
      state.billingDetails = b;
      return ok(b);
    }
  }
  if (method === 'POST' && path === '/purchases') {
    const credits = (body as { credits?: unknown } | undefined)?.credits;
    if (typeof credits !== 'number' || !Number.isInteger(credits) || credits < 1000)
      return error(422, 'invalid', 'Buy at least 1,000 credits.');
    // The demo's gateway takes at most 500,000 credits at once: the 422 path of the dialog.
    if (credits > 500_000)
      return error(422, 'too_large', 'At most 500,000 credits per purchase: split it into two.');
    // The checkout would confirm it; here it stays pending until a Recheck (in Payments).
    const { orderId } = buy(state, credits);
    return ok({ checkoutUrl: `https://example.com/checkout?credits=${credits}`, orderId }, 201);
  }
  return error(404, 'not_found', `No such resource: ${method} ${path}`);
}

function readBody(req: IncomingMessage): Promise<Json> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}

/** Connect-style middleware: handles `/api/<scenario>/...`, passes everything else on. */
export async function mockApiMiddleware(
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/api\/([a-z]+)(\/.*)$/.exec(url.pathname);
  if (!match || !(SCENARIOS as readonly string[]).includes(match[1]!)) return next();
  const body = req.method === 'PUT' || req.method === 'POST' ? await readBody(req) : undefined;
  const session = req.headers['x-demo-session'];
  const result = answer(
    match[1] as Scenario,
    req.method ?? 'GET',
    match[2]!,
    url,
    body,
    typeof session === 'string' ? session : '',
  );
  const send = () => {
    res.statusCode = result.status;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(result.body));
  };
  if (result.delay) setTimeout(send, result.delay);
  else send();
}
