// The soak: <credits-dashboard endpoint=…> mounted and removed hundreds of times in one page, at
// several moments of its load, against an API that answers late, as a single-page app changing
// route does. Printed: DOM nodes, JS event listeners and JS heap before and after (each after a
// forced garbage collection, read through the Chrome DevTools Protocol), the growth per mount,
// credits elements still in memory, and the API requests that came after the last removal.
// Figures, not pass/fail: a removed element should hold nothing, so the growth should be ~0.
import { SLOW_API, startServer } from './server.mjs';

export const SOAK = {
  mounts: 200, // mounts and removals measured, cycling through the phases (50 each)
  warmup: 20, // mounts before the first measurement (code, templates, Chart.js loaded)
  delay: 150, // ms before the API answers: 40 ms into a load, the requests are still out
  watch: 2_000, // ms watched for requests after the last removal
};

/** Tags whose instances are counted in memory after the soak (those the Credits tab makes). */
const TAGS = [
  'credits-dashboard',
  'credits-subscription',
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
];

/** DOM nodes, listeners and heap of the page after a full garbage collection. */
async function counters(cdp, page) {
  await page.evaluate(() => window.soak.clearPageRecords());
  // More than one pass: a collection can free what keeps other garbage alive (weak callbacks).
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return { nodes: m.Nodes, listeners: m.JSEventListeners, heap: m.JSHeapUsedSize };
}

/** Instances of each tag's class still in the JS heap (Runtime.queryObjects collects first). */
async function instances(cdp) {
  const out = {};
  for (const tag of TAGS) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `customElements.get(${JSON.stringify(tag)})?.prototype`,
      objectGroup: 'soak',
    });
    if (!result.objectId) {
      out[tag] = 'not defined';
      continue;
    }
    const { objects } = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: result.objectId,
      objectGroup: 'soak',
    });
    const { result: count } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.filter((el) => !el.isConnected).length; }',
      returnByValue: true,
    });
    out[tag] = count.value;
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
  return out;
}

const int = (n) => Math.round(n).toLocaleString('en-US');
const signed = (n, digits = 0) =>
  `${n >= 0 ? '+' : '−'}${Math.abs(n).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })}`;
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(2)} MB`;

/** `count` mounts and removals in the page, continuing the phases' cycle after `done` mounts. */
const soak = (page, count, done) =>
  page.evaluate((o) => window.soak.run(o), { count, start: done, endpoint: SLOW_API });

export async function printSoak(browser) {
  const { mounts, warmup, delay, watch } = SOAK;
  const { server, origin, arrivals } = await startServer({ delay });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${origin}/soak`);
    await page.waitForFunction(() => window.soak);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    const phases = await page.evaluate(() => window.soak.PHASES);
    await soak(page, warmup, 0);
    const half = Math.floor(mounts / 2);
    const before = await counters(cdp, page);
    const started = performance.now();
    const first = await soak(page, half, warmup);
    const middle = await counters(cdp, page);
    const second = await soak(page, mounts - half, warmup + half);
    const seconds = (performance.now() - started) / 1000;
    await page.evaluate(() => window.soak.provoke());
    await page.waitForTimeout(watch);
    const after = await counters(cdp, page);
    const alive = await instances(cdp);
    // The page's clock (timeOrigin + now) and the server's (Date.now()) are the same machine's.
    const late = arrivals.filter((a) => a.at > second.removedAt);
    const left = await page.evaluate(() => window.soak.mounted());

    console.log(
      `\nSoak: <credits-dashboard endpoint> mounted and removed ${mounts} times in one page` +
        ` (${seconds.toFixed(0)} s), removed in turn ${phases.join(', ')};` +
        `\n  API answering after ${delay} ms; each mount starts with the shared client's cache` +
        ` dropped, so it loads.\n  Read through the DevTools protocol after a forced GC, after` +
        ` ${warmup} warm-up mounts, after ${half} mounts and after ${mounts}; per mount: over` +
        ` all ${mounts}, and over the last ${mounts - half} (the first include the JIT's warm-up)`,
    );
    const head = ['before', `after ${half}`, `after ${mounts}`, 'growth', 'per mount', 'last'];
    console.log(`  ${''.padEnd(20)}${head.map((h) => h.padStart(11)).join('')}`);
    const row = (label, key, format, unit = (d) => signed(d, 2)) => {
      const [a, b, c] = [before[key], middle[key], after[key]];
      const cells = [
        format(a),
        format(b),
        format(c),
        format(c - a, true),
        unit((c - a) / mounts),
        unit((c - b) / (mounts - half)),
      ];
      console.log(`  ${label.padEnd(20)}${cells.map((cell) => cell.padStart(11)).join('')}`);
    };
    row('DOM nodes', 'nodes', (n, d) => (d ? signed(n) : int(n)));
    row('JS event listeners', 'listeners', (n, d) => (d ? signed(n) : int(n)));
    row(
      'JS heap used',
      'heap',
      (n, d) => (d ? `${signed(n / 1_048_576, 2)} MB` : mb(n)),
      (d) => `${signed(d / 1024, 2)} KB`,
    );
    const underWay = phases
      .filter((p) => first.phases[p].checked + second.phases[p].checked > 0)
      .map((p) => {
        const m = first.phases[p].checked + second.phases[p].checked;
        const u = first.phases[p].underWay + second.phases[p].underWay;
        return `${p} ${u} of ${m}`;
      })
      .join(', ');
    console.log(`  a load under way at the removal: ${underWay}`);
    const detached = Object.entries(alive)
      .map(([tag, n]) => `${tag.replace('credits-', '')} ${n}`)
      .join(', ');
    console.log(`  removed elements still in memory after GC: ${detached}`);
    console.log(
      `  API requests after the last removal (then the client refreshed and the tab back,` +
        ` ${watch} ms watched): ${late.length}` +
        (late.length ? ` (${late.map((a) => a.path).join(', ')})` : '') +
        ` of ${arrivals.length} in all${left ? `; ${left} dashboards left in the page` : ''}`,
    );
    if (problems.length) console.log(`    page errors: ${[...new Set(problems)].join('; ')}`);
  } finally {
    await context.close();
    server.close();
  }
}
