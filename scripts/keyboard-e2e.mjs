// A keyboard-only walk through the whole dashboard, end to end: the built CDN file on a page
// served over HTTP with the demo's mock API behind it, driven only by key presses (Tab,
// Shift+Tab, arrows, Enter, Space, Escape and typing; no clicks, no focus() calls). Through the
// plan header and the tabs, the balance's top-up dialog, the Credit Usage / Purchase History
// tabs and their rows' pop-outs, a pending payment's Recheck and the billing details form.
// At every stop the focused element (found through shadow roots) must be the expected one and
// show a focus indicator; each named step saves a screenshot in test-results/keyboard/.
// Run after `npm run build`.
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const OUT = 'test-results/keyboard';
const started = Date.now();

const vite = await createViteServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'silent',
});
const { answer } = await vite.ssrLoadModule('/demo/mock-api.ts');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Credits</title>
<script type="module" src="/dist/credits-widgets.js"></script>
<style>body { margin: 0 auto; padding: 1.5rem; max-width: 72rem; font-family: system-ui; }</style>
</head><body><main><h1>Credits</h1>
<credits-dashboard endpoint="/api/credits" admin locale="en-US"></credits-dashboard>
</main></body></html>`;

function respond(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readJson(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data ? JSON.parse(data) : undefined));
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/') return respond(res, 200, PAGE, 'text/html');
  const api = /^\/api\/([a-z]+)(\/.*)$/.exec(url.pathname);
  if (api) {
    const body = req.method === 'GET' ? undefined : await readJson(req);
    const result = answer(api[1], req.method, api[2], url, body);
    // The mock's delays (a recheck takes a moment) keep the busy states visible.
    await new Promise((r) => setTimeout(r, result.delay ?? 0));
    return respond(res, result.status, JSON.stringify(result.body));
  }
  if (await serveDist(url.pathname, res)) return;
  respond(res, 404, '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

/**
 * The focused element, followed through every shadow root (`activeElement` of each), with
 * what identifies it and whether it shows a focus indicator: an outline that is drawn (a style,
 * a width, a colour that is not transparent) or a box shadow.
 */
function focused() {
  let el = document.activeElement;
  const hosts = [];
  while (el?.shadowRoot?.activeElement) {
    hosts.push(el.localName);
    el = el.shadowRoot.activeElement;
  }
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const transparent = /^transparent$|rgba\(.*,\s*0\)$/.test(s.outlineColor);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent;
  const shadow = s.boxShadow !== 'none';
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent;
  const r = el.getBoundingClientRect();
  return {
    hosts: hosts.join(' > '),
    tag: el.localName,
    role: el.getAttribute('role') ?? '',
    name: (label ?? '').replace(/\s+/g, ' ').trim(),
    selected: el.getAttribute('aria-selected'),
    expanded: el.getAttribute('aria-expanded'),
    checked: el.checked ?? null,
    value: el.value ?? null,
    indicator: outline || shadow,
    // A date field's calendar button (a part of the browser's own) has the focus: the field is
    // the active element but matches no :focus, and the ring is the browser's, not readable.
    picker: el.type === 'date' && !el.matches(':focus'),
    style: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`,
    inView: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
  };
}

const describe = (f) =>
  f
    ? `<${f.tag}${f.role ? ` role=${f.role}` : ''}> "${f.name.slice(0, 60)}"${f.picker ? ' (its calendar button)' : ''}${f.hosts ? ` in ${f.hosts}` : ''}`
    : 'nothing (the page body)';

