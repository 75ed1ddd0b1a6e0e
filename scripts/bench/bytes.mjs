// What a page pays in our JavaScript: every file of dist/ a page fetches, gzip -9 sizes summed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
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

/** Bundles `code` (an ES module importing packages or dist files) minified; gzip per chunk. */
async function bundled(name, code) {
  const dir = 'node_modules/.cache/credits-bench';
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `${name}.mjs`);
  writeFileSync(input, code);
  const bundle = await rolldown({ input, logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  // Eager: the entry and what it imports statically, transitively; the rest loads on demand.
  const eagerFiles = new Set();
  const visit = (file) => {
    if (eagerFiles.has(file)) return;
    eagerFiles.add(file);
    for (const next of chunks.get(file)?.imports ?? []) visit(next);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  let eager = 0;
  let lazy = 0;
  for (const chunk of chunks.values()) {
    const bytes = gzipSync(chunk.code, { level: 9 }).length;
    if (eagerFiles.has(chunk.fileName)) eager += bytes;
    else lazy += bytes;
  }
  return { eager, lazy };
}

/**
 * The floor: Lit (with the decorators, task and context consumer every element uses) and the
 * Chart.js parts the summary registers, each bundled alone; then what a bundler makes of each
 * npm entry with its imports (the dependencies included), the way an npm user's build would.
 */
export async function printBaselineAndEntries() {
  console.log('\nBaseline, bundled alone (minified, gzip -9)');
  const lit = await bundled(
    'baseline-lit',
    `export { LitElement, html, css, nothing } from 'lit';
export { customElement, property, state, query } from 'lit/decorators.js';
export { Task } from '@lit/task';
export { consume, createContext } from '@lit/context';`,
  );
  const chart = await bundled(
    'baseline-chart',
    `import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
export { Chart };`,
  );
  console.log(`  lit + decorators + @lit/task + @lit/context  ${kb(lit.eager)}`);
  console.log(`  Chart.js, the parts the summary registers    ${kb(chart.eager)}`);

  console.log('\nEach npm entry with its imports, bundled (minified, gzip -9)');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (!/^\.\/credits-[a-z-]+\.js$/.test(key) && key !== '.') continue;
    const file = resolve(value.import);
    const { eager, lazy } = await bundled(
      `entry-${key.replace(/\W/g, '_')}`,
      `export * from ${JSON.stringify(file)};`,
    );
    const name =
      key === '.' ? 'credits-widgets (every element)' : `credits-widgets/${key.slice(2)}`;
    console.log(
      `  ${name.padEnd(44)} ${kb(eager)}, ${kb(eager - lit.eager)} beyond the Lit baseline` +
        (lazy ? ` (+ ${kb(lazy)} on demand)` : ''),
    );
  }
}
