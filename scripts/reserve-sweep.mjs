// After `npm run build`: where each element's loading skeleton changes height as its width
// grows, and where src/reserve.css misses it. For each case, from 286 to 1600 px wide in 2 px
// steps: the skeleton's height (the CDN build, an API that never answers) and the room the
// stylesheet holds for the undefined tag. Prints each case's steps (the width from which a
// height holds, in px and rem: what a band of reserve.css is written from) and the widths where
// the room is more than 4 px off. test/reserve.test.ts checks six widths on every `npm test`;
// this is for finding the new steps when a skeleton changes.
//
//   node scripts/reserve-sweep.mjs [case-name-filter]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const FROM = 286;
const TO = 1600;
const STEP = 2;
const TOLERANCE = 4;
// As in test/reserve.test.ts: the figures are DejaVu Sans's (Debian's system-ui).
const FONT = 'DejaVu Sans';

const CASES = [
  '<credits-balance>',
  '<credits-balance admin>',
  '<credits-monthly-summary>',
  '<credits-usage-table>',
  '<credits-usage-table page-size="10">',
  '<credits-usage-table paging="scroll">',
  '<credits-purchase-history>',
  '<credits-subscription>',
  '<credits-subscription compact>',
  '<credits-payments>',
  '<credits-payments page-size="10">',
  '<credits-payments paging="scroll">',
  '<credits-billing-details>',
  '<credits-billing-details admin>',
  '<credits-billing admin>',
  '<credits-auto-top-up>',
  '<credits-auto-top-up admin>',
  '<credits-alerts>',
  '<credits-alerts admin>',
  '<credits-usage-breakdown>',
  '<credits-dashboard>',
  '<credits-dashboard admin>',
  '<credits-dashboard tab="subscription">',
  '<credits-dashboard tab="billing">',
].filter((c) => c.includes(process.argv[2] ?? ''));

/**
 * The API: a server of its own that never answers. On the pages' own origin its requests, which
 * never end, would take all of the browser's six connections to it (the dashboard alone makes
 * six), and a chunk asked for later (the dashboard's Billing tab) would never load.
 */
const never = createServer(() => {});
await new Promise((resolve) => never.listen(0, '127.0.0.1', resolve));
const API = `http://127.0.0.1:${never.address().port}/api/never`;

/** A case in a box, in a provider whose client never times out while this runs. */
function box(open) {
  const tag = open.match(/^<([a-z-]+)/)[1];
  const api = `endpoint="${API}" timeout="3600000"`;
  if (tag === 'credits-dashboard')
    return `<div class="box">${open.replace(/>$/, ` ${api}>`)}</${tag}></div>`;
  return `<div class="box"><credits-provider ${api}>${open}</${tag}></credits-provider></div>`;
}

const page = (head) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <style>body { margin: 0; font-family: '${FONT}'; }</style>${head}</head>
  <body>${CASES.map(box).join('')}</body></html>`;

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (await serveDist(pathname, res)) return;
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(page('<script type="module" src="/dist/credits-widgets.js"></script>'));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });

/** Each case's height at each width: [case][i] for the i-th width. */
async function sweep(tab) {
  return tab.evaluate(
    async ({ from, to, step }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const boxes = [...document.querySelectorAll('.box')];
      const heights = boxes.map(() => []);
      for (let width = from; width <= to; width += step) {
        for (const b of boxes) b.style.width = `${width}px`;
        await frame();
        await frame();
        boxes.forEach((b, i) =>
          heights[i].push(b.querySelector(':not(credits-provider)').getBoundingClientRect().height),
        );
      }
      return heights;
    },
    { from: FROM, to: TO, step: STEP },
  );
}

try {
  const reservedTab = await browser.newPage();
  await reservedTab.setContent(page(`<style>${readFileSync('src/reserve.css', 'utf8')}</style>`));
  const reserved = await sweep(reservedTab);

  const skeletonTab = await browser.newPage();
  await skeletonTab.goto(`http://127.0.0.1:${server.address().port}/`);
  await skeletonTab.waitForFunction(() =>
    [...document.querySelectorAll('.box :not(credits-provider)')].every((el) => el.shadowRoot),
  );
  await skeletonTab.waitForTimeout(1000);
  const skeleton = await sweep(skeletonTab);
  const failed = await skeletonTab.evaluate(() =>
    [...document.querySelectorAll('.box :not(credits-provider)')]
      .filter((el) => el.shadowRoot.querySelector('[role="alert"]'))
      .map((el) => el.localName),
  );
  if (failed.length) throw new Error(`showed an error instead of a skeleton: ${failed.join(', ')}`);

  const widthAt = (i) => FROM + i * STEP;
  const px = (h) => `${h.toFixed(1)} px (${(h / 16).toFixed(3)}rem)`;
  CASES.forEach((name, c) => {
    console.log(`\n${name}`);
    skeleton[c].forEach((h, i) => {
      if (i === 0 || Math.abs(h - skeleton[c][i - 1]) > 0.5) {
        console.log(`  from ${String(widthAt(i)).padStart(4)} px: ${px(h)}`);
      }
    });
    const misses = skeleton[c]
      .map((h, i) => [widthAt(i), reserved[c][i] - h])
      .filter(([, off]) => Math.abs(off) > TOLERANCE);
    console.log(
      misses.length
        ? `  reserve.css is off by more than ${TOLERANCE} px at ${misses.length} widths: ` +
            misses.map(([w, off]) => `${w} (${off > 0 ? '+' : ''}${off.toFixed(0)})`).join(', ')
        : `  reserve.css: within ${TOLERANCE} px at every width`,
    );
  });
} finally {
  await browser.close();
  server.close();
  never.closeAllConnections();
  never.close();
}
