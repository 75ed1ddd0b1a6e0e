// End-to-end check of the demo, as an integrator uses it: `npm start`'s dev server, and the
// static build (`npm run build:demo`, the mock API in a service worker) served by a plain
// static server. In headless Chromium: every element's first story loads; a control changes
// the element and the HTML snippet; an event shows up in the log; and the playground's own
// promises (playground-e2e.mjs): the URL keeps the story and the controls, search, theme,
// width, reset, the dashboard's tab in step with its control, docs, axe, the mock's sessions.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { checkPlayground, stageLoaded } from './playground-e2e.mjs';

const TAGS = [
  'credits-dashboard',
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
  'credits-purchase-history',
  'credits-subscription',
  'credits-payments',
  'credits-billing-details',
  'credits-billing',
  'credits-auto-top-up',
  'credits-alerts',
  'credits-usage-breakdown',
];

async function exercise(browser, origin, label) {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  const fail = (message) => {
    throw new Error(`${label}: ${message}${problems.length ? `\n${problems.join('\n')}` : ''}`);
  };

  for (const tag of TAGS) {
    await page.goto(`${origin}#/${tag}/0`);
    await page
      .waitForFunction(stageLoaded, null, { timeout: 15_000 })
      .catch(() => fail(`${tag} never loaded`));
    const title = await page.locator('#title').textContent();
    if (!title?.startsWith(`<${tag}>`)) fail(`the title of ${tag} reads "${title}"`);
    const errors = await page.locator('#stage [role="alert"]').count();
    if (errors) fail(`${tag} shows ${errors} error(s) in its first story`);
  }

  // A control changes the element and the snippet: the operator becomes an admin.
  await page.goto(`${origin}#/credits-balance/1`);
  await page.waitForFunction(stageLoaded);
  if (await page.locator('#stage [part~="purchase-button"]').count())
    fail('an operator sees Purchase Credits');
  await page.locator('#control-admin').check();
  await page.locator('#stage [part~="purchase-button"]').waitFor();
  if (!(await page.locator('#snippet').textContent()).includes(' admin>'))
    fail('the snippet missed admin');
  // An event shows up in the log (the Events tab), with its detail.
  await page.locator('#tab-events').click();
  await page.locator('#stage [part~="purchase-button"]').click();
  await page.locator('#log li', { hasText: 'credits-purchase' }).waitFor();
  if (!(await page.locator('#log li').first().textContent()).includes('"available"')) {
    fail('the log did not show the event detail');
  }
  // A select control: the usage table switches to the scroll view.
  await page.goto(`${origin}#/credits-usage-table/0`);
  await page.waitForFunction(stageLoaded);
  await page.locator('#tab-controls').click();
  await page.locator('#control-paging').selectOption('scroll');
  await page.locator('#stage credits-usage-table .table-wrap.scroll').waitFor();
  await checkPlayground(page, origin, fail);
  if (problems.length) fail('the console reported problems');
  await page.context().close();
  console.log(
    `${label}: ${TAGS.length} elements load their first story; controls, events, the URL, search, theme, width, reset, tab sync, docs, axe and the mock's sessions work`,
  );
}

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
let vite;
let staticServer;
try {
  vite = await createViteServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  await vite.listen();
  await exercise(browser, `${vite.resolvedUrls.local[0]}demo/`, 'npm start');

  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  staticServer = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join('dist-demo', path.endsWith('/') ? `${path}index.html` : path));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => staticServer.listen(0, '127.0.0.1', resolve));
  await exercise(browser, `http://127.0.0.1:${staticServer.address().port}/`, 'static build');
} finally {
  await browser.close();
  await vite?.close();
  staticServer?.close();
}
