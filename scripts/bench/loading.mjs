// Figures 3 and 4: what the page does while the widgets load from an API that answers late
// (layout shift, and each widget's height while loading and once loaded).
import { layoutShiftSoFar, loadingHeights, observeLayoutShift, widgetsLoaded } from './probes.mjs';
import { EVERY, SLOW_API, WIDGETS } from './server.mjs';
import { median } from './stats.mjs';

export const LOADING = {
  delay: 300, // ms before the slow API answers
  settle: 1_500, // ms watched after every widget has loaded
  loads: 3, // loads of each CLS page (median printed)
  viewports: [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ],
};

const CLS_PAGES = [
  ['/cls/tables', 'three usage tables stacked', 'credits-usage-table'],
  ['/cls/tables-reserved', 'the same, with reserve.css', 'credits-usage-table'],
  ['/cls/column', 'balance, summary, usage, purchases', WIDGETS.join(',')],
  ['/cls/column-reserved', 'the same, with reserve.css', WIDGETS.join(',')],
  ['/cls/every', 'those, subscription and billing', EVERY.join(',')],
  ['/cls/every-reserved', 'the same, with reserve.css', EVERY.join(',')],
  ['/cls/dashboard', 'the dashboard (Credits tab)', 'credits-dashboard'],
  ['/cls/dashboard-reserved', 'the same, with reserve.css', 'credits-dashboard'],
];

/**
 * The dashboard's tab switches: Subscription, then Billing & Transactions, clicked for real, each
 * loading from the slow API; the layout shift counted from the first click on (shifts within
 * 500 ms of a click are the user's doing and do not count, as in CLS).
 */
async function tabSwitchShift(page, origin, settle) {
  await page.goto(`${origin}/cls/dashboard`);
  await loaded(page, 'credits-dashboard');
  const start = await page.evaluate(() => performance.now());
  for (const tab of ['#tab-subscription', '#tab-billing']) {
    await page.locator(`credits-dashboard ${tab}`).click();
    await loaded(page, 'credits-dashboard');
    await page.waitForTimeout(settle);
  }
  return page.evaluate(
    (from) => window.layoutShifts.filter(([t]) => t >= from).reduce((sum, [, v]) => sum + v, 0),
    start,
  );
}

async function openPage(browser, viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(observeLayoutShift);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  return { context, page };
}

/** Waits until every widget of `selector` has loaded; resolves to how many show an error. */
async function loaded(page, selector) {
  const state = await page.waitForFunction(widgetsLoaded, selector, { timeout: 15_000 });
  return (await state.jsonValue()).errors;
}

const cls = (values) => values.map((v) => v.toFixed(3)).join(', ');

/** 3. and 4. for every viewport; heights printed after all the CLS figures. */
export async function printLoading(browser, origin) {
  const { delay, settle, loads, viewports } = LOADING;
  console.log(
    `\nLayout shift (CLS) while loading, API answering after ${delay} ms: sum of the layout-shift` +
      `\nentries from navigation to ${settle} ms after every widget loaded, median of ${loads} loads;` +
      `\nsplit when the elements have upgraded: upgrade (the elements are empty until their code runs, then` +
      `\nshow their skeleton; a host holds that room with credits-widgets/reserve.css)` +
      ` + data (skeleton → data: the elements' own doing)`,
  );
  const heights = [];
  for (const viewport of viewports) {
    const { context, page } = await openPage(browser, viewport);
    console.log(`  viewport ${viewport.width}×${viewport.height}`);
    for (const [path, label, selector] of CLS_PAGES) {
      const runs = [];
      let errors = 0;
      for (let i = 0; i < loads; i++) {
        await page.goto(`${origin}${path}`);
        errors += await loaded(page, selector);
        await page.waitForTimeout(settle);
        runs.push(await page.evaluate(layoutShiftSoFar, SLOW_API));
      }
      const total = runs.map((r) => r.total);
      console.log(
        `    ${label.padEnd(36)} CLS ${median(total).toFixed(3)}   (loads ${cls(total)})` +
          (errors ? `; ${errors} widgets showed an error` : ''),
      );
      console.log(
        `    ${''.padEnd(36)} upgrade ${cls(runs.map((r) => r.beforeData))}` +
          ` + data ${cls(runs.map((r) => r.afterData))}`,
      );
    }
    const switching = [];
    for (let i = 0; i < loads; i++) switching.push(await tabSwitchShift(page, origin, settle));
    console.log(
      `    ${'dashboard tab switches'.padEnd(36)} CLS ${median(switching).toFixed(3)}   (runs ${cls(switching)})`,
    );
    for (const tag of WIDGETS) {
      await page.goto(`${origin}/alone/${tag}`);
      const h = await page.evaluate(loadingHeights, tag);
      await page.waitForTimeout(settle);
      h.settled = await page.evaluate(
        (sel) => Math.round(document.querySelector(sel).getBoundingClientRect().height),
        tag,
      );
      heights.push({ viewport, tag, ...h });
    }
    await context.close();
  }

  console.log(
    `\nHeight while loading (aria-busy="true") and once loaded, each widget alone, API after ${delay} ms`,
  );
  for (const { viewport, tag, loading, loaded: done, settled } of heights) {
    const change =
      loading === undefined
        ? 'loading state missed'
        : `${done >= loading ? '+' : ''}${done - loading} px`;
    console.log(
      `  ${`${viewport.width} wide`.padEnd(9)} ${tag.padEnd(25)} loading ${loading ?? '?'} px` +
        ` → loaded ${done} px (${change})` +
        (settled !== done ? `, ${settled} px ${settle} ms later` : ''),
    );
  }
}
