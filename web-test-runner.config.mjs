import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { countsReporter } from './scripts/wtr-counts.mjs';

/**
 * `emulate-timezone` (`{ timezoneId }`, '' for the machine's) sets the page's time zone the same
 * way.
 *
 * `emulate-media-features`: CSS media features set through the DevTools protocol, for what the
 * stock `emulateMedia` cannot do with this launcher (puppeteer refuses `forced-colors`). The
 * payload is `{ features: [{ name, value }] }`; an empty list clears what this command set.
 * One protocol session per page, so each call replaces the previous one's features.
 */
function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'emulate-timezone') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `emulate-media-features needs the chrome launcher, not ${session.browser.type}`,
        );
      }
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
      const cdp = await sessions.get(page);
      if (command === 'emulate-timezone') {
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timezoneId ?? '' });
        return true;
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}

/**
 * `/ssr/<case>?endpoint=…`: the page test/ssr/cases.ts renders for that case on the server
 * (Node, @lit-labs/ssr, through Vite, which compiles the TypeScript sources), as JSON
 * `{ head, body }`, for the hydration test in the browser.
 */
function serverRenderingPlugin() {
  let vite;
  return {
    name: 'credits-server-rendering',
    async serve(context) {
      if (!context.path.startsWith('/ssr/')) return undefined;
      vite ??= await createViteServer({
        // No HMR WebSocket (its fixed port clashes with another suite running at once).
        server: { middlewareMode: true, ws: false },
        appType: 'custom',
        logLevel: 'error',
        configFile: false,
      });
      const cases = await vite.ssrLoadModule('/test/ssr/cases.ts');
      const name = context.path.slice('/ssr/'.length);
      const endpoint = context.URL.searchParams.get('endpoint') ?? undefined;
      const page = await cases.renderCase(name, [], endpoint);
      return { body: JSON.stringify(page), type: 'json' };
    },
    async serverStop() {
      await vite?.close();
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Lit's legacy decorators: esbuild must read tsconfig.json to compile them.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    emulateMediaFeaturesPlugin(),
    serverRenderingPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // axe in four colour schemes over a 100-row table takes seconds on a busy 2-core machine; the
  // waits inside tests keep their own, shorter limits.
  testFramework: { config: { timeout: 15000 } },
  // Lit's one-off "dev mode" notice is expected here; every other Lit warning is collected for
  // test/helpers/setup.ts, which fails the test it happened in.
  testRunnerHtml: (framework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <script>
      window.litIssuedWarnings = new Set(['dev-mode']);
      window.__litWarnings = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => {
        if (String(args[0]).includes('lit.dev/msg')) window.__litWarnings.push(String(args[0]));
        warn(...args);
      };
    </script></head>
    <body><script type="module" src="${framework}"></script></body></html>`,
  // The usual report, and the counts `npm test` adds to the Node tests' (scripts/test.mjs).
  reporters: [defaultReporter(), countsReporter()],
  testsFinishTimeout: 120_000,
  concurrency: 1,
};
