/**
 * The one list of what the package offers besides its elements, exported by both entry points:
 * the npm module (src/index.ts, which adds the element classes and defines them) and the CDN
 * file (src/cdn.ts, which adds the loader).
 */
export type * from './api/index.js';
export { CreditsClient } from './data/client.js';
export type { CreditsClientOptions, HeadersSource, RequestOptions } from './data/client.js';
export { CreditsError, isCreditsError, isNotOffered } from './data/errors.js';
export type { CreditsErrorKind, MisconfiguredSetting, WalkBound } from './data/errors.js';
export type { PageBounds } from './data/pages.js';
export * from './events/index.js';
export { registerMessages } from './i18n/messages.js';
export type { Message, PluralMessage } from './i18n/messages.js';
export type { MessageKey } from './i18n/keys.js';
export { SHIPPED_LOCALES } from './i18n/shipped.js';
export type { Paging } from './components/table/credits-table.js';
