// The bench's in-page half, served as /bench/page.mjs to /bench.html. Only the elements' public
// surface is used: part names, aria-busy, the visible pager text, `client`, `loadMore()` and
// `updateComplete`.
import { CreditsClient } from '/dist/credits-widgets.js';
import { transactionPage } from './data.mjs';
import { minimalUsageTable } from './minimal-table.mjs';
import { elementSheets, plainUsageTable } from './plain-table.mjs';

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const base = (el) => el.shadowRoot?.querySelector('[part~="base"]');
const busy = (el) => base(el)?.getAttribute('aria-busy') !== 'false';
const rowCount = (el) => el.shadowRoot?.querySelectorAll('tbody tr[part~="row"]').length ?? 0;

/** The scroll view's "1,200 of 10,000 rows loaded", as 1200 (visible text, not internals). */
function rowsLoaded(el) {
  const text = el.shadowRoot?.querySelector('[part~="pager"]')?.textContent ?? '';
  const match = /([\d,]+)(?:\s+of\s+[\d,]+)?\s+rows loaded/.exec(text);
  return match ? Number(match[1].replaceAll(',', '')) : 0;
}

/**
 * Resolves once `ready()` holds, awaiting the element's updates and otherwise only microtasks,
 * so a render that is all microtasks is timed without frame or timer granularity. Falls back to
 * animation frames (counted and returned) if the element is waiting on a real task.
 */
export async function until(el, ready) {
  let frames = 0;
  for (let i = 0; !ready(); i++) {
    await el.updateComplete;
    if (ready()) break;
    if (i < 2000) await Promise.resolve();
    else {
      frames++;
      await nextFrame();
    }
  }
  return frames;
}

/**
 * A Response whose body is read without a task: the client's `await response.text()` (or
 * `.json()`) then settles in microtasks, like the rest of the element's work.
 */
export class MemoryResponse extends Response {
  #text;
  constructor(text) {
    super(text, { headers: { 'Content-Type': 'application/json' } });
    this.#text = text;
  }
  text() {
    return Promise.resolve(this.#text);
  }
  json() {
    return Promise.resolve(JSON.parse(this.#text));
  }
}

/** A `fetch` answering `/transactions` of `total` usage rows from memory; counts its calls. */
function memoryFetch(total) {
  const counter = { calls: 0 };
  counter.fetch = async (input) => {
    counter.calls++;
    const url = new URL(String(input), location.href);
    if (!url.pathname.endsWith('/transactions')) return new Response('{}', { status: 404 });
    const query = Object.fromEntries(url.searchParams);
    return new MemoryResponse(JSON.stringify(transactionPage(query.kind, query, total)));
  };
  return counter;
}

function usageTable(client, attributes) {
  const el = document.createElement('credits-usage-table');
  // event-href makes event names links, as in the plain table.
  const all = { locale: 'en-US', 'event-href': '/events/{id}', ...attributes };
  for (const [name, value] of Object.entries(all)) el.setAttribute(name, String(value));
  el.client = client;
  return el;
}

/** One timed first render of the element: append, rows rendered, layout. */
async function timeElement(client, size) {
  const t0 = performance.now();
  const el = usageTable(client, { 'page-size': size });
  document.body.append(el);
  const frames = await until(el, () => !busy(el) && rowCount(el) === size);
  void el.offsetHeight;
  const ms = performance.now() - t0;
  el.remove();
  return { ms, frames };
}

/** One timed render of the plain-DOM table from the same cached client. */
async function timePlain(client, size) {
  const styles = await elementSheets();
  const t0 = performance.now();
  const page = await client.getTransactions({ kind: 'usage', limit: size });
  const host = plainUsageTable(page, size, styles);
  document.body.append(host);
  void host.offsetHeight;
  const ms = performance.now() - t0;
  if (host.shadowRoot.querySelectorAll('tbody tr[part~="row"]').length !== size) {
    throw new Error('the plain table has the wrong number of rows');
  }
  host.remove();
  return { ms, frames: 0 };
}

/** One timed render of the minimal table (minimal-table.mjs) from the same cached client. */
async function timeMinimal(client, size) {
  const t0 = performance.now();
  const page = await client.getTransactions({ kind: 'usage', limit: size });
  const table = minimalUsageTable(page);
  document.body.append(table);
  void table.offsetHeight;
  const ms = performance.now() - t0;
  if (table.tBodies[0].rows.length !== size) {
    throw new Error('the minimal table has the wrong number of rows');
  }
  table.remove();
  return { ms, frames: 0 };
}

/**
 * Figure 1: the usage table's first render with the data in hand (a client whose cache holds
 * the page) against the plain copy of its markup and against the minimal table, `runs`
 * alternating rounds (element, plain, minimal) after `warmup` rounds.
 */
export async function firstRender(size, { warmup, runs }) {
  const api = memoryFetch(10_000);
  const client = new CreditsClient({ endpoint: '/api/bench', fetch: api.fetch });
  const result = { element: [], plain: [], minimal: [], fetches: 0, frames: 0 };
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, time] of [
      ['element', timeElement],
      ['plain', timePlain],
      ['minimal', timeMinimal],
    ]) {
      // Re-warm (a no-op while the 10 s cache holds) and let the page settle, untimed.
      await client.getTransactions({ kind: 'usage', limit: size });
      await nextFrame();
      const calls = api.calls;
      const { ms, frames } = await time(client, size);
      if (i < warmup) continue;
      result[name].push(ms);
      result.fetches += api.calls - calls;
      result.frames += frames;
    }
  }
  return result;
}

