// npm run bench: prints size and speed figures of the built library (run `npm run build` first).
// Figures, not pass/fail: machines here are shared and noisy, so compare runs, don't assert.
// Timings are medians of repeated runs; against a baseline, runs alternate with it in the same
// page and the ratio is printed.
//   - gzip size of the CDN file and of each chunk it loads on demand; the baseline (Lit, the
//     Chart.js parts) bundled alone; each npm entry bundled with its imports
//   - the usage table's first render with the data in hand, against a plain-DOM table
//   - the scroll view with 10,000 rows: each page's cost (first pages against last pages), rows
//     in the DOM, the element's render time per scroll position, the longest task while scrolling
//   - the balance, the summary with its chart and the dashboard's tab switches with the data in
//     hand, each against a plain-JavaScript build of the same view
//   - time from navigation to data on screen for a page with the balance, the summary and the
//     usage table, against the same page in plain JavaScript, served the same way
//   - requests per resource for the dashboard (every tab) with two standalone widgets beside it
//   - layout shift (CLS) of pages whose API answers late, at a desktop and a phone width
//   - each widget's height while loading and once loaded
// Parts: bench/server.mjs (pages, slow API), bench/page.mjs and bench/views.mjs (timing in the
// page, with the baselines bench/plain-table.mjs, bench/plain-views.mjs, bench/plain-page.mjs and
// the data of bench/data.mjs), bench/speed.mjs, bench/navigation.mjs and bench/loading.mjs
// (figures).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { printBaselineAndEntries, printPageBytes } from './bench/bytes.mjs';
import { LOADING, printLoading } from './bench/loading.mjs';
import { printRequests, printTimeToData } from './bench/navigation.mjs';
import { startServer } from './bench/server.mjs';
import { printFirstRender, printScrollView, printViews } from './bench/speed.mjs';

if (!existsSync('dist/credits-widgets.js')) {
  console.error('No dist/credits-widgets.js: run `npm run build` first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

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

const { server, origin } = await startServer({ delay: LOADING.delay });
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  console.log(`\nHeadless Chromium ${browser.version()}`);
  await printPageBytes(browser, origin);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => window.bench);
  await printFirstRender(page, await page.evaluate(() => crossOriginIsolated));
  await printScrollView(page);
  await context.close();

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

  await printTimeToData(browser);
  await printRequests(browser);
  await printLoading(browser, origin);
} finally {
  await browser.close();
  server.close();
}
