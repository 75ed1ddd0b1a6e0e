// What a page pays in our JavaScript: every file of dist/ a page fetches, gzip -9 sizes summed.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { widgetsLoaded } from './probes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const PAGES = [
  ['/alone/credits-balance', 'a page with only <credits-balance>', 'credits-balance'],
  ['/alone/credits-usage-table', 'a page with only <credits-usage-table>', 'credits-usage-table'],
  ['/cls/dashboard', 'a page with <credits-dashboard> (Credits tab)', 'credits-dashboard'],
];

export async function printPageBytes(browser, origin) {
  console.log('\nOur JavaScript a page downloads (gzip -9, Chart.js counted apart)');
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [path, label, selector] of PAGES) {
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(widgetsLoaded, selector, { timeout: 15_000 });
    await page.waitForTimeout(300);
    const files = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((p) => p.startsWith('/dist/') && p.endsWith('.js')),
    );
    const sizes = files.map((f) => [f, gzipSync(readFileSync(`.${f}`), { level: 9 }).length]);
    const chart = sizes.filter(([f]) => /usage-chart/.test(f)).reduce((s, [, n]) => s + n, 0);
    const ours = sizes.filter(([f]) => !/usage-chart/.test(f)).reduce((s, [, n]) => s + n, 0);
    console.log(
      `  ${label.padEnd(48)} ${kb(ours)} in ${sizes.length - (chart ? 1 : 0)} files` +
        (chart ? ` (+ Chart.js ${kb(chart)})` : ''),
    );
  }
  await context.close();
}
