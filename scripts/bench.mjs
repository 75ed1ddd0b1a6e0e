// npm run bench: prints size and speed figures of the built library (run `npm run build` first).
// Figures, not pass/fail: machines here are shared and noisy, so compare runs, don't assert.
// Timings are medians of repeated runs; against a baseline, runs alternate with it in the same
// page and the ratio is printed.
//   - gzip size of the CDN file and of each chunk it loads on demand; the baseline (Lit, the
//     Chart.js parts) bundled alone; each npm entry bundled with its imports
//   - the usage table's first render with the data in hand, against a plain copy of its markup
//     and against a minimal table (the fewest nodes showing the same information); and with the
//     rows arriving after its skeleton, against the minimal table built once
//   - the scroll view with 10,000 rows: each page's cost (first pages against last pages), rows
//     in the DOM, the element's render time per scroll position, the longest task while scrolling
//   - the balance, the summary with its chart and the dashboard's tab switches with the data in
//     hand, each against a plain-JavaScript build of the same view
//   - time from navigation to data on screen for a page with the balance, the summary and the
//     usage table, against the same page in plain JavaScript, served the same way
//   - requests per resource for the dashboard (every tab) with two standalone widgets beside it
//   - layout shift (CLS) of pages whose API answers late, at a desktop and a phone width
//   - each widget's height while loading and once loaded
//   - a soak: the dashboard mounted and removed hundreds of times at several moments of its
//     load; DOM nodes, listeners and heap before and after, requests after the last removal
//   - server rendering: pages rendered on the server with their data (the balance, the balance
//     with the summary and the usage table, the dashboard) against the same views from a plain
//     server template: time to data, CLS with hydration, HTML bytes, server time, hydration
//     errors and requests
// `npm run bench -- soak table` runs only the parts named (see PARTS below).
// Parts: bench/server.mjs (pages, slow API), bench/page.mjs and bench/views.mjs (timing in the
// page, with the baselines bench/plain-table.mjs, bench/minimal-table.mjs, bench/plain-views.mjs,
// bench/plain-page.mjs and the data of bench/data.mjs), bench/soak-page.mjs (the soak's page),
// bench/speed.mjs, bench/navigation.mjs, bench/loading.mjs and bench/soak.mjs (figures);
// bench/ssr.mjs with its pages, bench/ssr-pages.mjs and bench/ssr-plain.mjs (server rendering).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { printBaselineAndEntries, printPageBytes } from './bench/bytes.mjs';
import { LOADING, printLoading } from './bench/loading.mjs';
import { printRequests, printTimeToData } from './bench/navigation.mjs';
import { startServer } from './bench/server.mjs';
import { printSoak } from './bench/soak.mjs';
import { printServerRendering } from './bench/ssr.mjs';
import { printFirstRender, printScrollView, printViews } from './bench/speed.mjs';

/** The parts of the bench, by the name that runs it alone; all of them without a name. */
const PARTS = ['size', 'table', 'scroll', 'views', 'navigation', 'loading', 'soak', 'ssr'];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !PARTS.includes(name));
if (unknown.length) {
  console.error(`Unknown bench part ${unknown.join(', ')}; the parts: ${PARTS.join(', ')}.`);
  process.exit(1);
}
const part = (name) => asked.length === 0 || asked.includes(name);

if (!existsSync('dist/credits-widgets.js')) {
  console.error('No dist/credits-widgets.js: run `npm run build` first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

if (part('size')) {
  console.log('Size (minified, gzip -9)');
  console.log(
    `  dist/credits-widgets.js        ${kb(gz('dist/credits-widgets.js'))}  (the loader; it imports the client)`,
  );
  /** When a page loads a chunk: the client with the loader, the core with any element. */
  const when = (chunk) =>
    chunk.startsWith('client-')
      ? 'every page: the loader imports it'
      : chunk.startsWith('core-')
        ? 'with the first element'
        : 'on demand';
  for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
    console.log(
      `  dist/chunks/${chunk.padEnd(24)} ${kb(gz(join('dist/chunks', chunk)))}  (${when(chunk)})`,
    );
  }

  await printBaselineAndEntries();
}

const { server, origin } = await startServer({ delay: LOADING.delay });
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  console.log(`\nHeadless Chromium ${browser.version()}`);
  if (part('size')) await printPageBytes(browser, origin);
  if (part('table') || part('scroll')) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => window.bench);
    if (part('table')) await printFirstRender(page, await page.evaluate(() => crossOriginIsolated));
    if (part('scroll')) await printScrollView(page);
    await context.close();
  }

  if (part('views')) {
    // Reduced motion: the summary's chart draws at once (as the plain one), not over 400 ms.
    const still = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      reducedMotion: 'reduce',
    });
    const views = await still.newPage();
    views.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await views.goto(`${origin}/bench.html`);
    await views.waitForFunction(() => window.bench);
    await printViews(views);
    await still.close();
  }

  if (part('navigation')) {
    await printTimeToData(browser);
    await printRequests(browser);
  }
  if (part('loading')) await printLoading(browser, origin);
  if (part('soak')) await printSoak(browser);
  if (part('ssr')) await printServerRendering(browser);
} finally {
  await browser.close();
  server.close();
}
