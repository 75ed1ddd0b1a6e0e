// After `npm run build` (npm run test:runtimes): every entry of the package imports in Node and
// in edge and worker runtimes. Each runtime is a child process with the conditions its bundler
// resolves with (scripts/runtimes-hook.mjs: `node` dropped, as in an edge runtime) and no
// HTMLElement, document, window or customElements. There, importing the package, its element
// modules, `classes`, `cdn` and `react18` may not throw nor define anything, every name the
// Node entry exports is exported too (an import that links in a browser bundle links here), and
// the API client works. In Node, the same imports define the elements in Lit's registry shim.
// And a browser bundler's conditions still resolve to the elements, never to the server entry.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ENTRIES = Object.entries(pkg.exports)
  .filter(([, value]) => typeof value === 'object' && Object.keys(value).some((c) => c !== 'types'))
  // Node only: it renders with @lit-labs/ssr, which needs Node (test/ssr/ runs it there).
  .filter(([key]) => key !== './ssr')
  .map(([key]) => pkg.name + key.slice(1));
const SERVER = new URL('../dist/npm/server.js', import.meta.url).href;
const DOM = ['HTMLElement', 'document', 'window', 'customElements'];

/** Each runtime's conditions, as its bundler resolves them; `null` keeps Node's own. */
const RUNTIMES = [
  { name: 'node', conditions: null },
  {
    name: 'edge-light (Next.js and Vercel edge)',
    conditions: ['edge-light', 'worker', 'browser', 'import', 'module'],
  },
  {
    name: 'workerd (Cloudflare Workers)',
    conditions: ['workerd', 'worker', 'browser', 'import', 'module'],
  },
  { name: 'worker (a web worker bundle)', conditions: ['worker', 'browser', 'import', 'module'] },
  {
    name: 'browser (Vite, esbuild, webpack for the web)',
    conditions: ['browser', 'import', 'module', 'production'],
    resolveOnly: true,
  },
];

const BALANCE = {
  available: 12_480,
  costPerCredit: { amount: '0.0120', currency: 'USD' },
  asOf: '2026-11-24T09:30:00Z',
};

/** The API client fetches and validates a balance; an event class constructs. */
async function useClient(main, problems) {
  const calls = [];
  const client = new main.CreditsClient({
    endpoint: 'https://x.example/api',
    fetch: async (url) => {
      calls.push(String(url));
      return Response.json(BALANCE);
    },
  });
  const balance = await client.getBalance();
  if (balance.available !== BALANCE.available || calls[0] !== 'https://x.example/api/balance')
    problems.push(`the client fetched ${calls.join(', ')} and got ${JSON.stringify(balance)}`);
  const event = new main.CreditsPurchaseEvent({ available: 1, href: null });
  if (event.type !== 'credits-purchase') problems.push('CreditsPurchaseEvent has the wrong type');
}

