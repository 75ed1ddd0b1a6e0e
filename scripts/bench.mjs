// npm run bench: prints size and speed figures of the built library (run `npm run build` first).
// Figures, not pass/fail: machines here are shared and noisy, so compare runs, don't assert.
//   - gzip size of the CDN file and of each chunk it loads on demand
//   - the usage table's scroll view with 10,000 loaded rows: time to load and render every page,
//     rows in the DOM, and the element's render time per scroll position (median, p95, max)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

if (!existsSync('dist/credits-widgets.js')) {
  console.error('No dist/credits-widgets.js: run `npm run build` first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

console.log('Size (minified, gzip -9)');
console.log(
  `  dist/credits-widgets.js        ${kb(gz('dist/credits-widgets.js'))}  (every element, lit, valibot)`,
);
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  console.log(
    `  dist/chunks/${chunk.padEnd(24)} ${kb(gz(join('dist/chunks', chunk)))}  (on demand)`,
  );
}

const ROWS = 10_000;
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script type="module" src="/dist/credits-widgets.js"></script></head>
      <body><credits-usage-table endpoint="/api/bench" paging="scroll" page-size="100" locale="en-US">
      </credits-usage-table></body></html>`);
    return;
  }
  const file = normalize(join(process.cwd(), url.pathname));
  if (url.pathname.startsWith('/dist/') && existsSync(file)) {
    res.writeHead(200, {
      'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/json',
    });
    res.end(readFileSync(file));
    return;
  }
  res.writeHead(404);
  res.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await (
    await browser.newContext({ viewport: { width: 1200, height: 900 } })
  ).newPage();
  // The API answers in the page (no network time in the figures): pages of 100 rows.
  await page.addInitScript((total) => {
    const realFetch = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = new URL(String(input), location.href);
      if (!url.pathname.startsWith('/api/bench/transactions')) return realFetch(input, init);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 25);
      const end = Math.min(start + limit, total);
      const items = [];
      for (let n = start; n < end; n++) {
        items.push({
          id: `tx_${n}`,
          kind: 'usage',
          type: n % 9 ? 'photo_processing' : 'ai_image_rotation',
          credits: -((n % 300) + 5),
          createdAt:
            new Date(Date.UTC(2026, 10, 20) - n * 600_000).toISOString().slice(0, 19) + 'Z',
          event: { id: 1000 + (n % 40), name: `Event number ${n % 40}` },
          user: n % 6 ? { name: `Operator ${n % 11}` } : null,
        });
      }
      const body = { items, nextCursor: end < total ? String(end) : null, total };
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
  }, ROWS);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() =>
    document
      .querySelector('credits-usage-table')
      ?.shadowRoot?.querySelector('tbody tr[part~="row"]'),
  );

  const load = await page.evaluate(async () => {
    const el = document.querySelector('credits-usage-table');
    const busy = () =>
      el.shadowRoot.querySelector('[part~="base"]').getAttribute('aria-busy') === 'true';
    const t0 = performance.now();
    for (;;) {
      const before = el.shadowRoot.querySelector('[part~="pager"] [aria-live]')?.textContent ?? '';
      if (/^\s*10,000 of/.test(before)) break;
      el.loadMore();
      await el.updateComplete;
      while (busy()) await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
    }
    return {
      ms: performance.now() - t0,
      domRows: el.shadowRoot.querySelectorAll('tbody tr[part~="row"]').length,
    };
  });

  const scroll = await page.evaluate(async () => {
    const el = document.querySelector('credits-usage-table');
    const box = el.shadowRoot.querySelector('.table-wrap');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    // The element's own work per scroll position: render the window of rows for that position
    // (what its scroll handler asks for), timed from the state change to the finished update.
    const times = [];
    for (let i = 1; i <= 200; i++) {
      const row = Math.floor((9_990 * i) / 200);
      const t0 = performance.now();
      el.firstVisible = row;
      await el.updateComplete;
      times.push(performance.now() - t0);
      await frame();
    }
    box.scrollTop = box.scrollHeight;
    await frame();
    await frame();
    await el.updateComplete;
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.floor(times.length * 0.95)],
      max: times.at(-1),
      lastRow: [...el.shadowRoot.querySelectorAll('tbody tr[part~="row"]')]
        .at(-1)
        ?.getAttribute('aria-rowindex'),
    };
  });

  console.log(
    `\nUsage table, scroll view, ${ROWS.toLocaleString('en-US')} rows (headless Chromium)`,
  );
  console.log(`  load and render all 100 pages   ${load.ms.toFixed(0)} ms`);
  console.log(
    `  rows in the DOM                 ${load.domRows} of ${ROWS.toLocaleString('en-US')}`,
  );
  console.log(
    `  render per scroll position      median ${scroll.median.toFixed(2)} ms, p95 ${scroll.p95.toFixed(2)} ms, max ${scroll.max.toFixed(2)} ms (a 60 Hz frame is 16.7 ms)`,
  );
  console.log(`  scrolled to the end, last row   aria-rowindex ${scroll.lastRow}`);
} finally {
  await browser.close();
  server.close();
}
