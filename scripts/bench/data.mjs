// Contract-valid answers of the Credits API (docs/credits-api.yaml), deterministic. Used by the
// bench's HTTP server (Node) and, served as /bench/data.mjs, by the bench page, so it must not
// import anything.

const USAGE_TYPES = ['photo_processing', 'ai_image_rotation'];
const PURCHASE_TYPES = ['purchase', 'free_credits', 'admin_grant', 'refund'];
/** Rows are dated back from here, 10 minutes apart, newest first. */
const NEWEST = Date.UTC(2026, 10, 20);

const instant = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';

/** Transaction number `n` (0 = newest) of kind `usage`: negative credits, an event, a user. */
export function usageRow(n) {
  return {
    id: `tx_${n}`,
    kind: 'usage',
    type: USAGE_TYPES[n % 9 ? 0 : 1],
    credits: -((n % 300) + 5),
    createdAt: instant(NEWEST - n * 600_000),
    event: { id: 1000 + (n % 40), name: `Event number ${n % 40}` },
    user: n % 6 ? { name: `Operator ${n % 11}` } : null,
  };
}

/** Transaction number `n` of kind `purchase`: positive credits, payment details on purchases. */
export function purchaseRow(n) {
  const type = PURCHASE_TYPES[n % PURCHASE_TYPES.length];
  return {
    id: `tp_${n}`,
    kind: 'purchase',
    type,
    credits: type === 'purchase' ? 5000 : (n % 7) * 100 + 300,
    createdAt: instant(NEWEST - n * 86_400_000),
    event: null,
    user: type === 'admin_grant' ? null : { id: 'u_1', name: 'Asha Verma' },
    ...(type === 'purchase'
      ? {
          details: {
            gateway: 'razorpay',
            paymentId: `pay_${(9_130_000 + n * 7_919).toString(36).toUpperCase()}`,
            orderId: `order_${(5_240_000 + n * 3_571).toString(36).toUpperCase()}`,
          },
        }
      : {}),
  };
}

/**
 * `GET /transactions`: one page (TransactionPage) of `total` rows of `kind`; `limit` and
 * `cursor` as the contract takes them (the cursor is the index of the first row).
 */
export function transactionPage(kind, { limit, cursor }, total) {
  const size = Math.min(Math.max(Number(limit) || 25, 1), 100);
  const start = Number(cursor ?? 0) || 0;
  const end = Math.min(start + size, total);
  const row = kind === 'purchase' ? purchaseRow : usageRow;
  const items = [];
  for (let n = start; n < end; n++) items.push(row(n));
  return { items, nextCursor: end < total ? String(end) : null, total };
}

/** `GET /balance` */
export function balanceBody(now = new Date()) {
  return {
    available: 12_480,
    costPerCredit: { amount: '0.0120', currency: 'USD' },
    asOf: instant(now.getTime()),
  };
}

/** `GET /usage/monthly?months=N`: the current month and the ones before it, oldest first. */
export function monthlyBody(months = 4, now = new Date()) {
  const count = Math.min(Math.max(Number(months) || 4, 1), 24);
  const out = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    out.push({
      month,
      credits: 1800 + ((i * 797) % 1300),
      transactions: 40 + ((i * 13) % 30),
      current: i === 0,
    });
  }
  return { months: out };
}

/** `GET /subscription`: Pay As You Go, no expiry. */
export function subscriptionBody() {
  return {
    plan: {
      id: 'payg',
      name: 'Pay As You Go',
      description: 'Flexible usage-based pricing with no commitment.',
    },
    expiresAt: null,
  };
}

/** One page of `GET /payments`: `total` INR top-ups, completed with an invoice. */
export function paymentPage({ limit, cursor }, total = 40) {
  const start = Number(cursor ?? 0);
  const end = Math.min(start + Number(limit ?? 25), total);
  const items = [];
  for (let n = start; n < end; n++) {
    items.push({
      id: `pay_${n}`,
      createdAt: new Date(Date.UTC(2026, 10, 20) - n * 86_400_000).toISOString().slice(0, 19) + 'Z',
      type: 'credits',
      status: 'completed',
      amount: '5900.00',
      currency: 'INR',
      tax: { amount: '900.00', currency: 'INR' },
      credits: 5000,
      gateway: 'razorpay',
      orderId: `order_${n}`,
      invoice: { status: 'available', number: `INV-${n}`, url: `https://example.com/inv/${n}.pdf` },
    });
  }
  return { items, nextCursor: end < total ? String(end) : null };
}

/** `GET /billing-details`. */
export function billingDetailsBody() {
  return {
    companyName: 'Lumen Events Pvt Ltd',
    name: 'Asha Verma',
    email: 'billing@lumen.example',
    phone: '+91 80 1234 5678',
    taxId: '29ABCDE1234F1Z5',
    address: { line1: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'IN' },
  };
}

/** `GET /usage/breakdown?by=event`: five events, seven more summed in `other`, and the total. */
export function breakdownBody() {
  const items = [
    [1042, 'Harbour Lights Wedding', 4000, 40],
    [1043, 'City Marathon 2026', 2500, 25],
    [null, undefined, 1500, 15],
    [1044, 'Campus Portraits', 1000, 1],
    [1045, 'Product Shoot', 600, 6],
  ].map(([key, label, credits, transactions]) => ({
    key,
    ...(label ? { label } : {}),
    credits,
    transactions,
  }));
  return {
    items,
    other: { credits: 400, transactions: 4, groups: 7 },
    total: { credits: 10000, transactions: 91 },
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** The current local calendar month as the contract's `from`/`to`: the breakdown's default. */
export function thisMonth(now = new Date()) {
  const [y, m] = [now.getFullYear(), now.getMonth()];
  const last = new Date(y, m + 1, 0).getDate();
  return { from: `${y}-${pad(m + 1)}-01`, to: `${y}-${pad(m + 1)}-${pad(last)}` };
}
