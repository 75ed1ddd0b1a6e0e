/**
 * A mock of the Credits API (docs/credits-api.yaml) for the demo page, served over real HTTP by
 * the Vite dev server. Data is deterministic (a seeded generator) and dated relative to today.
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
 * The resources of contract 1.1 are answered by mock-contract-1-1.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerContract11 } from './mock-contract-1-1.js';

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

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS = [
  'Harbour Lights Wedding',
  'City Marathon 2026',
  'Riverside Jazz Festival',
  'Acme Corp Annual Gala',
  'Northside School Sports Day',
  'Autumn Trail Run',
  'Patel & Moreau Wedding',
  'Tech Summit Keynotes',
];
const USERS = [
  { id: 'u_1', name: 'Asha Verma' },
  { id: 'u_2', name: 'Tom Becker' },
  { id: 'u_3', name: 'Lucía Ortega' },
];

interface Tx {
  id: string;
  kind: 'usage' | 'purchase';
  type: string;
  credits: number;
  createdAt: string;
  event: { id: number; name: string } | null;
  user: { id: string; name: string } | null;
  details?: Record<string, string>;
}

function monthKey(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The busy organisation's whole history, newest first; built once per day. */
function buildHistory(now: Date): Tx[] {
  const random = rng(42);
  const txs: Tx[] = [];
  const day = 86_400_000;
  // Usage: processing runs over the last ~150 days, busier towards now.
  let n = 0;
  for (let back = 150; back >= 0; back--) {
    const runs = random() < 0.45 ? 1 + Math.floor(random() * 3) : 0;
    for (let r = 0; r < runs; r++) {
      const when = new Date(now.getTime() - back * day - Math.floor(random() * 8) * 3_600_000);
      if (when > now) continue;
      const eventIndex = Math.floor(random() * EVENTS.length);
      const automated = random() < 0.2;
      n++;
      txs.push({
        id: `tx_u${n}`,
        kind: 'usage',
        type: random() < 0.85 ? 'photo_processing' : 'ai_image_rotation',
        credits: -(10 + Math.floor(random() * 240)),
        createdAt: when.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        event: { id: 1040 + eventIndex, name: EVENTS[eventIndex]! },
        user: automated ? null : USERS[Math.floor(random() * USERS.length)]!,
      });
    }
  }
  const additions: [number, string, number][] = [
    [160, 'free_credits', 500],
    [140, 'purchase', 5000],
    [95, 'purchase', 10000],
    [60, 'admin_grant', 1500],
    [41, 'refund', 320],
    [20, 'purchase', 10000],
    [3, 'purchase', 5000],
  ];
  additions.forEach(([back, type, credits], i) => {
    const when = new Date(now.getTime() - back * day);
    const paid = type === 'purchase';
    txs.push({
      id: `tx_p${i + 1}`,
      kind: 'purchase',
      type,
      credits,
      createdAt: when.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      event: null,
      user: type === 'admin_grant' ? null : USERS[0]!,
      ...(paid
        ? {
            details: {
              gateway: 'razorpay',
              paymentId: `pay_${(9_130_000 + i * 7_919).toString(36).toUpperCase()}`,
              orderId: `order_${(5_240_000 + i * 3_571).toString(36).toUpperCase()}`,
            },
          }
        : {}),
    });
  });
  return txs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

let cache: { day: string; txs: Tx[] } | undefined;
function history(): Tx[] {
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  if (cache?.day !== day) cache = { day, txs: buildHistory(now) };
  return cache.txs;
}

let longCache: { day: string; txs: Tx[] } | undefined;

/** 5,000 processing runs, one every 40 minutes back from now, then the busy org's additions. */
function longHistory(): Tx[] {
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  if (longCache?.day !== day) {
    const usage: Tx[] = Array.from({ length: 5000 }, (_, n) => ({
      id: `long_${n}`,
      kind: 'usage',
      type: n % 7 ? 'photo_processing' : 'ai_image_rotation',
      credits: -(10 + ((n * 37) % 400)),
      createdAt: new Date(now.getTime() - n * 2_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      event: { id: 1040 + (n % EVENTS.length), name: EVENTS[n % EVENTS.length]! },
      user: n % 5 ? USERS[n % USERS.length]! : null,
    }));
    longCache = { day, txs: [...usage, ...history().filter((t) => t.kind === 'purchase')] };
  }
  return longCache.txs;
}

function balanceOf(txs: Tx[]): number {
  return txs.reduce((sum, t) => sum + t.credits, 0);
}

function payments(now: Date, billing: Record<string, unknown>) {
  const day = 86_400_000;
  const at = (back: number) =>
    new Date(now.getTime() - back * day).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    {
      id: 'pay_7QK2M',
      createdAt: at(0.2),
      type: 'credits',
      status: 'pending',
      amount: '5900.00',
      currency: 'INR',
      tax: { amount: '900.00', currency: 'INR' },
      credits: 5000,
      gateway: 'razorpay',
      orderId: 'order_9XA1',
      invoice: null,
    },
    {
      id: 'pay_6PL9D',
      createdAt: at(3),
      type: 'credits',
      status: 'completed',
      amount: '5900.00',
      currency: 'INR',
      tax: { amount: '900.00', currency: 'INR' },
      credits: 5000,
      gateway: 'razorpay',
      orderId: 'order_8WZ4',
      invoice: {
        status: 'available',
        number: 'INV-2026-0112',
        url: 'https://example.com/invoices/INV-2026-0112.pdf',
      },
    },
    {
      id: 'pay_5NB3C',
      createdAt: at(20),
      type: 'credits',
      status: 'completed',
      amount: '11800.00',
      currency: 'INR',
      tax: { amount: '1800.00', currency: 'INR' },
      credits: 10000,
      gateway: 'razorpay',
      orderId: 'order_7VY2',
      // Issued once the billing details have what an invoice prints (contract).
      invoice: invoiceable(billing)
        ? {
            status: 'available',
            number: 'INV-2026-0098',
            url: 'https://example.com/invoices/INV-2026-0098.pdf',
          }
        : { status: 'waiting_for_billing' },
    },
    {
      id: 'pay_4MA8B',
      createdAt: at(33),
      type: 'credits',
      status: 'abandoned',
      amount: '5900.00',
      currency: 'INR',
      tax: null,
      credits: 5000,
      gateway: 'razorpay',
      orderId: 'order_6UX9',
      invoice: null,
    },
    {
      id: 'pay_3LZ7A',
      createdAt: at(61),
      type: 'subscription',
      status: 'failed',
      amount: '49.00',
      currency: 'USD',
      credits: 0,
      gateway: 'stripe',
      orderId: null,
      invoice: null,
    },
    {
      id: 'pay_2KY6Z',
      createdAt: at(95),
      type: 'credits',
      status: 'completed',
      amount: '11800.00',
      currency: 'INR',
      tax: { amount: '1800.00', currency: 'INR' },
      credits: 10000,
      gateway: 'payglocal',
      orderId: 'order_4SV1',
      invoice: {
        status: 'available',
        number: 'INV-2026-0071',
        url: 'https://example.com/invoices/INV-2026-0071.pdf',
      },
    },
  ];
}

/** Payments the demo's gateway has confirmed on a recheck. */
const rechecked = new Set<string>();

function confirmedIfRechecked<P extends { id: string; status: string }>(p: P): P {
  if (!rechecked.has(p.id) || p.status !== 'pending') return p;
  return {
    ...p,
    status: 'completed',
    invoice: {
      status: 'available',
      number: 'INV-2026-0113',
      url: 'https://example.com/invoices/INV-2026-0113.pdf',
    },
  };
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

/** Each scenario's billing details as last saved; 'unbilled' starts without an address. */
const billingDetails = new Map<Scenario, Record<string, unknown>>();

function billingOf(scenario: Scenario): Record<string, unknown> {
  if (scenario === 'empty') return { email: '' };
  let details = billingDetails.get(scenario);
  if (!details) {
    details = { ...BILLING_DETAILS };
    if (scenario === 'unbilled') delete details.address;
    billingDetails.set(scenario, details);
  }
  return details;
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
  const txs = empty ? [] : scenario === 'long' ? longHistory() : history();
  const delay = scenario === 'slow' ? 2500 : 0;
  const ok = (b: Json, status = 200): MockResponse => ({ status, body: b, delay });
  const contract11 = answerContract11(scenario, method, path, url, body, txs);
  if (contract11) return { ...contract11, delay };

  if (method === 'GET' && path === '/balance') {
    if (scenario === 'broken')
      return ok({ available: 'lots', costPerCredit: { amount: '0.0120', currency: 'USD' } });
    return ok({
      available: empty ? 0 : balanceOf(txs),
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
    const list = empty ? [] : payments(now, billingOf(scenario)).map(confirmedIfRechecked);
    const p = page(list, url);
    return ok({ items: p.items, nextCursor: p.nextCursor });
  }
  const recheck = /^\/payments\/([^/]+)\/recheck$/.exec(path);
  if (method === 'POST' && recheck) {
    const found = payments(now, billingOf(scenario)).find(
      (p) => p.id === decodeURIComponent(recheck[1]!),
    );
    if (!found) return error(404, 'not_found', 'No such payment.');
    // The gateway confirms a pending payment when asked again (after a moment).
    rechecked.add(found.id);
    return { ...ok(confirmedIfRechecked(found)), delay: Math.max(delay ?? 0, 800) };
  }
  if (path === '/billing-details') {
    if (method === 'GET' && scenario === 'broken') return ok({ companyName: 5 });
    if (method === 'GET') return ok(billingOf(scenario));
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
      billingDetails.set(scenario, b);
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
    return ok(
      { checkoutUrl: `https://example.com/checkout?credits=${credits}`, orderId: 'order_DEMO1' },
      201,
    );
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
  const result = answer(match[1] as Scenario, req.method ?? 'GET', match[2]!, url, body);
  const send = () => {
    res.statusCode = result.status;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(result.body));
  };
  if (result.delay) setTimeout(send, result.delay);
  else send();
}
