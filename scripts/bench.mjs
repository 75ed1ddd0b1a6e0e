// npm run bench: prints size and speed figures of the built library (run `npm run build` first).
// Figures, not pass/fail: machines here are shared and noisy, so compare runs, don't assert.
// Timings are medians of repeated runs; against a baseline, runs alternate with it in the same
// page and the ratio is printed.
//   - gzip size of the CDN file and of each chunk it loads on demand; the baseline (Lit, the
//     Chart.js parts) bundled alone; each npm entry bundled with its imports
//   - the usage table's first render with the data in hand, against a plain-DOM table
//   - the scroll view with 10,000 rows: each page's cost (first pages against last pages), rows
//     in the DOM, the element's render time per scroll position
//   - layout shift (CLS) of pages whose API answers late, at a desktop and a phone width
//   - each widget's height while loading and once loaded
// Parts: bench/server.mjs (pages, slow API), bench/page.mjs (timing in the page, with
// bench/plain-table.mjs and bench/data.mjs), bench/speed.mjs and bench/loading.mjs (figures).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { printBaselineAndEntries, printPageBytes } from './bench/bytes.mjs';
import { LOADING, printLoading } from './bench/loading.mjs';
import { startServer } from './bench/server.mjs';
import { printFirstRender, printScrollView } from './bench/speed.mjs';

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
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  console.log(
    `  dist/chunks/${chunk.padEnd(24)} ${kb(gz(join('dist/chunks', chunk)))}  (on demand)`,
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

  await printLoading(browser, origin);
} finally {
  await browser.close();
  server.close();
}
