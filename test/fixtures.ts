/** Response bodies written from docs/credits-api.yaml, not from the code under test. */
import type { FakeReply } from './helpers/fake-server.js';

export const balance = {
  available: 12_480,
  costPerCredit: { amount: '0.0120', currency: 'USD' },
  asOf: '2026-11-24T09:30:00Z',
};

export const monthly = {
  months: [
    { month: '2026-09', credits: 3120, transactions: 14 },
    { month: '2026-11', credits: 950, transactions: 5, current: true },
    { month: '2026-10', credits: 2875, transactions: 12 },
  ],
};

export const usagePage = {
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
    {
      id: 'tx_2',
      kind: 'usage',
      type: 'ai_image_rotation',
      credits: -35,
      createdAt: '2026-11-19T08:00:00+05:30',
      event: null,
      user: null,
    },
  ],
  nextCursor: 'c2',
  total: 3,
};

export const purchasePage = {
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

export const subscription = {
  plan: {
    id: 'payg',
    name: 'Pay As You Go',
    description: 'Flexible usage-based pricing with no commitment.',
  },
  expiresAt: null,
};

export const payment = {
  id: 'pay_7QK2M',
  createdAt: '2026-11-24T08:00:00Z',
  type: 'credits',
  status: 'pending',
  amount: '5900.00',
  currency: 'INR',
  tax: { amount: '900.00', currency: 'INR' },
  credits: 5000,
  gateway: 'razorpay',
  orderId: 'order_9XA1',
  invoice: null,
};

export const paymentPage = { items: [payment], nextCursor: null };

export const billingDetails = {
  companyName: 'Lumen Events Pvt Ltd',
  name: 'Asha Verma',
  email: 'billing@lumen.example',
  address: { line1: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'IN' },
};

/** The same details without a postal address: an invoice waits for one. */
export const billingDetailsNoAddress = {
  companyName: 'Lumen Events Pvt Ltd',
  name: 'Asha Verma',
  email: 'billing@lumen.example',
};

/** `GET /auto-top-up` (contract 1.1): on, a card saved, the last run completed. */
export const autoTopUp = {
  enabled: true,
  thresholdCredits: 2000,
  topUpCredits: 10000,
  monthlyLimit: 3,
  paymentMethod: { label: 'Visa ending 4242' },
  lastTopUp: { at: '2026-11-15T09:30:00Z', credits: 10000, status: 'completed' },
};

/** The same rule with no monthly limit, its last run failed with the server's reason. */
export const autoTopUpFailed = {
  ...autoTopUp,
  monthlyLimit: null,
  lastTopUp: {
    at: '2026-11-22T08:00:00Z',
    credits: 10000,
    status: 'failed',
    message: 'Your card was declined (insufficient funds).',
  },
};

export const errorReply = (status: number, message: string, code?: string): FakeReply => ({
  status,
  body: { error: { ...(code ? { code } : {}), message } },
});

export const usagePage2 = {
  items: [
    {
      id: 'tx_3',
      kind: 'usage',
      type: 'face_reindex',
      credits: -12,
      createdAt: '2026-11-02T10:15:00Z',
      event: { id: 1044, name: 'City Marathon 2026' },
      user: { name: 'Tom Becker' },
    },
  ],
  nextCursor: null,
  total: 3,
};

/** One usage row with the given id, for long synthetic histories. */
export function usageRow(n: number) {
  return {
    id: `tx_${n}`,
    kind: 'usage',
    type: 'photo_processing',
    credits: -(n % 90) - 10,
    createdAt: new Date(Date.UTC(2026, 10, 20) - n * 60_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    event: { id: 1000 + (n % 7), name: `Event ${n % 7}` },
    user: n % 5 === 0 ? null : { name: `User ${n % 3}` },
  };
}

/** `GET /alerts` (contract 1.1): both alerts on, two recipients, one sent. */
export const alerts = {
  lowBalance: { enabled: true, thresholdCredits: 1500 },
  runway: { enabled: true, days: 7 },
  recipients: ['billing@lumen.example', 'asha.verma@lumen.example'],
  lastSentAt: '2026-11-01T09:00:00Z',
};

/** `GET /alerts` of a new account: both off, nobody, never sent. */
export const alertsOff = {
  lowBalance: { enabled: false, thresholdCredits: 1500 },
  runway: { enabled: false, days: 7 },
  recipients: [],
  lastSentAt: null,
};

/**
 * `GET /usage/breakdown?by=event` (contract 1.1): five events (one of them the runs without an
 * event, key null) and seven more summed in `other`; the shares are 40 %, 25 %, 15 %, 10 %, 6 %
 * and 4 %.
 */
export const breakdownByEvent = {
  items: [
    { key: 1042, label: 'Harbour Lights Wedding', credits: 4000, transactions: 40 },
    { key: 1043, label: 'City Marathon 2026', credits: 2500, transactions: 25 },
    { key: null, credits: 1500, transactions: 15 },
    { key: 1044, label: 'Campus Portraits', credits: 1000, transactions: 1 },
    { key: 1045, label: 'Product Shoot', credits: 600, transactions: 6 },
  ],
  other: { credits: 400, transactions: 4, groups: 7 },
  total: { credits: 10000, transactions: 91 },
};

/** `by=user`: two people and System (key null); nothing left over. */
export const breakdownByUser = {
  items: [
    { key: 'u_1', label: 'Asha Verma', credits: 6000, transactions: 60 },
    { key: null, credits: 3000, transactions: 30 },
    { key: 'u_2', label: 'Rahul Mehta', credits: 1000, transactions: 1 },
  ],
  other: { credits: 0, transactions: 0, groups: 0 },
  total: { credits: 10000, transactions: 91 },
};

/** `by=type`: no labels (the widget names the types), one type the widgets do not know. */
export const breakdownByType = {
  items: [
    { key: 'photo_processing', credits: 7000, transactions: 70 },
    { key: 'ai_image_rotation', credits: 2000, transactions: 20 },
    { key: 'face_reindex', credits: 1000, transactions: 1 },
  ],
  other: { credits: 0, transactions: 0, groups: 0 },
  total: { credits: 10000, transactions: 91 },
};

/** A period without usage. */
export const breakdownEmpty = {
  items: [],
  other: { credits: 0, transactions: 0, groups: 0 },
  total: { credits: 0, transactions: 0 },
};
