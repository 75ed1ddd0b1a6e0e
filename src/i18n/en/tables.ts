/** English source: tables. */
import { defineSource } from '../messages.js';

export const tables = defineSource({});
