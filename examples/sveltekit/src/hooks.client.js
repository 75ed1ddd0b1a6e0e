// Runs in the browser only, before SvelteKit hydrates the page: Lit's hydration support
// first, then the elements (one copy of Lit in the bundle for both). The elements are imported
// in `init`, which SvelteKit awaits before it hydrates: with a static import, Vite's code
// splitting put Lit in a shared chunk that ran before this module's own code, so Lit never got
// the hydration support and every widget drew a second time beside the server's.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export async function init() {
  await import('credits-widgets');
}
