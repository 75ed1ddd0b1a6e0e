// Loads the built CDN file (dist/credits-widgets.js) in headless Chromium on a page served with
// a strict Content-Security-Policy and Trusted Types enforced, against the demo's mock API, and
// fails on any CSP violation, page error or console error. Run after `npm run build`.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/credits-widgets.js"></script></head>
<body>
<credits-provider endpoint="/api/credits" admin>
  <credits-balance></credits-balance>
  <credits-monthly-summary></credits-monthly-summary>
  <credits-usage-table></credits-usage-table>
  <credits-purchase-history></credits-purchase-history>
  <credits-subscription></credits-subscription>
  <credits-billing></credits-billing>
  <credits-auto-top-up show-cost></credits-auto-top-up>
  <credits-alerts></credits-alerts>
  <credits-usage-breakdown></credits-usage-breakdown>
</credits-provider>
<credits-dashboard endpoint="/api/credits" admin tab="billing"></credits-dashboard>
</body></html>`;

// The mock API is TypeScript; Vite's SSR loader runs it without a separate build step.
const vite = await createViteServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'silent',
});
const { mockApiMiddleware } = await vite.ssrLoadModule('/demo/mock-api.ts');

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP });
    res.end(PAGE);
    return;
  }
  if (await serveDist(url.pathname, res)) return;
  mockApiMiddleware(req, res, () => {
    res.writeHead(404);
    res.end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const problems = [];
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('reportViolation', (v) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || e.sample}`),
    );
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(
    () => {
      const ready = (tag, sel) => document.querySelector(tag)?.shadowRoot?.querySelector(sel);
      return (
        ready('credits-balance', '[part~="value"]') &&
        ready('credits-monthly-summary', 'canvas') &&
        ready('credits-usage-table', 'tbody tr[part~="row"]') &&
        ready('credits-purchase-history', 'tbody tr[part~="row"]') &&
        ready('credits-auto-top-up', '[part~="rule"]') &&
        ready('credits-alerts', '[part~="form"]') &&
        ready('credits-usage-breakdown', 'meter')
      );
    },
    null,
    { timeout: 15_000 },
  );
  // Exercise the paths that create DOM at run time: a pop-out, the chart, the dashboard's tabs
  // and the top-up dialog (loaded on demand, like every element from the CDN file).
  await page.locator('credits-purchase-history button.info').first().click();
  // The automatic top-up's form (an admin's Change); the alerts draw theirs for admins at once.
  await page.locator('credits-provider credits-auto-top-up [part~="edit-button"]').click();
  await page.locator('credits-provider credits-auto-top-up form').waitFor({ timeout: 10_000 });
  await page.locator('credits-dashboard #tab-credits').click();
  await page.locator('credits-dashboard credits-balance [part~="purchase-button"]').click();
  await page.locator('credits-dashboard credits-top-up dialog[open]').waitFor({ timeout: 10_000 });
  await page.locator('credits-dashboard credits-top-up button', { hasText: 'Continue' }).click();
  await page.waitForTimeout(500);
} catch (e) {
  problems.push(`did not render: ${e.message}`);
} finally {
  await browser.close();
  server.close();
  await vite.close();
}

if (problems.length) {
  console.error(`Strict CSP check failed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Strict CSP + Trusted Types: every element rendered with no violation.');
