// Faults end to end: the built CDN file against a real HTTP server on 127.0.0.1 that speaks the
// contract (the demo's mock) and fails on demand. Every element is on the page; for each fault
// each must show the right state, recover with Retry once the server is well again, throw
// nothing uncaught and log no console error of its own (the browser's own "Failed to load
// resource" lines for 4xx/5xx answers are expected). Run after `npm run build`.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const ELEMENTS = [
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
  'credits-purchase-history',
  'credits-subscription',
  'credits-payments',
  'credits-billing-details',
  'credits-auto-top-up',
  'credits-alerts',
  'credits-usage-breakdown',
];

/** What the server does now: `ok`, a fault, or a fault for one resource only. */
let fault = { mode: 'ok' };

const errorBody = (message, code) => JSON.stringify({ error: { code, message } });

const vite = await createViteServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'silent',
});
const { answer } = await vite.ssrLoadModule('/demo/mock-api.ts');

function respond(res, status, body, contentType = 'application/json') {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function api(req, res, path, url) {
  const applies = !fault.path || path.startsWith(fault.path);
  const mode = applies ? fault.mode : 'ok';
  if (mode === 'hang') return; // never answers: the client's timeout ends it
  if (mode === '500')
    return respond(res, 500, errorBody('The credits service is down.', 'internal'));
  if (mode === '401') return respond(res, 401, errorBody('Session expired.', 'unauthenticated'));
  if (mode === '403') return respond(res, 403, errorBody('Not for your role.', 'forbidden'));
  if (mode === '429')
    return respond(res, 429, errorBody('Too many requests: wait a minute.', 'rate_limited'));
  if (mode === 'notjson') return respond(res, 200, '<html>Gateway page</html>', 'text/html');
  if (mode === 'slow') await new Promise((r) => setTimeout(r, 1200));
  if (mode === 'broken') {
    const broken = answer('broken', req.method, path, url, undefined);
    return respond(res, broken.status, JSON.stringify(broken.body));
  }
  if (path === '/transactions' && mode === 'emptycursor') {
    const cursor = url.searchParams.get('cursor');
    if (!cursor || cursor === 'e1') {
      return respond(res, 200, JSON.stringify({ items: [], nextCursor: cursor ? 'e2' : 'e1' }));
    }
    url.searchParams.delete('cursor');
  }
  if (path === '/transactions' && mode === 'loopcursor') {
    return respond(res, 200, JSON.stringify({ items: [], nextCursor: 'again' }));
  }
  const body = req.method === 'GET' ? undefined : await readJson(req);
  const result = answer('credits', req.method, path, url, body);
  respond(res, result.status, JSON.stringify(result.body));
}

function readJson(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data ? JSON.parse(data) : undefined));
  });
}

