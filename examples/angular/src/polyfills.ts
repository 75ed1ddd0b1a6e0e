// The browser's first script, before main.ts: Lit's hydration support must be installed before
// LitElement is evaluated. Imported from main.ts, esbuild's code splitting puts Lit in a chunk
// that runs first (it is shared with the widgets' lazily loaded parts), and the widgets draw a
// second time beside their server-rendered HTML.
//
// angular.json names this file "./src/polyfills", without its extension: the CLI takes any
// polyfill ending in .js or .ts for zone.js, and would then add zone.js/node to the server
// build of this zoneless app (`Could not resolve "zone.js/node"`).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
