// In the browser: Lit's hydration support first, then the elements (one copy of Lit for both).
// The elements are imported once it has run: with esbuild's code splitting (the dashboard loads
// some panels lazily), a static import put Lit in a shared chunk that ran before this module's
// own code, so Lit never got the hydration support and every widget drew a second time beside
// the server's.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

await import('credits-widgets');
