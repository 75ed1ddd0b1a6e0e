import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { mockApiMiddleware } from './demo/mock-api.js';

/** Serves the contract's mock at /api/<scenario>/… and the demo at /. */
function demoServer(): Plugin {
  return {
    name: 'credits-demo-server',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        void mockApiMiddleware(req, res, next);
      });
    },
  };
}

/**
 * Minifies the CSS inside Lit's `css` tagged templates (comments and whitespace would ship
 * otherwise: bundlers minify the JavaScript around them, not the template text). Conservative:
 * comments go, runs of whitespace become one space, and spaces around `{ } ; ,` and after `:`
 * go; a space before `:` stays (it is a descendant combinator in `.a :focus`).
 */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function minifyCssLiterals(): Plugin {
  return {
    name: 'credits-minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return {
        code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``),
        map: null,
      };
    },
  };
}

/**
 * credits-widgets/reserve.css, beside the CDN file: src/reserve.css minified as the elements' own
 * CSS is (a page links it in its <head>, where every byte holds up the first paint), under a line
 * that says what it is.
 */
function reserveStylesheet(): Plugin {
  return {
    name: 'credits-reserve-stylesheet',
    generateBundle() {
      const source = minifyCss(readFileSync('src/reserve.css', 'utf8'));
      this.emitFile({
        type: 'asset',
        fileName: 'reserve.css',
        source: `/* credits-widgets/reserve.css: room for the credits elements before their code runs (see the README) */\n${source}\n`,
      });
    },
  };
}

/**
 * The CDN loader fetches an element's chunk when its tag appears; the browser learns that chunk's
 * own imports (the Lit core, the table engine…) only once it has it, one round trip later. This
 * starts them together: each `import('./chunks/x.js')` of the loader also imports, at the same
 * moment, every chunk x needs that the loader has not loaded already.
 */
function preloadElementChunks(): Plugin {
  return {
    name: 'credits-preload-element-chunks',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
      );
      const needs = (file: string, seen = new Set<string>()): Set<string> => {
        for (const dep of chunks.get(file)?.imports ?? []) {
          if (!seen.has(dep)) needs(dep, seen.add(dep));
        }
        return seen;
      };
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const loaded = needs(entry.fileName);
        entry.code = entry.code.replace(
          /import\(`\.\/(chunks\/[^`]+)`\)/g,
          (call, file: string) => {
            const extra = [...needs(file)].filter((dep) => !loaded.has(dep));
            if (!extra.length) return call;
            const early = extra.map((dep) => `import(\`./${dep}\`).catch(()=>{})`).join(',');
            return `(${early},${call})`;
          },
        );
      }
    },
  };
}

/**
 * Each translation ships once: the npm modules load the CDN build's chunk of it (`npm run build`
 * makes the CDN file first), one module of data, rather than a second copy as a dozen modules
 * (200 KB of the package).
 */
function translationsFromCdnChunks(): Plugin {
  return {
    name: 'credits-translations-from-cdn-chunks',
    enforce: 'pre',
    async resolveId(source, importer) {
      const id =
        importer && /[\\/]src[\\/]i18n[\\/]shipped\.ts$/.test(importer)
          ? /^\.\/locales\/([\w-]+)\.js$/.exec(source)?.[1]
          : undefined;
      if (!id) return null;
      const file = readdirSync('dist/chunks').find((f) =>
        new RegExp(`^${id}-[\\w-]{8}\\.js$`).test(f),
      );
      if (!file) this.error(`no CDN chunk of the "${id}" translation: build the CDN file first`);
      // Data alone: a chunk that imported the CDN build's shared code would put a second copy
      // of the library in an npm user's bundle.
      const { default: ts } = await import('typescript');
      const { importedFiles } = ts.preProcessFile(readFileSync(`dist/chunks/${file}`, 'utf8'));
      if (importedFiles.length) {
        this.error(`dist/chunks/${file} (the "${id}" translation) imports other modules`);
      }
      // Kept as written, from where shipped.ts lands (dist/npm/i18n/shipped.js).
      return { id: `${posix.relative('dist/npm/i18n', 'dist/chunks')}/${file}`, external: true };
    },
  };
}

/** The modules that define an element (`customElements.define`), not its class or parts. */
function elementModules(): string[] {
  return readdirSync('src/components').flatMap((dir) =>
    readdirSync(`src/components/${dir}`)
      .filter((file) => /^credits-[a-z-]+\.ts$/.test(file) && !file.endsWith('.styles.ts'))
      .map((file) => `src/components/${dir}/${file}`)
      .filter((path) => readFileSync(path, 'utf8').includes('customElements.define(')),
  );
}

