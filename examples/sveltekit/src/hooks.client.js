// Runs in the browser only, before SvelteKit hydrates the page: Lit's hydration support
// first, then the elements (one copy of Lit in the bundle for both).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'credits-widgets';
