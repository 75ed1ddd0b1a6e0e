// The `ssr` part: pages rendered on the server with their data (ssr-pages.mjs) against the
// same views from a plain server template (ssr-plain.mjs). In headless Chromium, a fresh context
// per load, the pages in turn (reversed every other round): time from navigation to data on
// screen (observeDataOnScreen in probes.mjs), layout shift from navigation until 2 s after the
// data and 1 s after hydration, at a desktop and a phone width; then the HTML bytes of each page
// and what server rendering adds to them, the server's time per page, and whether hydration
// logged anything, drew a widget twice or asked the API again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOADING } from './loading.mjs';
import { observeDataOnScreen, observeLayoutShift } from './probes.mjs';
import { setRenderedPages, startServer } from './server.mjs';
import { median, medianIqr, quantile, ratio } from './stats.mjs';

export const SSR = {
  warmup: 2,
  runs: 15, // loads of each page at each width (after the warm-up)
  tail: 2_000, // ms watched after the data (and at least 1 s after hydration)
  viewports: LOADING.viewports,
  // The reader is not in UTC (the server writes times in UTC; hydration rewrites them).
  timezoneId: 'Asia/Kolkata',
};

/** What must be on screen: the balance figure, a month's figure, the first usage row. */
const FIGURE = '[part~="value"]';
const MONTH = '[part~="card"] dd data';
const ROW = 'tbody tr[part~="row"]';
const THREE = [FIGURE, MONTH, ROW];

/** The pages, in the order printed; `against`: the plain page of the same views. */
const PAGES = [
  { path: '/ssr-balance-plain.html', label: 'balance, plain template', data: [FIGURE] },
  {
    path: '/ssr-balance.html',
    label: 'balance, server-rendered',
    data: [FIGURE],
    against: '/ssr-balance-plain.html',
  },
  { path: '/ssr-plain.html', label: 'three widgets, plain template', data: THREE },
  {
    path: '/ssr.html',
    label: 'three widgets, server-rendered',
    data: THREE,
    against: '/ssr-plain.html',
  },
  {
    path: '/ssr-after-frame.html',
    label: 'the same, bundle after the first frame',
    data: THREE,
    against: '/ssr-plain.html',
    variant: true,
  },
  {
    path: '/ssr-dashboard.html',
    label: 'dashboard (Credits tab), server-rendered',
    data: THREE,
    against: '/ssr-plain.html',
    note: 'the plain page lacks its plan header and tabs',
  },
];
const byPath = Object.fromEntries(PAGES.map((page) => [page.path, page]));

