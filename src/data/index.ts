export { CreditsClient, DEFAULT_CACHE_TTL, DEFAULT_TIMEOUT, INVALIDATE_EVENT } from './client.js';
export type { CreditsClientOptions, HeadersSource, RequestOptions } from './client.js';
export { sharedClient } from './shared.js';
export { clientContext, settingsContext } from './context.js';
export type { CreditsSettings } from './context.js';
export { CreditsError, isCreditsError, isAbort, userMessage } from './errors.js';
export type { CreditsErrorKind, CreditsErrorInit } from './errors.js';
