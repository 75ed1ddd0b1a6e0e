/**
 * What the demo's mock API remembers, and the payments behind the purchase history.
 *
 * Writes (a Recheck that confirms a payment, a purchase, saved billing details or settings) change
 * the state of one demo session and scenario only: the playground sends each story it mounts with
 * its own `X-Demo-Session` header, so a Recheck in one story never shows in another, nor in the
 * same story opened again. Requests without the header (the gallery, the end-to-end scripts)
 * share the default session, which lasts as long as the server.
 *
 * The data reconciles: every completed purchase of credits in the history is a row of Payments
 * with the same payment ID, order ID and gateway; a payment confirmed on a Recheck adds its
 * credits to the history, so to the balance.
 */
export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface Tx {
  id: string;
  kind: 'usage' | 'purchase';
  type: string;
  credits: number;
  createdAt: string;
  event: { id: number; name: string } | null;
  user: { id: string; name: string } | null;
  details?: Record<string, string>;
}

type Invoice =
  { status: 'available'; number: string; url: string } | { status: 'waiting_for_billing' } | null;

export interface Payment {
  id: string;
  createdAt: string;
  type: 'credits' | 'subscription';
  status: 'pending' | 'completed' | 'failed' | 'abandoned';
  amount: string;
  currency: string;
  tax?: { amount: string; currency: string } | null;
  credits: number;
  gateway: string;
  orderId: string | null;
  invoice: Invoice;
}

const invoice = (number: string): Invoice => ({
  status: 'available',
  number,
  url: `https://example.com/invoices/${number}.pdf`,
});

/** A purchase of credits in rupees: 1 INR a credit plus 18% GST. */
function inr(credits: number): Pick<Payment, 'amount' | 'currency' | 'tax'> {
  return {
    amount: (credits * 1.18).toFixed(2),
    currency: 'INR',
    tax: { amount: (credits * 0.18).toFixed(2), currency: 'INR' },
  };
}

/** The busy organisation's payments, `back` days ago, newest first. */
const PAYMENTS: (Omit<Payment, 'createdAt'> & { back: number })[] = [
  {
    id: 'pay_7QK2M',
    back: 0.2,
    type: 'credits',
    status: 'pending',
    ...inr(5000),
    credits: 5000,
    gateway: 'razorpay',
    orderId: 'order_9XA1',
    invoice: null,
  },
  {
    id: 'pay_6PL9D',
    back: 3,
    type: 'credits',
    status: 'completed',
    ...inr(5000),
    credits: 5000,
    gateway: 'razorpay',
    orderId: 'order_8WZ4',
    invoice: invoice('INV-2026-0112'),
  },
  {
    id: 'pay_5NB3C',
    back: 20,
    type: 'credits',
    status: 'completed',
    ...inr(10000),
    credits: 10000,
    gateway: 'razorpay',
    orderId: 'order_7VY2',
    invoice: { status: 'waiting_for_billing' },
  },
  {
    id: 'pay_4MA8B',
    back: 33,
    type: 'credits',
    status: 'abandoned',
    ...inr(5000),
    tax: null,
    credits: 5000,
    gateway: 'razorpay',
    orderId: 'order_6UX9',
    invoice: null,
  },
  {
    id: 'pay_3LZ7A',
    back: 61,
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
    back: 95,
    type: 'credits',
    status: 'completed',
    ...inr(10000),
    credits: 10000,
    gateway: 'payglocal',
    orderId: 'order_4SV1',
    invoice: invoice('INV-2026-0071'),
  },
  {
    id: 'pay_1JX5Y',
    back: 140,
    type: 'credits',
    status: 'completed',
    ...inr(5000),
    credits: 5000,
    gateway: 'razorpay',
    orderId: 'order_3TR6',
    invoice: invoice('INV-2025-0187'),
  },
];

/** The payments as of `now` (the moment the day's history was built). */
export function seedPayments(now: number): Payment[] {
  return PAYMENTS.map(({ back, ...p }) => ({ ...p, createdAt: iso(now - back * DAY) }));
}

/** The purchase row of a completed payment of credits: what the purchase history shows. */
export function purchaseOf(p: Payment, id = `tx_${p.id}`): Tx {
  return {
    id,
    kind: 'purchase',
    type: 'purchase',
    credits: p.credits,
    createdAt: p.createdAt,
    event: null,
    user: { id: 'u_1', name: 'Asha Verma' },
    details: { gateway: p.gateway, paymentId: p.id, ...(p.orderId ? { orderId: p.orderId } : {}) },
  };
}

/** What one session of one scenario has changed. */
export interface State {
  /** Pending payments the gateway confirmed on a Recheck. */
  confirmed: Set<string>;
  /** Payments started with `POST /purchases`, newest first. */
  bought: Payment[];
  billingDetails?: Record<string, unknown>;
  autoTopUp?: Record<string, unknown>;
  alerts?: Record<string, unknown>;
}

const states = new Map<string, State>();
/** Sessions remembered at most (the playground starts one per story it shows). */
const KEEP = 64;

/** The state of `scenario` in `session` ('' is the default session). */
export function stateOf(session: string, scenario: string): State {
  const key = `${session}\n${scenario}`;
  let state = states.get(key);
  if (state) states.delete(key);
  else state = { confirmed: new Set(), bought: [] };
  states.set(key, state); // the most recently used last
  for (const old of states.keys()) {
    if (states.size <= KEEP) break;
    if (!old.startsWith('\n')) states.delete(old);
  }
  return state;
}

/** A payment as it stands in `state`: confirmed on a Recheck, it is completed with an invoice. */
export function current(p: Payment, state: State): Payment {
  if (p.status !== 'pending' || !state.confirmed.has(p.id)) return p;
  // The seeded pending payment's invoice comes next after INV-2026-0112; a bought one's after it.
  const bought = /^pay_8D(\d+)$/.exec(p.id);
  const number = 113 + (bought ? Number(bought[1]) : 0);
  return {
    ...p,
    status: 'completed',
    invoice: invoice(`INV-2026-${String(number).padStart(4, '0')}`),
  };
}

/** Every payment of a scenario in `state`, newest first. */
export function paymentsIn(state: State, seeded: Payment[]): Payment[] {
  return [...state.bought, ...seeded].map((p) => current(p, state));
}

/** The purchase rows the confirmed payments add to the history. */
export function confirmedPurchases(state: State, seeded: Payment[]): Tx[] {
  return [...state.bought, ...seeded]
    .filter((p) => p.status === 'pending' && state.confirmed.has(p.id))
    .map((p) => purchaseOf(p));
}

/** `POST /purchases`: a pending payment of `credits`, until the gateway confirms it. */
export function buy(state: State, credits: number): Payment {
  const n = state.bought.length + 1;
  const payment: Payment = {
    id: `pay_8D${String(n).padStart(3, '0')}`,
    createdAt: iso(Date.now()),
    type: 'credits',
    status: 'pending',
    ...inr(credits),
    credits,
    gateway: 'razorpay',
    orderId: `order_DEMO${n}`,
    invoice: null,
  };
  state.bought.unshift(payment);
  return payment;
}