/** One npm entry per element (`credits-widgets/credits-balance.js`) beside the main one. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: 'src/index.ts',
    // Every element class, nothing defined (credits-widgets/classes).
    classes: 'src/classes.ts',
    // Server rendering with data (credits-widgets/ssr), for Node.
    ssr: 'src/ssr.ts',
    // What edge and worker runtimes import instead of index, classes and the element modules
    // (package.json's edge-light, workerd and worker conditions).
    server: 'src/server.ts',
    // The contract checker (bin/credits-widgets.js), for Node.
    'cli/check-api': 'src/cli/check-api.ts',
  };
  for (const path of elementModules()) {
    entries[path.replace(/^src\//, '').replace(/\.ts$/, '')] = path;
  }
  return entries;
}

const dependencies = [/^lit($|\/)/, /^@lit\//, /^chart\.js($|\/)/, /^valibot$/, /^@lit-labs\//];

// The modules every page loads with the CDN file: the client, the contract, the events, the
// message registry with the shared English (each translation stays a chunk of its own) and what
// the loader's first requests read of a tag (the breakdown's period: prefetch.ts).
const CLIENT =
  /[\\/]src[\\/](data|api|events)[\\/]|[\\/]src[\\/](internal[\\/]day|components[\\/]usage-breakdown[\\/]period)\.|[\\/]src[\\/]i18n[\\/](messages|shipped|english|locale|en[\\/]common)\.|[\\/]valibot[\\/]|@lit[\\/]context[\\/]lib[\\/](context-root|context-request-event|create-context)\./;
// The table engine and the transaction tables' base (src/components/table/).
const TABLE =
  /[\\/]src[\\/]components[\\/]table[\\/]|lit-html[\\/](directives[\\/](ref|style-map)|async-directive|directive-helpers)\.js/;
// The names of the contract's codes, which every table, payments and the usage breakdown show:
// a file of their own, so the breakdown does not fetch the table engine for them.
const LABELS = /[\\/]src[\\/](internal[\\/]labels|i18n[\\/]en[\\/]labels)\./;
// The runway (recent pace) and the top-up rules, shared by the balance and the alerts.
const PACE = /[\\/]src[\\/]components[\\/](balance[\\/]runway|top-up[\\/]bundles)\./;
// The modules every element needs: Lit, the task and context consumer, the base element, the
// shared styles and formatting (not the provider's parts nor directives only some elements use).
const CORE =
  /[\\/]node_modules[\\/](lit|lit-element|@lit[\\/]reactive-element|@lit[\\/]task)[\\/]|lit-html[\\/](lit-html|directive)\.js|@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-consumer|decorators[\\/]consume)\.|[\\/]src[\\/](components[\\/]base|styles|version|internal[\\/](format|numbers|url|attributes|preferences|define)|controllers[\\/](locale|client|data|revalidate)-controller)[\\/.]/;

export default defineConfig(({ mode, command }) => {
  if (mode === 'demo') {
    // npm run build:demo: the demo pages as static files for any host (the mock API then runs
    // in the page, demo/mock-worker.ts), relative to wherever they are served from.
    return {
      root: 'demo',
      base: './',
      resolve: { conditions: ['module', 'browser', 'production'] },
      build: {
        outDir: '../dist-demo',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: {
          input: {
            index: 'demo/index.html',
            gallery: 'demo/gallery.html',
            states: 'demo/states.html',
          },
        },
      },
    };
  }
  if (mode === 'npm') {
    // Unbundled ES modules for npm users; their bundler dedupes lit and friends.
    return {
      plugins: [minifyCssLiterals(), translationsFromCdnChunks()],
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        minify: false,
        // The modules are unminified ES: readable as they are; maps would double the tarball.
        sourcemap: false,
        lib: { entry: elementEntries(), formats: ['es'] },
        rolldownOptions: {
          external: dependencies,
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            entryFileNames: '[name].js',
            // Without the JSDoc: the .d.ts files beside them carry it to editors (a sixth of
            // the modules' size); the /* @__PURE__ */ marks a bundler tree-shakes by stay.
            comments: { jsdoc: false, legal: true, annotation: true },
          },
        },
      },
    };
  }
  return {
    plugins: [
      demoServer(),
      ...(command === 'build'
        ? [minifyCssLiterals(), preloadElementChunks(), reserveStylesheet()]
        : []),
    ],
    // Lit's production build in the demo too: dev mode only adds a console warning there.
    resolve: { conditions: ['module', 'browser', 'production'] },
    server: { port: 5173 },
    // The playground imports axe-core only when its Accessibility panel opens: prebundled with
    // the rest at start, so that first import() never meets a re-optimisation (a 504).
    optimizeDeps: { include: ['axe-core'] },
    // The CDN file: the client and a loader (src/cdn.ts); each element's code is a chunk it
    // loads, relative to itself, when the element's tag first appears in the page.
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      // No source maps: they could only name our sources (src/ is not in the package) and were
      // a fifth of the tarball.
      sourcemap: false,
      lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'credits-widgets.js' },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Fewer, larger shared chunks: every page loads the client (with the event classes)
          // and every element the Lit core, so each is one file instead of several small ones
          // that gzip apart (a page with only the balance fetched 15 files).
          codeSplitting: {
            groups: [
              { name: 'client', test: (id: string) => CLIENT.test(id), priority: 2 },
              { name: 'core', test: (id: string) => CORE.test(id), priority: 1 },
              // The table engine with the transaction tables' common base: every table page
              // needs both, and a page over HTTP/1.1 waits on each extra file (six at a time).
              { name: 'table', test: (id: string) => TABLE.test(id), priority: 1 },
              { name: 'labels', test: (id: string) => LABELS.test(id), priority: 1 },
              // The recent pace and the purchase rules: the balance and the alerts both read
              // them, as one file rather than two small ones.
              { name: 'pace', test: (id: string) => PACE.test(id), priority: 1 },
            ],
          },
        },
      },
    },
  };
});
