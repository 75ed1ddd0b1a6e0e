/** English source: billing. */
import { defineSource } from '../messages.js';

export const billing = defineSource({});
