/**
 * The CDN file (`dist/credits-widgets.js`): the API client, its errors and the event classes,
 * and a loader that fetches each element's code the first time its tag is in the page (see
 * autoload.ts). Element classes are not exported here (that would put every element in this
 * file): get one with `customElements.whenDefined('credits-balance')`.
 */
import { autoload } from './autoload.js';
import { attachContextRoot } from './data/context.js';

export type * from './api/index.js';
export { CreditsClient } from './data/client.js';
export type { CreditsClientOptions, HeadersSource, RequestOptions } from './data/client.js';
export { CreditsError, isCreditsError } from './data/errors.js';
export type { CreditsErrorKind, MisconfiguredSetting, WalkBound } from './data/errors.js';
export type { PageBounds } from './data/pages.js';
export * from './events/index.js';
export { registerMessages } from './i18n/messages.js';
export type { Message, PluralMessage } from './i18n/messages.js';
export type { MessageKey } from './i18n/keys.js';
export { SHIPPED_LOCALES } from './i18n/shipped.js';
export { loadCreditsElements } from './autoload.js';

attachContextRoot();
if (typeof document !== 'undefined') autoload(document);