/**
 * The element mounted before its rows arrive: from the append to its skeleton laid out, then
 * (after a frame, untimed) from the answer handed to the client to the rows laid out. The
 * answer is the same JSON text the minimal table parses; each run has a client of its own, so
 * nothing is cached.
 */
async function timeSkeletonThenRows(size) {
  const text = JSON.stringify(transactionPage('usage', { limit: size }, 10_000));
  const response = new MemoryResponse(text);
  let answer;
  const fetch = () => new Promise((resolve) => (answer = () => resolve(response)));
  const client = new CreditsClient({ endpoint: '/api/bench-later', fetch });
  const t0 = performance.now();
  const el = usageTable(client, { 'page-size': size });
  document.body.append(el);
  let frames = await until(el, () => busy(el) && base(el) && answer);
  void el.offsetHeight;
  const skeleton = performance.now() - t0;
  await nextFrame();
  const t1 = performance.now();
  answer();
  frames += await until(el, () => !busy(el) && rowCount(el) === size);
  void el.offsetHeight;
  const rows = performance.now() - t1;
  el.remove();
  return { skeleton, rows, frames };
}

/** The minimal table built once from the same answer: JSON parsed, table built, laid out. */
async function timeMinimalFromText(size) {
  const text = JSON.stringify(transactionPage('usage', { limit: size }, 10_000));
  await nextFrame();
  const t0 = performance.now();
  const table = minimalUsageTable(JSON.parse(text));
  document.body.append(table);
  void table.offsetHeight;
  const ms = performance.now() - t0;
  table.remove();
  return ms;
}

/**
 * Figure 1b: the usage table when its rows arrive after its skeleton (skeleton + rows) against
 * the minimal table built once from the same answer, `runs` alternating pairs after `warmup`.
 */
export async function afterSkeleton(size, { warmup, runs }) {
  const result = { skeleton: [], rows: [], element: [], minimal: [], frames: 0 };
  for (let i = 0; i < warmup + runs; i++) {
    await nextFrame();
    const { skeleton, rows, frames } = await timeSkeletonThenRows(size);
    const minimal = await timeMinimalFromText(size);
    if (i < warmup) continue;
    result.skeleton.push(skeleton);
    result.rows.push(rows);
    result.element.push(skeleton + rows);
    result.minimal.push(minimal);
    result.frames += frames;
  }
  return result;
}

/**
 * Figure 2: the scroll view filled page by page: the first page, then each `loadMore()` timed
 * until its rows are in (the pager's count) and laid out. With `keep`, the element stays in the
 * page (for scrollPositions).
 */
export async function scrollPages(total, size, { keep = false } = {}) {
  const api = memoryFetch(total);
  const client = new CreditsClient({ endpoint: '/api/bench', fetch: api.fetch });
  const el = usageTable(client, { paging: 'scroll', 'page-size': size });
  let frames = 0;
  const t0 = performance.now();
  document.body.append(el);
  frames += await until(el, () => !busy(el) && rowsLoaded(el) === size);
  void el.offsetHeight;
  const first = performance.now() - t0;
  const pages = [];
  for (let loaded = 2 * size; loaded <= total; loaded += size) {
    await nextFrame();
    const t = performance.now();
    el.loadMore();
    frames += await until(el, () => !busy(el) && rowsLoaded(el) === loaded);
    void el.offsetHeight;
    pages.push(performance.now() - t);
  }
  const domRows = rowCount(el);
  if (!keep) el.remove();
  return { first, pages, frames, domRows, fetches: api.calls };
}

/**
 * The element's own work per scroll position in the filled scroll view: the scroll box is
 * scrolled to a position, and the time runs from the scroll event to the finished update that
 * renders that position's rows (the element re-windows in the next animation frame).
 */
export async function scrollPositions() {
  const el = document.querySelector('credits-usage-table');
  const box = el.shadowRoot.querySelector('[part~="table-wrap"]');
  const firstIndex = () =>
    Number(el.shadowRoot.querySelector('tbody tr[part~="row"]')?.getAttribute('aria-rowindex'));
  const times = [];
  let moved = true;
  // The main thread while scrolling: tasks over 50 ms (the browser reports only those), and the
  // longest gap between two frames, which bounds the longest task below that.
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let lastFrame = performance.now();
  let longestGap = 0;
  let watching = true;
  const watch = (now) => {
    longestGap = Math.max(longestGap, now - lastFrame);
    lastFrame = now;
    if (watching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  for (let i = 1; i <= 200; i++) {
    const before = firstIndex();
    const scrolled = new Promise((resolve) =>
      box.addEventListener('scroll', resolve, { once: true }),
    );
    box.scrollTop = Math.floor(((box.scrollHeight - box.clientHeight) * i) / 200);
    const event = await scrolled;
    // The element re-windows in the next frame; its update is what this times.
    await nextFrame();
    await el.updateComplete;
    times.push(performance.now() - event.timeStamp);
    if (i === 100) moved = firstIndex() !== before;
  }
  watching = false;
  observer.takeRecords().forEach((entry) => longTasks.push(entry.duration));
  observer.disconnect();
  box.scrollTop = box.scrollHeight;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  const rows = [...el.shadowRoot.querySelectorAll('tbody tr[part~="row"]')];
  return {
    times,
    moved,
    lastRow: rows.at(-1)?.getAttribute('aria-rowindex'),
    longTasks,
    longestGap,
  };
}
