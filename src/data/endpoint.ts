import { CreditsError } from './errors.js';

/**
 * The endpoint as an absolute http(s) URL without query or trailing slash. Anything else
 * (`data:`, `javascript:`, `blob:`…) is refused before any request: a `TypeError` the elements
 * show as an unusable endpoint.
 */
export function resolveBase(endpoint: string): URL {
  const base = typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href;
  const url = new URL(endpoint, base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The endpoint must be an http(s) URL, not ${url.protocol}`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

/** The rejection of a request its caller cancelled. */
export function abortError(): CreditsError {
  return new CreditsError('aborted', 'The request was cancelled.');
}
