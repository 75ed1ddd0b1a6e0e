// npm run test:examples [name...]: builds each example app under examples/ against this
// package (packed by `npm pack` from the current build), starts it, loads its page in headless
// Chromium and checks that the page shows the widgets' data, logs no console error and no
// hydration warning, and that every credits-* element is drawn once: one `part="base"` in its
// shadow root (a composite without one: each of its top-level tags once), no declarative shadow
// root left unparsed in its light DOM, no more of a tag than the server drew, none still busy.
// For server-rendered examples also: the data was in the first HTML, with the page's cache
// script (`creditsCacheScript`), and during the load and the 2 s after it the browser asked the
// API for none of the answers that script holds (requests for anything else are counted: a
// widget the server did not preload loads in the browser).
// Slow (each app installs its framework): not in CI; run before each release.
//
// Each example has an example.json:
//   { "install": "npm install …", "build": "npm run build", "start": "node server.js",
//     "url": "/credits", "port": 4300, "expect": ["12,480"], "ssr": true }
// and, if its widgets reach the API elsewhere than /api/credits, "api": "/that/path".
// `start` must serve on `port` (the PORT environment variable is set to it) and answer the
// Credits API itself (the examples use the demo's mock API: examples/shared/mock-api.mjs).
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const ROOT = resolve('examples');
/** What the frameworks keep between builds (output and caches), removed before each build. */
const BUILD_CACHES = [
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.angular',
  '.astro',
  'dist',
  'node_modules/.cache',
  'node_modules/.vite',
];
const only = process.argv.slice(2);
const examples = readdirSync(ROOT).filter(
  (name) => existsSync(join(ROOT, name, 'example.json')) && (!only.length || only.includes(name)),
);
if (!examples.length) {
  console.error('No example to run (examples/<name>/example.json).');
  process.exit(1);
}

// The package as npm users get it: built, then packed into a tarball the examples install.
if (!existsSync('dist/credits-widgets.js')) execSync('npm run build', { stdio: 'inherit' });
rmSync('tmp/pack', { recursive: true, force: true });
execSync('mkdir -p tmp/pack && npm pack --silent --pack-destination tmp/pack', {
  stdio: 'inherit',
});
const tarball = resolve(
  'tmp/pack',
  readdirSync('tmp/pack').find((f) => f.endsWith('.tgz')),
);

const sh = (command, cwd) =>
  execSync(command, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, CREDITS_WIDGETS_TARBALL: tarball },
  });

/** How long after the page's load event requests still count as part of load and hydration. */
const SETTLE_MS = 2000;

/** `?b=2&a=1` and `?a=1&b=2` are the same query. */
function sameQuery(search) {
  const params = new URLSearchParams(search);
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The answers the first HTML hands the browser: each `<script data-credits-cache
 * data-endpoint="…">` of `creditsCacheScript`, as { base, keys } with `base` the endpoint's
 * path on the page's origin and `keys` the snapshot's entries (path and sorted query).
 */
function cacheScripts(html, pageUrl) {
  const out = [];
  for (const match of html.matchAll(
    /<script\b([^>]*\bdata-credits-cache\b[^>]*)>([\s\S]*?)<\/script>/g,
  )) {
    // (A framework's own payload may quote the same markup, escaped: not a script of the page.)
    const endpoint = /\bdata-endpoint="([^"\\]*)"/.exec(match[1])?.[1];
    if (endpoint === undefined) continue;
    const decoded = endpoint
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&amp;', '&');
    const url = new URL(decoded, pageUrl);
    let entries = {};
    try {
      entries = JSON.parse(match[2]).entries ?? {};
    } catch {
      // not JSON: reported as no answers
    }
    const keys = new Set(
      Object.keys(entries).map((key) => {
        const at = key.indexOf('?');
        return at < 0 ? key : key.slice(0, at) + sameQuery(key.slice(at));
      }),
    );
    out.push({ origin: url.origin, base: url.pathname.replace(/\/$/, ''), keys });
  }
  return out;
}

/** How many of each credits-* tag `html` has, declarative shadow roots included. */
function tagCounts(html) {
  const counts = {};
  for (const [, tag] of html.matchAll(/<(credits-[a-z0-9-]+)[\s>/]/g))
    counts[tag] = (counts[tag] ?? 0) + 1;
  return counts;
}

/**
 * In the page: every credits-* element, in the document and in shadow roots, with what it drew:
 * its `part="base"` count, a composite's (no base) top-level tags drawn more than once, a
 * `<template shadowrootmode>` left in its light DOM, and whether its base is busy.
 */
