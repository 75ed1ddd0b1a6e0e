// In the browser only: Lit's hydration support first, then the elements (one copy of Lit).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'credits-widgets';
import { defineNuxtPlugin } from '#imports';

export default defineNuxtPlugin(() => {});