const gz = (text) => gzipSync(text, { level: 9 }).length;
const n = (bytes) => bytes.toLocaleString('en-US');
const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${n(Math.abs(bytes))}`;
const cls = (value) => value.toFixed(3);
const iqr = (values) => `${quantile(values, 0.25).toFixed(0)}–${quantile(values, 0.75).toFixed(0)}`;

/** What a reader sees in `html`: tags, comments, styles and scripts left out. */
const words = (html) =>
  html
    .replace(/<(style|script|title)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->|<\?>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** One cold load of `path`: the probe's figures once 2 s have passed since the data. */
async function load(browser, origin, { path, data }, viewport, server, log) {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    timezoneId: SSR.timezoneId,
  });
  await context.addInitScript(observeLayoutShift);
  await context.addInitScript(observeDataOnScreen, data);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.push(`page error: ${e.message}`));
  const asked = server.requests.length;
  try {
    await page.goto(`${origin}${path}`);
    await page
      .waitForFunction(
        (tail) => {
          const p = window.dataProbe;
          const now = performance.now();
          return (
            p.dataAt !== null &&
            now >= p.dataAt + tail &&
            (p.elements === 0 || (p.hydratedAt !== null && now >= p.hydratedAt + 1000))
          );
        },
        SSR.tail,
        { timeout: 30_000, polling: 100 },
      )
      .catch(async (error) => {
        // Data shown but never hydrated: counted below ("loads never hydrated"), not fatal.
        if (!(await page.evaluate(() => window.dataProbe.dataAt !== null))) throw error;
      });
    const figures = await page.evaluate(() => {
      const p = window.dataProbe;
      const shifts = window.layoutShifts;
      const sum = (list) => list.reduce((total, [, value]) => total + value, 0);
      const deep = (root, out = []) => {
        for (const el of root.querySelectorAll('*')) {
          out.push(el);
          if (el.shadowRoot) deep(el.shadowRoot, out);
        }
        return out;
      };
      return {
        dataAt: p.dataAt,
        // What moved: `node (at ms, value)`, for a load that shifted.
        moved: p.shifts
          .filter((shift) => shift.value > 0)
          .map(
            (shift) =>
              `${shift.sources.join(', ')} (at ${Math.round(shift.at - p.dataAt)} ms from the data, ${shift.value.toFixed(3)})`,
          ),
        hydratedAt: p.hydratedAt,
        lost: p.lost,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ttfb: performance.getEntriesByType('navigation')[0].responseStart,
        cls: sum(shifts),
        clsBefore: sum(shifts.filter(([t]) => t < p.dataAt)),
        clsAfter: sum(shifts.filter(([t]) => t >= p.dataAt)),
        // A widget that drew itself beside the server's HTML instead of hydrating it.
        twice: deep(document).filter(
          (el) =>
            el.localName.startsWith('credits-') &&
            el.shadowRoot?.querySelectorAll('[part~="base"]').length > 1,
        ).length,
        heights: deep(document)
          .filter((el) => el.matches('[part~="base"]'))
          .map((el) => Math.round(el.getBoundingClientRect().height)),
        scripts: performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((name) => name.startsWith('/ssr/')),
        lits: [window.litHtmlVersions, window.litElementVersions, window.reactiveElementVersions]
          .map((versions) => versions?.length ?? 0)
          .join('/'),
      };
    });
    return { ...figures, requests: server.requests.length - asked };
  } finally {
    await context.close();
  }
}

/** Bytes of `html`, and what each kind of content costs it, raw and gzip (removed and gzipped again). */
function bytesOf(html, sheets) {
  const cost = (stripped) => ({
    raw: Buffer.byteLength(html) - Buffer.byteLength(stripped),
    gzip: gz(html) - gz(stripped),
  });
  const markers = cost(html.replace(/<!--\/?lit-[^>]*-->|<\?>/g, ''));
  const cache = cost(
    html.replace(/<script type="application\/json" data-credits-cache[\s\S]*?<\/script>/, ''),
  );
  const script = cost(html.replace(/<script type="module"[^>]*><\/script>/, ''));
  // The shadow roots' styles (not the bench page's own, which starts with `body`).
  const styles = cost(html.replace(/<style>(?!body)[\s\S]*?<\/style>/g, ''));
  // Each sheet kept where it first appears: what the later copies cost.
  let once = html;
  for (const sheet of sheets) {
    const first = once.indexOf(sheet);
    if (first < 0) continue;
    const end = first + sheet.length;
    once = once.slice(0, end) + once.slice(end).replaceAll(sheet, '');
  }
  return {
    raw: Buffer.byteLength(html),
    gzip: gz(html),
    roots: (html.match(/shadowrootmode="open"/g) ?? []).length,
    markers,
    cache,
    script,
    styles,
    repeated: cost(once),
  };
}

const pair = ({ raw, gzip }) => `${n(raw)} / ${n(gzip)}`;

export async function printServerRendering(browser) {
  const { warmup, runs, tail, viewports, timezoneId } = SSR;
  console.log(
    `\nServer rendering (ssr): pages rendered on the server with their data (@lit-labs/ssr,` +
      `\n  credits-widgets/ssr, the cache script and a hydration bundle, as README's recipe) against` +
      `\n  the same views from a plain server template (same markup and CSS in declarative shadow` +
      `\n  roots, no JavaScript). Data on screen: the end of the main thread's work on the first` +
      `\n  frame whose DOM shows the balance figure (and on the three-widget pages a month's figure` +
      `\n  and the first usage row), in or below the viewport (a message posted from` +
      `\n  requestAnimationFrame); FCP is when the compositor presented the first paint. Fresh` +
      `\n  context per load, pages in turn, reader in ${timezoneId}; median (IQR) of ${runs} loads` +
      `\n  after ${warmup}, at each width. The server runs in the bench's process, on the same cores.`,
  );
  // Only now: these imports define the elements in Lit's server registry, and build.
  const pages = await import('./ssr-pages.mjs');
  const bundle = await pages.buildHydrationBundle();
  const server = await startServer({ delay: LOADING.delay });
  const { origin } = server;
  setRenderedPages(pages.ssrPages(pages.elementCssInNode()), bundle.dir);
  const paths = PAGES.map((page) => page.path);
  const keyed = () => Object.fromEntries(paths.map((path) => [path, []]));
  const log = keyed();
  const every = keyed(); // warm-up loads included
  const summary = keyed(); // per width: { width, data, ratio, cls }
  const all = keyed();
  try {
    for (const viewport of viewports) {
      const results = keyed();
      for (let i = 0; i < warmup + runs; i++) {
        const order = i % 2 ? [...PAGES].reverse() : PAGES;
        for (const page of order) {
          const result = await load(browser, origin, page, viewport, server, log[page.path]);
          result.server = pages.serverTimes[page.path].at(-1);
          every[page.path].push(result);
          if (i >= warmup) results[page.path].push(result);
        }
      }
      console.log(`  viewport ${viewport.width}×${viewport.height}`);
      const of = (path, key) => results[path].map((r) => r[key]);
      for (const { path } of PAGES) {
        const hydrated = of(path, 'hydratedAt').filter((t) => t !== null);
        console.log(
          `    ${path.padEnd(24)} data ${medianIqr(of(path, 'dataAt'))};` +
            ` FCP ${median(of(path, 'fcp')).toFixed(0)}; first byte ${median(of(path, 'ttfb')).toFixed(0)}` +
            (hydrated.length ? `; hydrated, chart drawn ${median(hydrated).toFixed(0)}` : ''),
        );
      }
      for (const { path, against, note } of PAGES.filter((page) => page.against)) {
        const perPair = results[path].map((r, k) => r.dataAt / results[against][k].dataAt);
        const afterByte = (p) => median(results[p].map((r) => r.dataAt - r.ttfb));
        const value = median(of(path, 'dataAt')) / median(of(against, 'dataAt'));
        summary[path].push({ ratio: value });
        console.log(
          `    ${path} ÷ ${against}: ${ratio(value)} (per pair ${ratio(median(perPair))},` +
            ` IQR ${quantile(perPair, 0.25).toFixed(2)}–${quantile(perPair, 0.75).toFixed(2)};` +
            ` budget ≤ 1.10×); from the first byte on ${afterByte(path).toFixed(0)} against` +
            ` ${afterByte(against).toFixed(0)} ms${note ? ` (${note})` : ''}`,
        );
      }
      console.log(
        `    CLS, navigation → ${tail / 1000} s after the data, hydration included (budget 0.000 server-rendered):`,
      );
      for (const { path } of PAGES) {
        const values = of(path, 'cls');
        const shifted = values.filter((v) => v > 0).length;
        console.log(
          `      ${path.padEnd(24)} ${cls(median(values))} (max ${cls(Math.max(...values))};` +
            ` ${shifted} of ${values.length} loads shifted; before the data ${cls(Math.max(...of(path, 'clsBefore')))},` +
            ` after ${cls(Math.max(...of(path, 'clsAfter')))} at most)`,
        );
      }
      for (const { path } of PAGES) {
        const moved = [...new Set(results[path].flatMap((r) => r.moved))];
        for (const line of moved.slice(0, 4)) console.log(`      ${path} moved: ${line}`);
      }
      for (const { path, against } of PAGES.filter((page) => page.against && !page.variant)) {
        const heights = (p) => results[p].at(-1).heights.join(', ');
        console.log(
          `    height of each card (px), ${path}: ${heights(path)}; ${against}: ${heights(against)}`,
        );
      }
      for (const { path } of PAGES) {
        const entry = summary[path].at(-1);
        const figures = {
          width: viewport.width,
          data: median(of(path, 'dataAt')),
          iqr: iqr(of(path, 'dataAt')),
          cls: Math.max(...of(path, 'cls')),
        };
        if (entry && entry.width === undefined) Object.assign(entry, figures);
        else summary[path].push(figures);
        all[path].push(...results[path]);
      }
    }

    // The server's time, over every measured load.
    const serverTime = (path, key) => median(all[path].map((r) => r.server[key]));
    console.log(
      `  Server time per request (median ms over every measured load: the data through the` +
        ` client / the page rendered):`,
    );
    for (const { path } of PAGES) {
      console.log(
        `    ${path.padEnd(24)} ${serverTime(path, 'data').toFixed(1)} / ${serverTime(path, 'render').toFixed(1)}`,
      );
    }

    // Bytes: each page once more, as served.
    const html = {};
    for (const path of paths) html[path] = await (await fetch(`${origin}${path}`)).text();
    const sheets = pages.elementSheetsInNode();
    const bytes = Object.fromEntries(paths.map((path) => [path, bytesOf(html[path], sheets)]));
    console.log('  HTML of each page, bytes raw / gzip -9:');
    for (const { path, against, variant } of PAGES) {
      if (variant) continue;
      const b = bytes[path];
      const plain = against && path !== '/ssr-dashboard.html' ? bytes[against] : undefined;
      const added = plain
        ? `  (${signed(b.raw - plain.raw)} / ${signed(b.gzip - plain.gzip)} against ${against})`
        : '';
      console.log(`    ${path.padEnd(24)} ${pair(b)}${added}`);
      console.log(
        `      styles ${pair(b.styles)} in ${b.roots} shadow roots, of which sheets repeated from an` +
          ` earlier root ${pair(b.repeated)}` +
          (against
            ? `; Lit's markers ${pair(b.markers)}; cache script ${pair(b.cache)};` +
              ` hydration script tag ${pair(b.script)}`
            : ''),
      );
      if (plain) {
        const rest = (key) => b[key] - plain[key] - b.markers[key] - b.cache[key] - b.script[key];
        const same = words(html[path]) === words(html[against]);
        console.log(
          `      adds Lit's markers, the cache script and its tag, and ${signed(rest('raw'))} /` +
            ` ${signed(rest('gzip'))} else (template whitespace, attributes); the words of the two` +
            ` pages: ${same ? 'the same' : 'DIFFERENT (fix ssr-plain.mjs)'}`,
        );
      }
    }

    // The hydration bundle and what the pages loaded of it (the chart's chunk apart: on demand).
    const kb = (files) =>
      (
        files.reduce(
          (sum, file) => sum + gz(readFileSync(join(bundle.dir, file.slice('/ssr/'.length)))),
          0,
        ) / 1024
      ).toFixed(1);
    const loadedBy = (path) => {
      const loaded = [...new Set(every[path].flatMap((r) => r.scripts))];
      const chart = loaded.filter((file) => /usage-chart/.test(file));
      const rest = loaded.filter((file) => !chart.includes(file));
      return `${kb(rest)} KB gzip in ${rest.length} files${chart.length ? `, + the chart's ${kb(chart)} KB` : ''}`;
    };
    // Each Lit package from one folder: a second folder would be a second Lit.
    const litNames = bundle.litFrom.map((dir) => dir.split(/node_modules[\\/]/).at(-1));
    const oneLit = new Set(litNames).size === litNames.length;
    const lits = new Set(
      PAGES.filter((page) => page.against).flatMap((page) => every[page.path].map((r) => r.lits)),
    );
    console.log(
      `  Hydration bundle (vite build(): Lit's hydration support + credits-widgets, production` +
        ` conditions; ${bundle.files.length} files): /ssr-balance.html loads ${loadedBy('/ssr-balance.html')};` +
        ` /ssr.html ${loadedBy('/ssr.html')}; Lit bundled from` +
        ` ${oneLit ? 'one folder each' : `TWO PLACES: ${bundle.litFrom.join(', ')}`}; Lit versions registered` +
        ` in the page (lit-html/lit-element/reactive-element): ${[...lits].join(', ')}`,
    );
    for (const { path } of PAGES) {
      const hydration = log[path].filter((line) => /hydrat/i.test(line));
      const lost = every[path].filter((r) => r.lost > 0).length;
      const requests = every[path].reduce((sum, r) => sum + r.requests, 0);
      const twice = every[path].reduce((sum, r) => sum + r.twice, 0);
      const unhydrated = byPath[path].against
        ? `; loads never hydrated: ${every[path].filter((r) => r.hydratedAt === null).length}`
        : '';
      console.log(
        `  ${path.padEnd(24)} console errors and warnings: ${log[path].length || 'none'}` +
          ` (hydration: ${hydration.length || 'none'}) in ${every[path].length} loads;` +
          ` API requests from the browser: ${requests}; widgets drawn twice: ${twice};` +
          ` loads where the data left the screen after it appeared: ${lost}${unhydrated}`,
      );
      for (const line of [...new Set(log[path])].slice(0, 5))
        console.log(`      ${line.slice(0, 300)}`);
    }

    // The figures in one table (README's Performance section).
    const [wide, narrow] = viewports.map((v) => v.width);
    console.log(
      `  In short (time to data: median ms at ${wide} px, IQR; ratio to the plain page at ${wide} /` +
        ` ${narrow} px; CLS: the largest of any load; server: data + render, median ms):`,
    );
    console.log(
      `    ${'page'.padEnd(44)} ${'data'.padEnd(16)} ${'ratio'.padEnd(12)} ${'CLS'.padEnd(13)} ${'HTML raw / gzip'.padEnd(17)} server`,
    );
    for (const { path, label, against } of PAGES) {
      const [w, p] = summary[path];
      const ratios = against ? `${ratio(w.ratio)} / ${ratio(p.ratio)}` : '1 (baseline)';
      const total = serverTime(path, 'data') + serverTime(path, 'render');
      console.log(
        `    ${label.padEnd(44)} ${`${w.data.toFixed(0)} (${w.iqr})`.padEnd(16)} ${ratios.padEnd(12)}` +
          ` ${`${cls(w.cls)} / ${cls(p.cls)}`.padEnd(13)} ${pair(bytes[path]).padEnd(17)} ${total.toFixed(1)}`,
      );
    }
  } finally {
    server.server.close();
  }
}