const PAGE = (endpoint, timeout) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="/dist/credits-widgets.js"></script></head>
<body><credits-provider id="provider" endpoint="${endpoint}" timeout="${timeout}" admin>
${ELEMENTS.map((t) => `<${t}></${t}>`).join('\n')}
</credits-provider></body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/')
    return respond(
      res,
      200,
      PAGE(url.searchParams.get('endpoint') ?? '/api/a', url.searchParams.get('timeout') ?? '1500'),
      'text/html',
    );
  const api_ = /^\/api\/[a-z0-9]+(\/.*)$/.exec(url.pathname);
  if (api_) return api(req, res, api_[1], url);
  if (await serveDist(url.pathname, res)) return;
  respond(res, 404, '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Every element's state: busy, the alert's text, whether its data shows. */
function states(tags) {
  const base = (el) => el.shadowRoot?.querySelector('[part~="base"]');
  return tags.map((tag) => {
    const el = document.querySelector(tag);
    return {
      tag,
      busy: base(el)?.getAttribute('aria-busy') ?? 'undefined',
      alert:
        el?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
        '',
      data: !!el?.shadowRoot?.querySelector(
        '[part~="value"], [part~="card"], tbody tr[part~="row"], [part~="badge"], [part~="details"], [part~="rules"], [part~="rule"], [part~="form"], meter, [part~="empty"]',
      ),
    };
  });
}

const settled = (tags) =>
  tags.every((tag) => {
    const busy = document
      .querySelector(tag)
      ?.shadowRoot?.querySelector('[part~="base"]')
      ?.getAttribute('aria-busy');
    return busy === 'false';
  });

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const failures = [];
let checks = 0;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(m.text());
  });
  const expect = (ok, message) => {
    checks++;
    if (!ok) failures.push(message);
  };

  async function scenario(name, set, says, { only } = {}) {
    fault = set;
    problems.length = 0;
    await page.goto(`${origin}/?endpoint=/api/${name.replace(/\W/g, '').toLowerCase()}`);
    await page.waitForFunction(settled, ELEMENTS, { timeout: 15_000 }).catch(() => {});
    const now = await page.evaluate(states, ELEMENTS);
    for (const s of now) {
      const affected = !only || only.includes(s.tag);
      if (affected) {
        expect(s.busy === 'false', `${name}: <${s.tag}> still busy`);
        expect(says.test(s.alert), `${name}: <${s.tag}> says "${s.alert}", expected ${says}`);
        expect(!s.data, `${name}: <${s.tag}> shows data in an error state`);
      } else {
        expect(s.data && !s.alert, `${name}: <${s.tag}> should be unaffected ("${s.alert}")`);
      }
    }
    // The server is well again: Retry on every alert brings the data.
    fault = { mode: 'ok' };
    for (const tag of ELEMENTS) {
      const retry = page.locator(`${tag} [role="alert"] button`, { hasText: 'Retry' });
      if (await retry.count()) await retry.first().click();
    }
    await page
      .waitForFunction(
        (tags) =>
          tags.every((t) =>
            document
              .querySelector(t)
              ?.shadowRoot?.querySelector(
                '[part~="value"], [part~="card"], tbody tr[part~="row"], [part~="badge"], [part~="details"], [part~="rules"], [part~="rule"], [part~="form"], meter, [part~="empty"]',
              ),
          ),
        ELEMENTS,
        { timeout: 10_000 },
      )
      .catch(() => failures.push(`${name}: Retry did not bring every element back`));
    expect(problems.length === 0, `${name}: ${problems.join('; ')}`);
  }

  await scenario('HTTP 500', { mode: '500' }, /The credits service is down\./);
  await scenario('HTTP 401', { mode: '401' }, /Your session has expired/);
  await scenario('HTTP 403', { mode: '403' }, /Not for your role\./);
  await scenario('HTTP 429', { mode: '429' }, /Too many requests: wait a minute\./);
  await scenario('No answer', { mode: 'hang' }, /took too long to answer/);
  await scenario('Not JSON', { mode: 'notjson' }, /the response is not JSON/);
  const broken = [
    ['/balance', 'credits-balance'],
    ['/usage/monthly', 'credits-monthly-summary'],
    ['/transactions', 'credits-usage-table'],
    ['/subscription', 'credits-subscription'],
    ['/payments', 'credits-payments'],
    ['/billing-details', 'credits-billing-details'],
    ['/auto-top-up', 'credits-auto-top-up'],
    ['/alerts', 'credits-alerts'],
    ['/usage/breakdown', 'credits-usage-breakdown'],
  ];
  for (const [path, tag] of broken) {
    const only = path === '/transactions' ? [tag, 'credits-purchase-history'] : [tag];
    await scenario(
      `Contract violation in ${path}`,
      { mode: 'broken', path },
      /cannot read\. .*Details for support/,
      {
        only,
      },
    );
  }

  // Slow answers: skeletons first, then the data, nothing else.
  fault = { mode: 'slow' };
  problems.length = 0;
  await page.goto(`${origin}/?endpoint=/api/slow&timeout=5000`);
  await page.waitForFunction(settled, ELEMENTS, { timeout: 15_000 });
  for (const s of await page.evaluate(states, ELEMENTS)) {
    expect(s.data && !s.alert, `slow: <${s.tag}> ended with "${s.alert}"`);
  }

  // Cursors: an empty page with a cursor is followed; a cursor that repeats is named.
  fault = { mode: 'emptycursor', path: '/transactions' };
  await page.goto(`${origin}/?endpoint=/api/cursor`);
  await page.waitForFunction(settled, ELEMENTS, { timeout: 15_000 });
  const usage = (await page.evaluate(states, ['credits-usage-table']))[0];
  expect(usage.data && !usage.alert, `empty page with a cursor: "${usage.alert}"`);
  fault = { mode: 'loopcursor', path: '/transactions' };
  await page.goto(`${origin}/?endpoint=/api/loop`);
  await page.waitForFunction(settled, ELEMENTS, { timeout: 15_000 });
  const loop = (await page.evaluate(states, ['credits-usage-table']))[0];
  expect(/nextCursor repeated "again"/.test(loop.alert), `repeating cursor: "${loop.alert}"`);

  // An endpoint switch in the middle of a slow load: the new one's data, never the old one's.
  fault = { mode: 'slow', path: '/balance' };
  await page.goto(`${origin}/?endpoint=/api/first&timeout=5000`);
  await page.evaluate(() => {
    document.getElementById('provider').endpoint = '/api/second';
  });
  await page.waitForFunction(settled, ELEMENTS, { timeout: 15_000 });
  const requested = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.endsWith('/balance')),
  );
  expect(
    requested.at(-1) === '/api/second/balance',
    `endpoint switch: last balance request ${requested.at(-1)}`,
  );
  expect((await page.evaluate(states, ['credits-balance']))[0].data, 'endpoint switch: no balance');

  // The network goes away and comes back.
  fault = { mode: 'ok' };
  await page.goto(`${origin}/?endpoint=/api/net`);
  await page.waitForFunction(settled, ELEMENTS, { timeout: 15_000 });
  await context.setOffline(true);
  await page.evaluate(() => document.querySelector('credits-balance').refresh());
  await page.waitForFunction(
    () => document.querySelector('credits-balance').shadowRoot.querySelector('[role="alert"]'),
    null,
    { timeout: 10_000 },
  );
  const offline = (await page.evaluate(states, ['credits-balance']))[0];
  expect(/offline/.test(offline.alert), `offline: "${offline.alert}"`);
  await context.setOffline(false);
  await page.locator('credits-balance [role="alert"] button').click();
  await page.waitForFunction(
    () => document.querySelector('credits-balance').shadowRoot.querySelector('[part~="value"]'),
    null,
    { timeout: 10_000 },
  );
} finally {
  await browser.close();
  server.close();
  await vite.close();
}

if (failures.length) {
  console.error(
    `Faults end to end: ${failures.length} of ${checks} checks failed:\n- ${failures.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(
  `Faults end to end: ${checks} checks passed (HTTP 500/401/403/429, no answer, not JSON, a violation per resource, slow, cursors, endpoint switch, offline)`,
);
