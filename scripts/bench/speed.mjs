// Figures 1 and 2: render speed of the usage table, measured in /bench.html (scripts/bench/page.mjs
// does the timing in the page; this prints it), and 3: the other views against plain builds.
import { median, medianIqr, ms, quantile, ratio } from './stats.mjs';

export const FIRST_RENDER = { sizes: [25, 100], warmup: 3, runs: 31 };
export const SCROLL = { rows: 10_000, pageSize: 100, warmupPages: 10, fills: 3 };

/** `element / baseline 1.32× (median of the per-run ratios 1.30×)` */
function printRatio(label, element, baseline) {
  const pairs = element.map((t, i) => t / baseline[i]);
  console.log(
    `            ${label} ${ratio(median(element) / median(baseline))}` +
      ` (median of the per-run ratios ${ratio(median(pairs))})`,
  );
}

/**
 * 1. The usage table's first render, alternating runs: with the data in hand against the plain
 * copy of its markup (plain-table.mjs) and against the minimal table (minimal-table.mjs); then
 * with the rows arriving after the skeleton (skeleton + rows) against the minimal table built
 * once from the same answer.
 */
export async function printFirstRender(page, isolated) {
  const { sizes, warmup, runs } = FIRST_RENDER;
  const timer = isolated ? '' : ' (timer resolution 100 µs)';
  console.log(
    `\nUsage table, first render with the data in hand (cached client), against two baselines:` +
      `\n  plain copy: the same markup and stylesheets built with plain DOM (what our rendering` +
      ` machinery costs);\n  minimal: a plain <table>, caption, header cells and one cell of text` +
      ` per value, nothing else (what the design costs too)` +
      `\n  append → rows rendered → forced layout; median (IQR) of ${runs} alternating rounds` +
      ` after ${warmup} warm-ups${timer}`,
  );
  for (const size of sizes) {
    const r = await page.evaluate(
      ([n, options]) => window.bench.firstRender(n, options),
      [size, FIRST_RENDER],
    );
    console.log(`  ${String(size).padStart(3)} rows  element     ${medianIqr(r.element)}`);
    console.log(`            plain copy  ${medianIqr(r.plain)}`);
    console.log(`            minimal     ${medianIqr(r.minimal)}`);
    printRatio('element / plain copy', r.element, r.plain);
    printRatio('element / minimal   ', r.element, r.minimal);
    if (r.fetches || r.frames) {
      console.log(`            note: ${r.fetches} fetches, ${r.frames} frame waits in timed runs`);
    }
  }
  console.log(
    `\nUsage table, rows arriving after the skeleton: append → skeleton laid out, then (a frame` +
      ` later) answer handed\n  to the client → rows laid out, summed; against the minimal table` +
      ` built once from the same JSON (parse, build,\n  layout); median (IQR) of ${runs}` +
      ` alternating pairs after ${warmup} warm-ups${timer}`,
  );
  for (const size of sizes) {
    const r = await page.evaluate(
      ([n, options]) => window.bench.afterSkeleton(n, options),
      [size, FIRST_RENDER],
    );
    console.log(
      `  ${String(size).padStart(3)} rows  element     ${medianIqr(r.element)}` +
        `\n            (skeleton ${ms(median(r.skeleton))} + rows ${ms(median(r.rows))})`,
    );
    console.log(`            minimal     ${medianIqr(r.minimal)}`);
    printRatio('skeleton + rows / minimal', r.element, r.minimal);
    if (r.frames) console.log(`            note: ${r.frames} frame waits in timed runs`);
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
    ['usage breakdown (5 events, Other, total)', 'breakdown'],
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
