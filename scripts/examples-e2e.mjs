// npm run test:examples [name...]: builds each example app under examples/ against this
// package (packed by `npm pack` from the current build), starts it, loads its page in headless
// Chromium and checks that the page shows the widgets' data, logs no console error and no
// hydration warning, and (for server-rendered examples) that the data was in the first HTML.
// Slow (each app installs its framework): not in CI; run before each release.
//
// Each example has an example.json:
//   { "install": "npm install …", "build": "npm run build", "start": "node server.js",
//     "url": "/credits", "port": 4300, "expect": ["12,480"], "ssr": true }
// `start` must serve on `port` (the PORT environment variable is set to it) and answer the
// Credits API itself (the examples use the demo's mock API: examples/shared/mock-api.mjs).
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const ROOT = resolve('examples');
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
    const started = Date.now();
    let server;
    try {
      sh(spec.install, dir);
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
      if (spec.ssr) {
        for (const text of spec.expect) {
          if (!html.includes(text)) problems.push(`the first HTML lacks "${text}"`);
        }
      }
      const page = await (await browser.newContext()).newPage();
      page.on('console', (m) => {
        const text = m.text();
        if (m.type() === 'error') problems.push(`console error: ${text.slice(0, 200)}`);
        if (/hydrat/i.test(text)) problems.push(`hydration: ${text.slice(0, 200)}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message.slice(0, 200)}`));
      await page.goto(url);
      for (const text of spec.expect) {
        await page
          .getByText(text, { exact: false })
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => problems.push(`the page never showed "${text}"`));
      }
      await page.waitForTimeout(1000);
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
        : `ok   ${name} (${seconds} s): data shown${spec.ssr ? ', in the first HTML' : ''}, no console error, no hydration warning`,
    );
  }
} finally {
  await browser.close();
}

if (results.some((r) => r.problems.length)) process.exit(1);
