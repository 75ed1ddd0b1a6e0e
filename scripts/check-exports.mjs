// After `npm run build`: every path package.json points npm users at exists, and every element
// module in src/components has an export of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = [
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  pkg.jsdelivr,
  pkg.unpkg,
  ...Object.values(pkg.bin ?? {}),
];
for (const value of Object.values(pkg.exports)) {
  if (typeof value === 'string') targets.push(value);
  else targets.push(...Object.values(value));
}
const missing = targets.filter((t) => !existsSync(t));
// An element's define module registers it; its class module (`.component.ts`) and the base classes don't.
const elements = readdirSync('src/components').flatMap((dir) =>
  readdirSync(`src/components/${dir}`)
    .filter((f) => /^credits-[a-z-]+\.ts$/.test(f) && !f.endsWith('.styles.ts'))
    .filter((f) =>
      readFileSync(`src/components/${dir}/${f}`, 'utf8').includes('customElements.define('),
    )
    .map((f) => f.replace(/\.ts$/, '.js')),
);
const unexported = elements.filter((f) => !pkg.exports[`./${f}`]);
if (missing.length || unexported.length) {
  for (const m of missing)
    console.error(`package.json points at ${m}, which the build did not make.`);
  for (const u of unexported) console.error(`package.json exports has no "./${u}".`);
  process.exit(1);
}
console.log(
  `package.json: all ${targets.length} entry points exist; every element has its export.`,
);
