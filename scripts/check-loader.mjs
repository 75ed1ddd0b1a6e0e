// After a build: the CDN loader (dist/credits-widgets.js) starts, with each element's chunk,
// every chunk that chunk imports and the loader has not loaded already (vite.config.ts,
// preloadElementChunks), so they download together instead of one round trip apart. Fails when
// a tag's loader misses one. Also: each shipped translation is a chunk of its own that no chunk
// imports statically, so a page downloads only the languages its elements speak.
import { readdirSync } from 'node:fs';
import { LOADER as loader, needs, read, tagLoaders } from './cdn-files.mjs';

const loaded = needs(loader);
const tags = tagLoaders();
const problems = [];
for (const [tag, started] of tags) {
  const element = started.at(-1);
  const missing = [...needs(element)].filter((dep) => !loaded.has(dep) && !started.includes(dep));
  if (missing.length)
    problems.push(`<${tag}> loads ${element} without starting ${missing.join(', ')}`);
}
if (tags.size < 11) problems.push(`found the loaders of ${tags.size} tags, not 11`);

const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
const translations = ['de', 'fr', 'es', 'pt-BR', 'hi', 'ar'].map((id) => ({
  id,
  file: chunks.find((f) => new RegExp(`^${id}-[\\w-]{8}\\.js$`).test(f)),
}));
const everything = [loader, ...chunks.map((f) => `chunks/${f}`)];
const staticallyNeeded = new Set(everything.flatMap((file) => [...needs(file)]));
for (const { id, file } of translations) {
  if (!file) {
    problems.push(`no chunk of its own for the "${id}" translation`);
    continue;
  }
  if (staticallyNeeded.has(`chunks/${file}`)) {
    problems.push(
      `the "${id}" translation (${file}) is imported statically: every page pays for it`,
    );
  }
  if (!everything.some((other) => read(other).includes(`import(\`./${file}\`)`))) {
    problems.push(`nothing loads the "${id}" translation (${file}) on demand`);
  }
}
if (problems.length) {
  console.error(`CDN loader:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `CDN loader: each of ${tags.size} tags starts its chunk and every chunk it needs at once; ` +
    `${translations.length} translations are chunks loaded on demand.`,
);
