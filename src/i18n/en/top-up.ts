/** English source: top-up. */
import { defineSource } from '../messages.js';

export const topUp = defineSource({});
