// A Credits API for the example apps, written from docs/credits-api.yaml: fixed answers for
// one organisation. `handleCreditsApi(req, res, base)` answers GET requests under `base`
// (`/api/credits`) and returns true, or returns false for anything else.

export const ANSWERS = {
  // Contract 1.1: the automatic top-up rule and the alerts (the dashboard's Credits tab).
  '/auto-top-up': {
    enabled: true,
    thresholdCredits: 2000,
    topUpCredits: 10000,
    monthlyLimit: 3,
    paymentMethod: { label: 'Visa ending 4242' },
    lastTopUp: { at: '2026-11-15T06:00:00Z', credits: 10000, status: 'completed' },
  },
  '/alerts': {
    lowBalance: { enabled: true, thresholdCredits: 1500 },
    runway: { enabled: true, days: 7 },
    recipients: ['billing@lumen.example'],
    lastSentAt: null,
  },
  '/balance': {
    available: 12480,
    costPerCredit: { amount: '0.0120', currency: 'USD' },
    asOf: '2026-11-24T09:30:00Z',
  },
  '/usage/monthly': {
    months: [
      { month: '2026-08', credits: 2410, transactions: 11 },
      { month: '2026-09', credits: 3120, transactions: 14 },
      { month: '2026-10', credits: 2875, transactions: 12 },
      { month: '2026-11', credits: 950, transactions: 5, current: true },
    ],
  },
  '/subscription': {
    plan: { id: 'payg', name: 'Pay As You Go', description: 'Flexible usage-based pricing.' },
    expiresAt: null,
  },
  '/payments': {
    items: [
      {
        id: 'pay_7QK2M',
        createdAt: '2026-11-24T08:00:00Z',
        type: 'credits',
        status: 'completed',
        amount: '5900.00',
        currency: 'INR',
        tax: { amount: '900.00', currency: 'INR' },
        credits: 5000,
        gateway: 'razorpay',
        orderId: 'order_9XA1',
        invoice: { status: 'available', number: 'INV-1042', url: 'https://example.com/inv.pdf' },
      },
    ],
    nextCursor: null,
  },
  '/billing-details': {
    companyName: 'Lumen Events Pvt Ltd',
    name: 'Asha Verma',
    email: 'billing@lumen.example',
    address: { line1: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'IN' },
  },
};

const USAGE = {
  items: [
    {
      id: 'tx_1',
      kind: 'usage',
      type: 'photo_processing',
      credits: -420,
      createdAt: '2026-11-20T14:05:00Z',
      event: { id: 1042, name: 'Harbour Lights Wedding' },
      user: { id: 'u_1', name: 'Asha Verma' },
    },
  ],
  nextCursor: null,
  total: 1,
};

const PURCHASES = {
  items: [
    {
      id: 'tx_p1',
      kind: 'purchase',
      type: 'purchase',
      credits: 5000,
      createdAt: '2026-11-01T10:15:00Z',
      event: null,
      user: { name: 'Asha Verma' },
      details: { gateway: 'razorpay', paymentId: 'pay_6PL9D', orderId: 'order_8WZ4' },
    },
  ],
  nextCursor: null,
};

/** The answer for `path` (below the API's base) with `query`, or undefined. */
export function answer(path, query) {
  if (path === '/transactions') return query.get('kind') === 'purchase' ? PURCHASES : USAGE;
  return ANSWERS[path];
}

/** A fetch that answers from the fixtures, for a server-side CreditsClient. */
export async function mockFetch(input) {
  const url = new URL(String(input));
  const path = url.pathname.replace(/^.*?\/api\/credits/, '');
  const body = answer(path, url.searchParams);
  return new Response(JSON.stringify(body ?? { error: { message: `No ${path}` } }), {
    status: body ? 200 : 404,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Answers GET `base`/… from the fixtures (node:http or Express `req`, `res`). */
export function handleCreditsApi(req, res, base = '/api/credits') {
  const url = new URL(req.url, 'http://localhost');
  if (req.method !== 'GET' || !url.pathname.startsWith(`${base}/`)) return false;
  const body = answer(url.pathname.slice(base.length), url.searchParams);
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body ?? { error: { message: 'Not found' } }));
  return true;
}
