// In the browser: Lit's hydration support first, then the elements (one copy of Lit for both).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'credits-widgets';
