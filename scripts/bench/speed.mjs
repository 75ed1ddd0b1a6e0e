// Figures 1 and 2: render speed of the usage table, measured in /bench.html (scripts/bench/page.mjs
// does the timing in the page; this prints it).
import { median, medianIqr, ms, quantile, ratio } from './stats.mjs';

export const FIRST_RENDER = { sizes: [25, 100], warmup: 3, runs: 31 };
export const SCROLL = { rows: 10_000, pageSize: 100, warmupPages: 10, fills: 3 };

/** 1. First render with the data in hand, element against plain DOM, alternating runs. */
export async function printFirstRender(page, isolated) {
  const { sizes, warmup, runs } = FIRST_RENDER;
  console.log(
    `\nUsage table, first render with the data in hand (cached client) vs a plain-DOM table` +
      `\n  append → rows rendered → forced layout; median (IQR) of ${runs} alternating runs each` +
      ` after ${warmup} warm-ups${isolated ? '' : ' (timer resolution 100 µs)'}`,
  );
  for (const size of sizes) {
    const r = await page.evaluate(
      ([n, options]) => window.bench.firstRender(n, options),
      [size, FIRST_RENDER],
    );
    const pairs = r.element.map((t, i) => t / r.plain[i]);
    console.log(`  ${String(size).padStart(3)} rows  element    ${medianIqr(r.element)}`);
    console.log(`            plain DOM  ${medianIqr(r.plain)}`);
    console.log(
      `            element / plain DOM ${ratio(median(r.element) / median(r.plain))}` +
        ` (median of the per-pair ratios ${ratio(median(pairs))})`,
    );
    if (r.fetches || r.frames) {
      console.log(`            note: ${r.fetches} fetches, ${r.frames} frame waits in timed runs`);
    }
  }
}

/**
 * 2. The scroll view filled page by page, `fills` times after a short warm-up fill (so the first
 * pages are not the JIT's warm-up); each page's time is its median over the fills. Then the
 * render time per scroll position, in the last filled element.
 */
export async function printScrollView(page) {
  const { rows, pageSize, warmupPages, fills } = SCROLL;
  await page.evaluate(
    ([n, size]) => window.bench.scrollPages(n, size),
    [warmupPages * pageSize, pageSize],
  );
  const runs = [];
  for (let i = 0; i < fills; i++) {
    const keep = i === fills - 1;
    runs.push(
      await page.evaluate(
        ([n, size, k]) => window.bench.scrollPages(n, size, { keep: k }),
        [rows, pageSize, keep],
      ),
    );
  }
  const scroll = await page.evaluate(() => window.bench.scrollPositions());
  const pages = runs[0].pages.map((_, i) => median(runs.map((r) => r.pages[i])));
  const firstTen = median(pages.slice(0, 10));
  const lastTen = median(pages.slice(-10));
  const all = median(runs.map((r) => r.first + r.pages.reduce((a, b) => a + b, 0)));
  const frames = runs.reduce((n, r) => n + r.frames, 0);
  const count = rows.toLocaleString('en-US');
  console.log(
    `\nUsage table, scroll view, ${count} rows, page-size ${pageSize}; each figure the median of` +
      ` ${fills} fills after a ${warmupPages}-page warm-up`,
  );
  console.log(`  first page (append → rendered)  ${ms(median(runs.map((r) => r.first)))}`);
  console.log(
    `  next page (loadMore() → rows in → forced layout), ${pages.length} pages:` +
      `\n    median of pages 2–11 ${ms(firstTen)}, of pages ${pages.length - 8}–${pages.length + 1} ${ms(lastTen)}` +
      `, last / first ${ratio(lastTen / firstTen)} (a constant cost per page is 1.00×)`,
  );
  console.log(`  load and render all pages       ${all.toFixed(0)} ms (sum of the page times)`);
  if (frames) console.log(`    note: ${frames} frame waits in timed pages`);
  console.log(`  rows in the DOM                 ${runs.at(-1).domRows} of ${count}`);
  console.log(
    `  scroll to a position → its rows  median ${ms(median(scroll.times))}, p95 ${ms(quantile(scroll.times, 0.95))}, max ${ms(Math.max(...scroll.times))} (includes the wait for the next frame, 16.7 ms at 60 Hz)`,
  );
  if (!scroll.moved) {
    console.log('    note: scrolling did not change the rows shown: that is not a render time');
  }
  console.log(`  scrolled to the end, last row   aria-rowindex ${scroll.lastRow}`);
  const longest = scroll.longTasks.length ? ms(Math.max(...scroll.longTasks)) : 'none';
  console.log(
    `  main thread while scrolling     ${scroll.longTasks.length} tasks over 50 ms (longest ${longest});` +
      ` longest gap between frames ${ms(scroll.longestGap)} (target: no task over 50 ms)`,
  );
}

export const VIEWS = { warmup: 5, runs: 41 };

function printPair(label, element, plain) {
  console.log(`  ${label.padEnd(34)} element   ${medianIqr(element)}`);
  console.log(`  ${''.padEnd(34)} plain     ${medianIqr(plain)}`);
  console.log(`  ${''.padEnd(34)} element / plain ${ratio(median(element) / median(plain))}`);
}

/**
 * 3. The balance, the summary with its chart and the dashboard's tab switches, with the data in
 * hand, against plain builds of the same views (scripts/bench/plain-views.mjs), alternating.
 * The page emulates reduced motion, so both charts draw at once instead of animating.
 */
export async function printViews(page) {
  const { warmup, runs } = VIEWS;
  console.log(
    `\nRender with the data in hand (cached client) vs plain JavaScript of the same view` +
      `\n  append or tab click → data rendered (chart drawn) → forced layout; median (IQR) of` +
      ` ${runs} alternating runs after ${warmup} warm-ups`,
  );
  for (const [label, name] of [
    ['balance (figure, runway, cost)', 'balance'],
    ['summary (4 cards, bar chart)', 'summary'],
  ]) {
    const r = await page.evaluate(([n, o]) => window.bench.views[n](o), [name, VIEWS]);
    printPair(label, r.element, r.plain);
    if (r.frames) console.log(`    note: ${r.frames} frame waits in timed runs`);
  }
  const d = await page.evaluate((o) => window.bench.views.dashboard(o), VIEWS);
  printPair(
    'dashboard: first open, Subscription',
    d['element first subscription'],
    d['plain first subscription'],
  );
  printPair('dashboard: first open, Billing', d['element first billing'], d['plain first billing']);
  printPair('dashboard: a tab opened before', d['element again'], d['plain again']);
}
