import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Lit's legacy decorators: esbuild must read tsconfig.json to compile them.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
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
  testsFinishTimeout: 120_000,
  concurrency: 1,
};
