// Screenshots of the demo for looking at it as a user would:
//   node scripts/screenshot.mjs [url] [out.png] [--dark] [--width=1200] [--wait=ms] [--selector=css]
// With --selector, only the first matching element is captured.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const [url = 'http://localhost:5173/demo/', out = '.screenshots/demo.png'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const width = Number(process.argv.find((a) => a.startsWith('--width='))?.split('=')[1] ?? 1200);
const selector = process.argv.find((a) => a.startsWith('--selector='))?.slice('--selector='.length);
const wait = Number(process.argv.find((a) => a.startsWith('--wait='))?.split('=')[1] ?? 800);

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width, height: 800 },
  colorScheme: dark ? 'dark' : 'light',
});
const page = await context.newPage();
const problems = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(wait);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
if (problems.length) console.log(problems.join('\n'));
