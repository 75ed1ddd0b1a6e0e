// Figures of whole pages loaded from a server: time from navigation to the data on screen
// against a plain-JavaScript page (plain-page.mjs), and how many requests each resource costs a
// page with the dashboard and two more widgets. Each navigation is a fresh browser context (no
// cache, as a first visit; every answer is sent with no-store).
import { median, medianIqr, ratio } from './stats.mjs';
import { setPlainStyles, startServer } from './server.mjs';

export const NAVIGATION = { warmup: 2, runs: 31, latencies: [0, 30] };

/** The elements' CSS as text, taken from the built elements on the bench page. */
export async function elementCss(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => window.bench);
  const css = await page.evaluate(async () => {
    // (Through the page's own import: an import() in an evaluated script closes the page.)
    const text = async (tag) =>
      (await window.bench.sheetsOf(tag))
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
    return {
      balance: await text('credits-balance'),
      summary: await text('credits-monthly-summary'),
      table: await text('credits-usage-table'),
    };
  });
  await context.close();
  return css;
}

async function timeToData(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => window.dataOnScreen, null, { timeout: 20_000 });
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return await page.evaluate(() => window.dataOnScreen);
  } finally {
    await context.close();
  }
}

/**
 * Navigation → the balance figure, a drawn chart and usage rows on screen, for our three
 * widgets from the CDN file and for the plain page, alternating; at each latency per answer.
 */
export async function printTimeToData(browser) {
  const { warmup, runs, latencies } = NAVIGATION;
  console.log(
    `\nTime to data on screen: navigation → balance figure, drawn chart and usage rows (a frame),` +
      `\n  our three widgets from the CDN file vs the same page in plain JavaScript, same server;` +
      ` median (IQR) of ${runs} alternating cold loads after ${warmup}`,
  );
  for (const latency of latencies) {
    const { server, origin } = await startServer({ delay: 0, latency });
    try {
      setPlainStyles(await elementCss(browser, origin));
      const times = { widgets: [], plain: [] };
      for (let i = 0; i < warmup + runs; i++) {
        for (const which of ['widgets', 'plain']) {
          const ms = await timeToData(browser, `${origin}/ttd/${which}`);
          if (i >= warmup) times[which].push(ms);
        }
      }
      const label = latency ? `${latency} ms per answer` : 'no added latency';
      console.log(`  ${label.padEnd(20)} widgets  ${medianIqr(times.widgets)}`);
      console.log(`  ${''.padEnd(20)} plain    ${medianIqr(times.plain)}`);
      // Each pair loaded back to back: the median of their ratios cancels the machine's drift.
      const pairs = times.widgets.map((t, i) => t / times.plain[i]);
      console.log(
        `  ${''.padEnd(20)} widgets / plain ${ratio(median(times.widgets) / median(times.plain))}` +
          ` (median of the per-pair ratios ${ratio(median(pairs))}; target ≤ 1.20×)`,
      );
    } finally {
      server.close();
    }
  }
}

/** Every credits element on the page, through shadow roots, has its data (none is busy). */
function allLoaded() {
  const all = [];
  const walk = (root) =>
    root.querySelectorAll('*').forEach((el) => {
      if (el.localName.startsWith('credits-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
  walk(document);
  // The dashboard and <credits-billing> only hold other elements: they load nothing.
  const bases = all
    .map((el) => el.shadowRoot?.querySelector('[part~="base"][aria-busy]'))
    .filter(Boolean);
  return bases.length > 0 && bases.every((base) => base.getAttribute('aria-busy') === 'false');
}

/**
 * The dashboard with every tab opened in turn (Credits, Subscription, Billing & Transactions,
 * Purchase History) and a standalone balance and usage table beside it: the API requests each
 * resource cost.
 */
export async function printRequests(browser) {
  const { server, origin, requests } = await startServer({ delay: 20 });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/requests/dashboard`);
    /** Waits for what `selectors` name (through shadow roots), then for every element's data. */
    const settle = async (...selectors) => {
      for (const s of selectors) await page.locator(s).first().waitFor({ timeout: 20_000 });
      await page.waitForFunction(allLoaded, null, { timeout: 20_000 });
    };
    const open = (tab) =>
      page.evaluate((t) => (document.querySelector('credits-dashboard').tab = t), tab);
    await settle('credits-dashboard credits-monthly-summary [part~="chart"] canvas');
    await open('subscription');
    await settle('credits-dashboard #panel-subscription credits-subscription [part~="badge"]');
    await open('billing');
    await settle(
      'credits-payments tbody tr[part~="row"]',
      'credits-billing-details [part~="base"]',
    );
    await open('credits');
    await page.locator('credits-dashboard [role="tab"]', { hasText: 'Purchase History' }).click();
    await settle('credits-purchase-history tbody tr[part~="row"]');
    // Anything a widget would ask for late (a second look) has time to show up.
    await page.waitForTimeout(500);
    const counts = new Map();
    for (const r of requests) counts.set(r, (counts.get(r) ?? 0) + 1);
    const repeated = [...counts.values()].filter((n) => n > 1).length;
    console.log(
      `\nRequests per resource: the dashboard (every tab opened) with a standalone balance and` +
        ` usage table beside it`,
    );
    for (const [resource, n] of [...counts].sort()) {
      console.log(`  ${String(n).padStart(2)} × GET ${resource}`);
    }
    console.log(
      `  ${requests.length} requests for ${counts.size} resources;` +
        ` ${repeated ? `${repeated} asked more than once` : 'each asked once'} (target: once each)`,
    );
  } finally {
    await context.close();
    server.close();
  }
}