/** Whether the focus state `f` is what `want` describes (each field a string or a RegExp). */
function matches(f, want) {
  if (!f) return false;
  return Object.entries(want).every(([key, expected]) =>
    expected instanceof RegExp ? expected.test(String(f[key])) : String(f[key]) === expected,
  );
}

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const problems = [];
let shots = 0;
let stops = 0;
try {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const shown = (selector, timeout = 10_000) => page.locator(selector).first().waitFor({ timeout });
  await shown('credits-balance [part~="value"]');
  await shown('credits-usage-table tbody tr[part~="row"]');

  let step = 0;
  let current = '';
  /** A named step: its checks run with `current` naming it in any failure. */
  async function at(name, run) {
    step += 1;
    current = `${String(step).padStart(2, '0')}-${name}`;
    try {
      await run();
    } catch (e) {
      await page.screenshot({ path: `${OUT}/${current}-FAILED.png` }).catch(() => {});
      throw new Error(`Keyboard walk, step ${current}: ${e.message}`);
    }
  }

  /** The focus is where `want` says, drawn, and on screen. */
  async function expectFocus(want, what) {
    const f = await page.evaluate(focused);
    if (!matches(f, want)) throw new Error(`expected the focus on ${what}, found ${describe(f)}`);
    if (!(await drawn(f)))
      throw new Error(`no visible focus indicator on ${describe(f)} (${f.style})`);
    if (!f.inView) throw new Error(`${describe(f)} has the focus but is off screen`);
    return f;
  }

  /**
   * Date fields as they look without the focus, by host and label, taken before the walk
   * reaches them: a stop on a field's calendar button must look different (the browser's ring).
   */
  const unfocused = new Map();
  const dateField = (host, name) => page.locator(host).getByLabel(name, { exact: true });
  async function rememberDateFields(host) {
    for (const input of await page.locator(`${host} input[type="date"]`).all()) {
      // The label's own words (its text nodes), without the field inside it.
      const name = await input.evaluate((i) =>
        [...i.labels[0].childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      );
      unfocused.set(`${host} ${name}`, await dateField(host, name).screenshot());
    }
  }
  async function pickerRingShows(f) {
    const host = f.hosts.split(' > ').at(-1);
    const before = unfocused.get(`${host} ${f.name}`);
    if (!before) throw new Error(`no unfocused picture of the date field "${f.name}" in ${host}`);
    const now = await dateField(host, f.name).screenshot();
    return !now.equals(before);
  }
  /** Whether the focus at `f` is drawn: our indicator, or the browser's ring on a calendar button. */
  const drawn = async (f) => f.indicator || (f.picker && (await pickerRingShows(f)));

  async function shot() {
    shots += 1;
    await page.screenshot({ path: `${OUT}/${current}.png` });
  }

  /** Presses `key` until the focus is on `want` (each stop on the way must show its focus). */
  async function move(key, want, what, max = 80) {
    const seen = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      stops += 1;
      const f = await page.evaluate(focused);
      if (matches(f, want)) return expectFocus(want, what);
      if (!f) throw new Error(`${key} left the focus on the page body, after ${seen.at(-1)}`);
      if (!(await drawn(f))) {
        throw new Error(`no visible focus indicator on ${describe(f)} (${f.style})`);
      }
      seen.push(describe(f));
    }
    throw new Error(`${max} × ${key} never reached ${what}; went through:\n  ${seen.join('\n  ')}`);
  }

  const keys = async (...pressed) => {
    for (const k of pressed) await page.keyboard.press(k);
  };
  /** Runs `fn` on the first element a piercing selector finds. */
  const read = (selector, fn) => page.locator(selector).first().evaluate(fn);
  const tab = (name) => ({ role: 'tab', name, hosts: 'credits-dashboard' });

  await rememberDateFields('credits-usage-table');
  await at('plan-header-then-credits-tab', async () => {
    // Nothing in the plan header takes the focus: the first stop is the open tab.
    await move('Tab', { ...tab('Credits'), selected: 'true' }, 'the Credits tab', 1);
    await shot();
  });
  await at('tabs-arrow-right', async () => {
    await keys('ArrowRight');
    await expectFocus({ ...tab('Subscription'), selected: 'true' }, 'the Subscription tab');
    await shown('credits-dashboard #panel-subscription credits-subscription [part~="badge"]');
    await shot();
  });
  await at('tabs-end', async () => {
    await keys('End');
    await expectFocus({ ...tab('Billing & Transactions'), selected: 'true' }, 'the Billing tab');
    await shot();
  });
  await at('tabs-home', async () => {
    await keys('Home');
    await expectFocus({ ...tab('Credits'), selected: 'true' }, 'the Credits tab again');
    await shot();
  });
  await at('credits-panel', async () => {
    await move('Tab', { role: 'tabpanel', hosts: 'credits-dashboard' }, 'the Credits panel', 1);
    await shot();
  });
  await at('purchase-credits', async () => {
    await move('Tab', { name: 'Purchase Credits', hosts: /credits-balance$/ }, 'Purchase Credits');
    await shot();
  });
  await at('top-up-opens-on-a-bundle', async () => {
    await keys('Enter');
    await shown('credits-top-up dialog[open] .bundle .price:not(:empty)');
    await expectFocus(
      { tag: 'input', name: /^3,000 credits/, checked: 'true', hosts: /credits-top-up$/ },
      'the chosen bundle in the top-up dialog',
    );
    await shot();
  });
  await at('top-up-pick-10000', async () => {
    await keys('ArrowDown');
    await expectFocus({ tag: 'input', name: /^10,000 credits/, checked: 'true' }, '10,000');
    await shot();
  });
  await at('top-up-continue', async () => {
    await move('Tab', { tag: 'button', name: 'Continue', hosts: /credits-top-up$/ }, 'Continue');
    const kept = await read(
      'credits-top-up input[name="bundle"]:checked',
      (i) => i.labels[0].textContent,
    );
    if (!/10,000 credits/.test(kept)) throw new Error(`tabbing changed the choice to "${kept}"`);
    await shot();
  });
  await at('top-up-review', async () => {
    await keys('Enter');
    await shown('credits-top-up dialog[open] .review');
    const review = await read('credits-top-up .review', (d) => d.textContent.replace(/\s+/g, ' '));
    if (!/Credits 10,000/.test(review)) throw new Error(`the review says "${review}"`);
    await expectFocus({ tag: 'button', name: /^Pay / }, 'Pay on the review step');
    await shot();
  });
  await at('top-up-escape-returns-focus', async () => {
    await keys('Escape');
    await page.locator('credits-top-up dialog[open]').waitFor({ state: 'detached', timeout: 5000 });
    await expectFocus({ name: 'Purchase Credits', hosts: /credits-balance$/ }, 'Purchase Credits');
    await shot();
  });
  await at('history-tabs', async () => {
    await move('Tab', { role: 'tab', name: 'Credit Usage', selected: 'true' }, 'Credit Usage');
    await keys('ArrowRight');
    await expectFocus(
      { role: 'tab', name: 'Purchase History', selected: 'true' },
      'Purchase History',
    );
    await shown('credits-purchase-history tbody tr[part~="row"]');
    await rememberDateFields('credits-purchase-history');
    await shot();
  });
  await at('purchase-row-info-opens', async () => {
    await move(
      'Tab',
      { tag: 'button', name: /^Payment details: / },
      "a purchase row's info button",
    );
    await keys('Enter');
    await shown('credits-purchase-history .popout:popover-open', 5000);
    await expectFocus({ name: /^Payment details: /, expanded: 'true' }, 'the info button, open');
    await shot();
  });
  await at('purchase-popout-copy', async () => {
    await move('Tab', { tag: 'button', name: /^Copy / }, 'Copy in the pop-out', 1);
    await shot();
  });
  await at('purchase-popout-escape', async () => {
    await keys('Escape');
    await expectFocus({ name: /^Payment details: /, expanded: 'false' }, 'the info button');
    const open = await page.locator('credits-purchase-history .popout:popover-open').count();
    if (open) throw new Error('the pop-out is still open');
    await shot();
  });
  await at('usage-row-info', async () => {
    await move('Shift+Tab', { role: 'tab', name: 'Purchase History' }, 'Purchase History');
    await keys('ArrowLeft');
    await expectFocus({ role: 'tab', name: 'Credit Usage', selected: 'true' }, 'Credit Usage');
    await move('Tab', { tag: 'button', name: /^Usage type: / }, "a usage row's info button");
    await keys('Enter');
    await shown('credits-usage-table .popout:popover-open', 5000);
    await expectFocus({ name: /^Usage type: /, expanded: 'true' }, 'the info button, open');
    await shot();
    await keys('Escape');
    await expectFocus({ name: /^Usage type: /, expanded: 'false' }, 'the info button, closed');
  });
  await at('billing-tab', async () => {
    await move('Shift+Tab', tab('Credits'), 'the Credits tab', 120);
    await keys('ArrowLeft');
    await expectFocus({ ...tab('Billing & Transactions'), selected: 'true' }, 'the Billing tab');
    await shown('credits-payments tbody tr[part~="row"]');
    await shot();
  });
  await at('recheck', async () => {
    await move('Tab', { tag: 'button', name: 'Recheck payment pay_7QK2M' }, 'Recheck');
    await shot();
  });
  await at('recheck-updates-the-row', async () => {
    await keys('Enter');
    await shown('credits-payments button[aria-label="Rechecking payment pay_7QK2M"]', 5000);
    await expectFocus({ name: 'Rechecking payment pay_7QK2M' }, 'Recheck, busy');
    await shown('credits-payments [part~="row"] a[aria-label="Download invoice INV-2026-0113"]');
    await expectFocus({ tag: 'a', name: 'Download invoice INV-2026-0113' }, "the row's new action");
    await shot();
  });
  await at('billing-edit', async () => {
    await move('Tab', { tag: 'button', name: 'Edit', hosts: /credits-billing-details$/ }, 'Edit');
    await shot();
  });
  const company = 'credits-billing-details [part~="details"]';
  const before = await read(company, (d) => d.textContent);
  await at('billing-form-typing', async () => {
    await keys('Enter');
    const f = await expectFocus({ tag: 'input', hosts: /credits-billing-details$/ }, 'a field');
    await keys('End');
    await page.keyboard.type(' (edited)');
    const after = await expectFocus({ tag: 'input', name: f.name }, `the field ${f.name}`);
    if (!after.value.endsWith(' (edited)')) throw new Error(`the field holds "${after.value}"`);
    await shot();
  });
  await at('billing-form-escape', async () => {
    await keys('Escape');
    await expectFocus({ tag: 'button', name: 'Edit' }, 'Edit, after Escape');
    if ((await read(company, (d) => d.textContent)) !== before) throw new Error('Escape saved');
    await shot();
  });
  await at('billing-form-cancel', async () => {
    await keys('Enter');
    await expectFocus({ tag: 'input', hosts: /credits-billing-details$/ }, 'a field');
    await move('Tab', { tag: 'button', name: 'Cancel' }, 'Cancel');
    await shot();
    await keys('Space');
    await expectFocus({ tag: 'button', name: 'Edit' }, 'Edit, after Cancel');
  });
  if (problems.length) throw new Error(`the page reported:\n  ${problems.join('\n  ')}`);
} catch (e) {
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
  await vite.close();
}

if (!process.exitCode) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Keyboard walk: ${stops} focus stops, every one visible; ${shots} screenshots in ${OUT}/ (${seconds} s)`,
  );
}