function drawnWidgets() {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('credits-')) {
        const shadow = el.shadowRoot;
        const top = shadow
          ? [...shadow.children].filter((c) => !['style', 'link', 'script'].includes(c.localName))
          : [];
        const seen = {};
        for (const c of top) seen[c.localName] = (seen[c.localName] ?? 0) + 1;
        found.push({
          tag: el.localName,
          shadow: !!shadow,
          bases: shadow ? shadow.querySelectorAll('[part~="base"]').length : 0,
          top: top.length,
          twice: Object.keys(seen).filter((tag) => seen[tag] > 1),
          unparsed: [...el.children].some(
            (c) =>
              c.localName === 'template' &&
              (c.hasAttribute('shadowrootmode') || c.hasAttribute('shadowroot')),
          ),
          busy: shadow ? !!shadow.querySelector('[part~="base"][aria-busy="true"]') : false,
        });
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** What `drawnWidgets()` found that is not one widget drawn once, in words. */
function drawnOnce(widgets, serverCounts) {
  const problems = [];
  const counts = {};
  for (const w of widgets) {
    counts[w.tag] = (counts[w.tag] ?? 0) + 1;
    if (!w.shadow) problems.push(`<${w.tag}> has no shadow root (never drawn)`);
    else if (w.bases > 1)
      problems.push(`<${w.tag}> is drawn ${w.bases} times (${w.bases} part="base")`);
    else if (w.bases === 0 && w.twice.length)
      problems.push(
        `<${w.tag}> is drawn twice: its shadow root has ${w.twice.map((t) => `<${t}>`).join(', ')} more than once`,
      );
    if (w.unparsed)
      problems.push(
        `<${w.tag}> has a server-drawn <template shadowrootmode> left in its light DOM`,
      );
    if (w.busy)
      problems.push(`<${w.tag}> is still busy (its skeleton) ${SETTLE_MS / 1000} s after load`);
  }
  if (serverCounts) {
    for (const [tag, n] of Object.entries(counts)) {
      if (n > (serverCounts[tag] ?? 0) && serverCounts[tag])
        problems.push(
          `${n} <${tag}> in the page, ${serverCounts[tag]} in the first HTML: drawn again beside the server's`,
        );
    }
  }
  return [...new Set(problems)];
}

async function waitForServer(url, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

const results = [];
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  for (const name of examples) {
    const dir = join(ROOT, name);
    const spec = JSON.parse(readFileSync(join(dir, 'example.json'), 'utf8'));
    const problems = [];
    const checks = {};
    const started = Date.now();
    let server;
    try {
      sh(spec.install, dir);
      // A framework's build cache keys the package by its version, which a change here does not
      // move: Next.js built the previous package's code until .next went (a fix seemed to fail).
      for (const cache of BUILD_CACHES) rmSync(join(dir, cache), { recursive: true, force: true });
      if (spec.build) sh(spec.build, dir);
      server = spawn('sh', ['-c', spec.start], {
        cwd: dir,
        env: { ...process.env, PORT: String(spec.port), CREDITS_WIDGETS_TARBALL: tarball },
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
      });
      const url = `http://127.0.0.1:${spec.port}${spec.url}`;
      await waitForServer(url);
      const html = await (await fetch(url)).text();
      const caches = spec.ssr ? cacheScripts(html, url) : [];
      // Where the browser's widgets reach the API (the cache scripts' endpoints and the app's
      // `api`, /api/credits by default), and what the server answered, under any of them.
      const origin = new URL(url).origin;
      const bases = [
        ...new Set([
          ...caches.filter((c) => c.origin === origin).map((c) => c.base),
          (spec.api ?? '/api/credits').replace(/\/$/, ''),
        ]),
      ];
      const answered = new Set(caches.flatMap((c) => [...c.keys]));
      if (spec.ssr) {
        for (const text of spec.expect) {
          if (!html.includes(text)) problems.push(`the first HTML lacks "${text}"`);
        }
        if (!caches.length) problems.push('the first HTML has no credits cache script');
      }
      const page = await (await browser.newContext()).newPage();
      page.on('console', (m) => {
        const text = m.text();
        if (m.type() === 'error') problems.push(`console error: ${text.slice(0, 200)}`);
        if (/hydrat/i.test(text)) problems.push(`hydration: ${text.slice(0, 200)}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message.slice(0, 200)}`));
      // The API's GETs until SETTLE_MS after the load event: load and hydration.
      let loadedAt = Infinity;
      const asked = [];
      page.on('request', (request) => {
        if (request.method() !== 'GET' || Date.now() > loadedAt + SETTLE_MS) return;
        const u = new URL(request.url());
        const base = bases.find((b) => u.pathname.startsWith(`${b}/`));
        if (u.origin !== origin || base === undefined) return;
        const key = u.pathname.slice(base.length) + sameQuery(u.search);
        asked.push({ key, again: answered.has(key) });
      });
      await page.goto(url, { waitUntil: 'load' });
      loadedAt = Date.now();
      for (const text of spec.expect) {
        await page
          .getByText(text, { exact: false })
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => problems.push(`the page never showed "${text}"`));
      }
      await page.waitForTimeout(Math.max(1000, loadedAt + SETTLE_MS - Date.now()));
      const widgets = await page.evaluate(drawnWidgets);
      if (!widgets.length) problems.push('the page has no credits-* element');
      problems.push(...drawnOnce(widgets, spec.ssr ? tagCounts(html) : null));
      const again = asked.filter((a) => a.again).map((a) => a.key);
      if (again.length)
        problems.push(`the browser asked again for what the server answered: ${again.join(', ')}`);
      checks.widgets = widgets.length;
      checks.asked = asked.filter((a) => !a.again).map((a) => a.key);
      await page.context().close();
    } catch (e) {
      problems.push(String(e.message ?? e).split('\n')[0]);
    } finally {
      if (server) {
        try {
          process.kill(-server.pid);
        } catch {
          // already gone
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    results.push({ name, problems, seconds });
    console.log(
      problems.length
        ? `FAIL ${name} (${seconds} s)\n${problems.map((p) => `  - ${p}`).join('\n')}`
        : `ok   ${name} (${seconds} s): data shown${spec.ssr ? ', in the first HTML' : ''}, no console error, no hydration warning, ${checks.widgets} widgets drawn once${
            spec.ssr
              ? `, nothing the server answered asked again (${checks.asked.length} other API GET${checks.asked.length === 1 ? '' : 's'}${checks.asked.length ? `: ${checks.asked.join(', ')}` : ''})`
              : ''
          }`,
    );
  }
} finally {
  await browser.close();
}

if (results.some((r) => r.problems.length)) process.exit(1);
