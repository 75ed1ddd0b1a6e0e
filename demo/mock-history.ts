/**
 * The demo's data, deterministic (a seeded generator) and dated relative to today: the busy
 * organisation's history, and the long one of 5,000 processing runs (mock-api.ts serves them).
 */
import {
  confirmedPurchases,
  DAY,
  iso,
  purchaseOf,
  seedPayments,
  type Payment,
  type State,
  type Tx,
} from './mock-state.js';

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

/** The busy organisation's whole history, newest first; built once per day. */
function buildHistory(now: Date): Tx[] {
  const random = rng(42);
  const txs: Tx[] = [];
  const day = DAY;
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
  // What came in: free credits, an admin's grant, a refund, and the completed purchases of
  // credits among the payments (the same IDs in both lists).
  const paid = new Map(
    seedPayments(now.getTime())
      .filter((p) => p.type === 'credits' && p.status === 'completed')
      .map((p) => [Math.round((now.getTime() - Date.parse(p.createdAt)) / day), p]),
  );
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
    const payment = paid.get(back);
    if (type === 'purchase' && payment) return void txs.push(purchaseOf(payment, `tx_p${i + 1}`));
    txs.push({
      id: `tx_p${i + 1}`,
      kind: 'purchase',
      type,
      credits,
      createdAt: iso(now.getTime() - back * day),
      event: null,
      user: type === 'admin_grant' ? null : USERS[0]!,
    });
  });
  return txs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

let cache: { day: string; txs: Tx[]; payments: Payment[] } | undefined;
/** The busy organisation's history and payments as of the day's first request. */
export function today() {
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  if (cache?.day !== day) {
    cache = { day, txs: buildHistory(now), payments: seedPayments(now.getTime()) };
  }
  return cache;
}
export const history = () => today().txs;

/** A history with the purchases `state` added (payments confirmed on a Recheck), newest first. */
export function withPurchases(txs: Tx[], state: State, payments: Payment[]): Tx[] {
  const added = confirmedPurchases(state, payments);
  if (!added.length) return txs;
  return [...added, ...txs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

let longCache: { day: string; txs: Tx[] } | undefined;

/** 5,000 processing runs, one every 40 minutes back from now, then the busy org's additions. */
export function longHistory(): Tx[] {
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
