// The version the elements report (src/version.ts: a second copy of the library on a page
// compares it) is the package's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('src/version.ts says the version package.json says', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const source = readFileSync('src/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});
