import './en/common.js';
import type { Translate } from './keys.js';
import { translate } from './messages.js';

/** The English source (with a host's English overrides), for text made outside an element. */
export const english: Translate = (key, params) => translate('en', undefined, key, params);
