// The built CDN files as the browser fetches them, for the checks after a build
// (check-loader.mjs, check-size.mjs): a file's static imports, and what each tag's loader starts.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

export const LOADER = 'credits-widgets.js';

/** A file of dist/ as text. */
export const read = (file) => readFileSync(`dist/${file}`, 'utf8');

/** The chunks `file` imports statically, as paths under dist/. */
const imports = (file) =>
  [...read(file).matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map((m) =>
    posix.join(posix.dirname(file), m[1]),
  );

/** `file`'s static imports, all the way down. */
export function needs(file, seen = new Set()) {
  for (const dep of imports(file)) if (!seen.has(dep)) needs(dep, seen.add(dep));
  return seen;
}

/**
 * Each tag's loader in the CDN file: the files it imports at once, the element's chunk last
 * (`"credits-x":()=>(import(a).catch(…),…,import(x))`, read up to the next tag).
 */
export function tagLoaders() {
  const found = read(LOADER).matchAll(
    /"(credits-[a-z-]+)":\(\)=>([^]*?)(?=,"credits-[a-z-]+":\(\)=>|\}[,;])/g,
  );
  return new Map(
    [...found].map(([, tag, body]) => [
      tag,
      [...body.matchAll(/import\(`\.\/([^`]+)`\)/g)].map((m) => m[1]),
    ]),
  );
}
