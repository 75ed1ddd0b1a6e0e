// `npm test`: the browser tests (web-test-runner in headless Chromium) and the Node tests
// (`node --test`: the CLI and server rendering), then one line with the total of both. Each part
// runs whatever the other's result; it exits 1 when anything fails in either.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;

/** A count in node --test's TAP summary (`# pass 12`). */
const tapCount = (tap, name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);

if (run(process.execPath, ['scripts/ensure-browser.mjs']) !== 0) process.exit(1);

const dir = mkdtempSync(join(tmpdir(), 'credits-tests-'));
let summary;
try {
  // The reporter scripts/wtr-counts.mjs (in web-test-runner.config.mjs) writes the counts.
  const browserCounts = join(dir, 'browser.json');
  // Arguments go to web-test-runner: `npm test -- --files test/balance.test.ts`.
  const browserStatus = run('npx', ['web-test-runner', ...process.argv.slice(2)], {
    CREDITS_TEST_COUNTS: browserCounts,
  });
  // The usual report on the screen, and TAP in a file for its counts.
  const nodeTap = join(dir, 'node.tap');
  const nodeStatus = run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${nodeTap}`,
    'test/cli/',
    'test/ssr/',
  ]);
  const browser = existsSync(browserCounts)
    ? JSON.parse(readFileSync(browserCounts, 'utf8'))
    : undefined;
  const tap = existsSync(nodeTap) ? readFileSync(nodeTap, 'utf8') : '';
  const node = /^# tests \d+$/m.test(tap)
    ? {
        passed: tapCount(tap, 'pass'),
        failed: tapCount(tap, 'fail') + tapCount(tap, 'cancelled'),
        skipped: tapCount(tap, 'skipped') + tapCount(tap, 'todo'),
      }
    : undefined;
  summary = describe(browser, node, browserStatus, nodeStatus);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${summary.lines.join('\n')}`);
process.exit(summary.ok ? 0 : 1);

function describe(browser, node, browserStatus, nodeStatus) {
  const lines = [];
  if (!browser) lines.push('The browser tests did not finish (web-test-runner gave no counts).');
  if (!node) lines.push('The Node tests did not finish (node --test gave no summary).');
  if (!browser || !node) return { ok: false, lines };
  const failed = browser.failed + node.failed;
  const inBrowser = browser.passed + browser.failed;
  const inNode = node.passed + node.failed;
  if (browser.skipped + node.skipped) {
    lines.push(
      `${browser.skipped + node.skipped} skipped (${browser.skipped} in the browser, ${node.skipped} in Node).`,
    );
  }
  lines.push(
    failed
      ? `${failed} of ${inBrowser + inNode} tests failed (${browser.failed} of ${inBrowser} in the browser, ${node.failed} of ${inNode} in Node).`
      : `${inBrowser + inNode} tests passed (${inBrowser} in the browser, ${inNode} in Node)${
          browserStatus || nodeStatus
            ? ', but a test file failed outside its tests (see above)'
            : ''
        }.`,
  );
  return { ok: !failed && browserStatus === 0 && nodeStatus === 0, lines };
}
