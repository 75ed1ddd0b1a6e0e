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
  testsFinishTimeout: 120_000,
  concurrency: 1,
};
