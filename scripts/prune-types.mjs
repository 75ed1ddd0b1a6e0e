// Removes the declaration files no consumer's TypeScript can reach (part of `npm run build`).
// tsc declares every module of src/, but a consumer reaches only the `types` of package.json's
// exports and what those import: the translations' catalogues (each spelled out as a type) and
// the helpers only the code uses would ship for no one (about 270 KB of the tarball).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const roots = new Set([resolve(pkg.types)]);
(function walk(value, condition) {
  if (typeof value === 'string') {
    if (condition === 'types') roots.add(resolve(value));
  } else {
    for (const [key, inner] of Object.entries(value ?? {})) walk(inner, key);
  }
})(pkg.exports);

const program = ts.createProgram([...roots], {
  noEmit: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
});
const reachable = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
for (const root of roots) {
  if (!reachable.has(root)) throw new Error(`prune-types: ${root} (a types entry) is missing`);
}

const DIR = 'dist/npm';
let removed = 0;
let kept = 0;
for (const entry of readdirSync(DIR, { recursive: true })) {
  const file = join(DIR, entry);
  if (file.endsWith('.d.ts') && !reachable.has(resolve(file))) {
    rmSync(file);
    removed++;
  } else if (file.endsWith('.d.ts')) kept++;
}
console.log(`${removed} declaration files no entry reaches removed from ${DIR} (${kept} kept)`);
