// The byte budgets of the CDN build, held in CI (npm run check:exports): our JavaScript a page
// fetches, gzip -9, worked out from the built files the way the browser fetches them (the CDN
// file and its static imports, then for each tag what its loader starts and their static
// imports), and reserve.css. Chart.js and translations are counted apart. `npm run bench`
// prints the same figures measured in a real page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LOADER as loader, needs, tagLoaders } from './cdn-files.mjs';

const KB = 1024;
/**
 * Every page: the 25 KB. A page with one element: the issue asked 15 KB for the balance;
 * Lit with its decorators, @lit/task and @lit/context (the design card's) are 7.2 KB of it and
 * the contract's validator about 2 KB, so the budget held here is what the page costs now with
 * a little room, and a change that adds to it has to move this line in review (see CONTRIBUTING.md's
 * Performance).
 */
const BUDGETS = [
  ['every page (the CDN file and what it imports)', [], 25 * KB],
  ['a page with only <credits-balance>', ['credits-balance'], 31.5 * KB],
  // The table engine's narrow rows (a phone row on two or three lines), the title line's
  // Export CSV, the pager of one page, columns empty on every row left out: 0.35 KB.
  ['a page with only <credits-usage-table>', ['credits-usage-table'], 40 * KB],
  ['a page with <credits-dashboard>', ['credits-dashboard'], 74.5 * KB],
  // Its own chunk is 5.4 KB; with the top-up dialog's price and bundles, and the write controller.
  ['a page with only <credits-auto-top-up>', ['credits-auto-top-up'], 35 * KB],
  // The alerts: Lit, the client and the base (as every element), the write controller, the
  // pace (runway and whole-number rules, shared with the balance) and its own 5.6 KB.
  ['a page with only <credits-alerts>', ['credits-alerts'], 34.5 * KB],
  // The breakdown: Lit, the client and the base (as every element), the type names (the labels
  // chunk) and its own 4.0 KB; no Chart.js and no table engine (its bars are <meter>s).
  ['a page with only <credits-usage-breakdown>', ['credits-usage-breakdown'], 33 * KB],
];

const starts = tagLoaders();
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const problems = [];
for (const [label, tags, budget] of BUDGETS) {
  const files = new Set([loader, ...needs(loader)]);
  for (const tag of tags) {
    if (!starts.has(tag)) problems.push(`no loader for <${tag}>`);
    for (const file of starts.get(tag) ?? []) {
      files.add(file);
      for (const dep of needs(file)) files.add(dep);
    }
  }
  const counted = [...files].filter((f) => !/usage-chart/.test(f));
  const bytes = counted.reduce((sum, f) => sum + gz(f), 0);
  const line = `${label}: ${kb(bytes)} in ${counted.length} files (budget ${kb(budget)})`;
  if (bytes > budget) problems.push(line);
  else console.log(`Size: ${line}`);
}
// reserve.css sits in a page's <head>, where it holds up the first paint: kept small.
const RESERVE_BUDGET = 2 * KB;
const reserve = gz('reserve.css');
const reserveLine = `reserve.css (the room held before the code runs): ${kb(reserve)} (budget ${kb(RESERVE_BUDGET)})`;
if (reserve > RESERVE_BUDGET) problems.push(reserveLine);
else console.log(`Size: ${reserveLine}`);

if (problems.length) {
  console.error(`Over budget:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
