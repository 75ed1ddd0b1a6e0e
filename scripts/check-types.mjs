// The framework typings compile in a tiny app per framework, and misuse is rejected (after
// `npm run build`, which generates them):
//   React 19 and 18   tsc, misuse marked with @ts-expect-error (an unused one fails)
//   Vue 3             vue-tsc with strictTemplates, misuse marked with @vue-expect-error
//   Svelte 5          svelte-check: no problem in App.svelte, and exactly the expected ones in
//                     misuse.svelte (svelte has no expect-error comment)
import { execFileSync, spawnSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npx', ['tsc', '-p', 'test/types/react']);
console.log('React 19 JSX types and React 18 wrappers: ok');
run('npx', ['vue-tsc', '-p', 'test/types/vue']);
console.log('Vue GlobalComponents under strictTemplates: ok');

const svelte = spawnSync(
  'npx',
  [
    'svelte-check',
    '--workspace',
    'test/types/svelte',
    '--tsconfig',
    './tsconfig.json',
    '--output',
    'machine',
  ],
  { encoding: 'utf8' },
);
const problems = svelte.stdout
  .split('\n')
  .filter((line) => / (ERROR|WARNING) /.test(line))
  .map((line) => line.replace(/^\d+ /, ''));
const expected = [
  /^ERROR "misuse\.svelte" 6:\d+ .*infinite/,
  /^ERROR "misuse\.svelte" 7:\d+ .*'amount' does not exist/,
];
const unexpected = problems.filter((p) => !expected.some((e) => e.test(p)));
const missing = expected.filter((e) => !problems.some((p) => e.test(p)));
if (unexpected.length || missing.length) {
  console.error(svelte.stdout, svelte.stderr);
  for (const p of unexpected) console.error(`unexpected: ${p}`);
  for (const e of missing) console.error(`misuse not rejected: ${e}`);
  process.exit(1);
}
console.log('Svelte 5 svelte/elements: ok (both misuses rejected)');
