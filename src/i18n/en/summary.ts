/** English source: summary. */
import { defineSource } from '../messages.js';

export const summary = defineSource({});
