// Two copies of credits-widgets on one page, as two micro-frontends (or a server and a client
// bundle of one app) load them: each copy is src/index.ts bundled on its own with its own Lit.
// Neither may throw; the first copy's elements stand, the second's define step leaves them
// alone (and warns once per tag when it is another version), and both copies' APIs work with
// the elements on the page. Also the CDN file beside an npm bundle, when dist/ is built.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { build, createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const OUT = 'tmp/copies';
// Every tag the library defines (the CDN loader's list): a second copy warns once for each.
const TAGS = [
  ...readFileSync('src/autoload.ts', 'utf8').matchAll(/^\s*'(credits-[a-z-]+)': \(\) =>/gm),
].length;

/** src/index.ts bundled alone (Lit included) into tmp/copies/<name>/, claiming `version`. */
async function bundle(name, version) {
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [
      {
        name: 'copy-version',
        transform(code, id) {
          return id.endsWith('/src/version.ts')
            ? code.replace(/VERSION = (['"])[^'"]+\1/, `VERSION = '${version}'`)
            : null;
        },
      },
    ],
    build: {
      outDir: `${OUT}/${name}`,
      emptyOutDir: true,
      minify: true,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
    },
  });
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await bundle('a', '0.1.0');
await bundle('b', '0.1.0');
await bundle('other', '9.9.9');

const BODY = `<credits-provider endpoint="/api/credits" admin>
  <credits-balance></credits-balance>
  <credits-usage-table></credits-usage-table>
</credits-provider>
<credits-dashboard endpoint="/api/credits"></credits-dashboard>
<div id="late"></div>`;

/** A page that loads `scripts` in order, each copy's exports kept as window.copies[i]. */
const page = (scripts) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module">
  window.copies = [];
  for (const src of ${JSON.stringify(scripts)}) window.copies.push(await import(src));
  window.loaded = true;
</script></head>
<body>${BODY}</body></html>`;

const SCENARIOS = [
  {
    name: 'two bundles of the same version',
    scripts: ['/copies/a/index.js', '/copies/b/index.js'],
    warnings: 0,
  },
  {
    name: 'two bundles of different versions',
    scripts: ['/copies/a/index.js', '/copies/other/index.js'],
    warnings: TAGS,
  },
];
if (existsSync('dist/credits-widgets.js')) {
  SCENARIOS.push({
    name: 'the CDN file, then an npm bundle',
    scripts: ['/dist/credits-widgets.js', '/copies/a/index.js'],
    warnings: 0,
  });
}

const vite = await createViteServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'silent',
});
const { mockApiMiddleware } = await vite.ssrLoadModule('/demo/mock-api.ts');
let current;
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(page(current.scripts));
    return;
  }
  if (url.pathname.startsWith('/copies/')) {
    const file = `${OUT}/${url.pathname.slice('/copies/'.length)}`;
    if (existsSync(file)) {
      const { readFileSync } = await import('node:fs');
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(readFileSync(file));
      return;
    }
  }
  if (await serveDist(url.pathname, res)) return;
  mockApiMiddleware(req, res, () => {
    res.writeHead(404);
    res.end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const failures = [];
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  for (const scenario of SCENARIOS) {
    current = scenario;
    const problems = [];
    const warnings = [];
    const tab = await (await browser.newContext()).newPage();
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      if (m.type() === 'warning' && m.text().startsWith('credits-widgets:'))
        warnings.push(m.text());
    });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await tab.goto(`http://127.0.0.1:${port}/`);
      await tab.waitForFunction(() => window.loaded, null, { timeout: 10_000 });
      // The markup's elements show their data.
      await tab.locator('credits-balance [part~="value"]').first().waitFor({ timeout: 15_000 });
      await tab.locator('credits-usage-table tbody tr[part~="row"]').first().waitFor();
      await tab.locator('credits-dashboard credits-balance [part~="value"]').waitFor();
      // Each copy's API drives the page's elements: a client of the last copy, handed to an
      // element the first copy defined, is used; an event class of the first copy is exported.
      const worked = await tab.evaluate(async () => {
        const last = window.copies.at(-1);
        const el = document.createElement('credits-subscription');
        el.client = new last.CreditsClient({ endpoint: '/api/credits' });
        document.getElementById('late').append(el);
        for (let i = 0; i < 100; i++) {
          if (el.shadowRoot?.querySelector('.plan-badge:not(.skeleton-text)')) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        return {
          plan: !!el.shadowRoot?.querySelector('.plan-badge:not(.skeleton-text)'),
          events: window.copies.every((c) => typeof c.CreditsPurchaseEvent === 'function'),
        };
      });
      if (!worked.plan) problems.push('an element did not load with the last copy’s client');
      if (!worked.events) problems.push('a copy does not export its event classes');
    } catch (e) {
      problems.push(`did not render: ${e.message.split('\n')[0]}`);
    }
    if (warnings.length !== scenario.warnings) {
      problems.push(
        `expected ${scenario.warnings} warning(s) of ours, got ${warnings.length}: ${warnings.slice(0, 2).join(' | ')}`,
      );
    }
    await tab.context().close();
    if (problems.length)
      failures.push(`${scenario.name}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    else console.log(`ok: ${scenario.name} (${warnings.length} warning(s) of ours)`);
  }
} finally {
  await browser.close();
  server.close();
  await vite.close();
}

if (failures.length) {
  console.error(`Two copies on one page failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('Two copies of the library on one page: no error, and both work.');