/** In the child: imports every entry under `conditions`; what failed, in words. */
async function child({ conditions, resolveOnly }) {
  const problems = [];
  const present = DOM.filter((name) => globalThis[name] !== undefined);
  if (present.length) return { problems: [`the runtime already has ${present.join(', ')}`] };
  register('./runtimes-hook.mjs', import.meta.url, { data: { conditions } });

  if (resolveOnly) {
    const server = ENTRIES.filter((entry) => import.meta.resolve(entry) === SERVER);
    if (server.length) problems.push(`${server.join(', ')} resolve to the server entry`);
    return { problems };
  }

  const modules = {};
  for (const entry of ENTRIES) {
    try {
      modules[entry] = await import(entry);
    } catch (error) {
      const where = error?.stack?.split('\n').find((line) => /^\s+at /.test(line));
      problems.push(`import '${entry}' threw ${error}${where ? ` ${where.trim()}` : ''}`);
    }
  }
  const exported = Object.fromEntries(
    Object.entries(modules).map(([entry, module]) => [entry, Object.keys(module).sort()]),
  );

  const main = modules[pkg.name];
  const react18 = modules[`${pkg.name}/react18`];
  try {
    if (main) await useClient(main, problems);
    // A wrapper's render, as React's server renderer calls it (React is the stand-in here).
    const out = react18?.CreditsBalance.render(
      { endpoint: '/api/credits', admin: false, showCost: true, onCreditsPurchase: () => {} },
      null,
    );
    if (react18 && out?.type !== 'credits-balance')
      problems.push('the React 18 CreditsBalance renders no tag');
    // On a server its settings are attributes of the first HTML (React 18's renderToString
    // gave a bare <credits-balance> in Node): booleans as the element reads them.
    const expected = { endpoint: '/api/credits', admin: 'false', 'show-cost': '' };
    for (const [name, value] of Object.entries(expected)) {
      if (react18 && out?.props?.[name] !== value)
        problems.push(`the React 18 CreditsBalance on a server has ${name}=${out?.props?.[name]}`);
    }
    // Under Lit's server renderer for React (@lit-labs/nextjs), the wrapper is @lit/react's,
    // which hands Lit every property, the server's `client` too (attributes alone drew a
    // skeleton: the first HTML lacked the data).
    if (react18) {
      const client = { seeded: true };
      globalThis.litSsrReactEnabled = true;
      let lit;
      try {
        lit = react18.CreditsBalance.render({ endpoint: '/api/credits', client }, null);
      } finally {
        delete globalThis.litSsrReactEnabled;
      }
      if (typeof lit?.type === 'string' || lit?.props?.client !== client)
        problems.push(
          `under Lit's server renderer the React 18 CreditsBalance renders <${lit?.type}> without its client`,
        );
    }
  } catch (error) {
    problems.push(`using the imports threw ${error?.stack ?? error}`);
  }

  if (conditions) {
    const added = DOM.filter((name) => globalThis[name] !== undefined);
    if (added.length) problems.push(`importing the package put ${added.join(', ')} in globals`);
  } else {
    const tags = ['credits-balance', 'credits-dashboard', 'credits-provider'];
    const missing = tags.filter((tag) => !globalThis.customElements?.get(tag));
    if (missing.length) problems.push(`Node did not define ${missing.join(', ')}`);
  }
  return { problems, exported };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await child(JSON.parse(process.argv[3]))));
  process.exit(0);
}

// The runtimes side by side (each child mostly waits on module loading).
const results = await Promise.all(
  RUNTIMES.map(async (runtime) => {
    try {
      const { stdout } = await run(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', JSON.stringify(runtime)],
        { timeout: 30_000 },
      );
      return JSON.parse(stdout);
    } catch (error) {
      return { problems: [`the child failed: ${String(error.stderr || error).trim()}`] };
    }
  }),
);
const failures = [];
// A server component that imports the wrappers gets a client reference instead of running them.
const react18 = readFileSync(new URL('../dist/react18.js', import.meta.url), 'utf8');
const firstLine = react18.split('\n', 1)[0];
if (!/^['"]use client['"];?$/.test(firstLine.trim()))
  failures.push(`dist/react18.js starts with ${firstLine}, not 'use client'`);
const nodeExports = results[0].exported;
RUNTIMES.forEach(({ name, conditions, resolveOnly }, i) => {
  const { problems, exported } = results[i];
  if (conditions && nodeExports && exported) {
    for (const [entry, names] of Object.entries(nodeExports)) {
      const lacking = names.filter((n) => exported[entry] && !exported[entry].includes(n));
      if (lacking.length) problems.push(`'${entry}' lacks ${lacking.join(', ')}, which Node's has`);
    }
  }
  if (problems.length) failures.push(`${name}:\n  - ${problems.join('\n  - ')}`);
  else if (resolveOnly) console.log(`${name}: ${ENTRIES.length} entries resolve to the elements`);
  else if (conditions) console.log(`${name}: ${ENTRIES.length} entries import, nothing defined`);
  else console.log(`${name}: ${ENTRIES.length} entries import, the elements are defined`);
});
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
