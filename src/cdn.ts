/**
 * The CDN file (`dist/credits-widgets.js`): the API client, its errors and the event classes
 * (the same public list as the npm module), and a loader that fetches each element's code the
 * first time its tag is in the page (see autoload.ts). Element classes are not exported here
 * (that would put every element in this file): `await loadCreditsElements(['credits-balance'])`
 * defines one before any tag exists, then `customElements.get('credits-balance')` gives it.
 */
import { autoload } from './autoload.js';

export * from './public.js';
export { loadCreditsElements } from './autoload.js';
export type { CreditsTagName } from './autoload.js';

if (typeof document !== 'undefined') autoload(document);
