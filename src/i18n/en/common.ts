/** English source: what every element says (its states, errors and shared controls). */
import { defineSource } from '../messages.js';

export const common = defineSource({
  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.none': '—',
  'common.noEndpoint': 'This widget\'s {endpoint} is not a usable http(s) URL: "{value}".',
  'common.noSource':
    'This widget has no data source: set its {endpoint} attribute or place it inside a {provider}.',
  'error.cancelled': 'The request was cancelled.',
  'error.unauthenticated': 'Your session has expired. Sign in again to see your credits.',
  'error.forbidden': 'You do not have permission to see this.',
  'error.timeout': 'The credits service took too long to answer. Try again in a moment.',
  'error.validation': 'Some fields need attention.',
  'error.internal':
    'This widget ran into a problem of its own while showing your credits. Try again; if it keeps happening, tell the site’s support.',
  'error.http': 'The credits service could not answer (HTTP {status}).',
  'error.contract':
    'The credits service sent an answer this page cannot read. Try again; if it keeps happening, contact the site’s support.',
  'error.supportDetails': 'Details for support',
  'error.offline': 'You seem to be offline. Check your connection and try again.',
  'error.cors':
    'The credits service did not answer this page. It may not accept requests from this site (CORS): its developers can find how to allow them in the credits-widgets README, under "Cross-origin APIs".',
  'error.network': 'Could not reach the credits service. Check your connection and try again.',
  'error.emptyPages': {
    one: 'The server kept sending pages without rows, each pointing to another one, so loading stopped after {count} empty page in a row. If it keeps happening, tell the site’s support.',
    other:
      'The server kept sending pages without rows, each pointing to another one, so loading stopped after {count} empty pages in a row. If it keeps happening, tell the site’s support.',
  },
  'error.pageLimit': {
    one: 'Loading stopped after {count} page without reaching the end of the list. If the list really is that long, narrow it with a filter; otherwise tell the site’s support.',
    other:
      'Loading stopped after {count} pages without reaching the end of the list. If the list really is that long, narrow it with a filter; otherwise tell the site’s support.',
  },
  'error.config':
    'This page sets the credits widgets’ {setting} to "{value}", which is not allowed (it must be one of: {allowed}), so nothing was requested. This is a setting of the page, not a problem with your connection: tell the site’s support.',
  'error.configFetch':
    'This page gives the credits widgets a {setting} of type {type}, which is not allowed (it must be a function), so nothing was requested. This is a setting of the page, not a problem with your connection: tell the site’s support.',
  'error.configHeaders':
    'This page gives the credits widgets {setting} of type {type} that they cannot use (they must be an object of header names and values, or a function that returns one), so nothing was requested. This is a setting of the page, not a problem with your connection: tell the site’s support.',
});
