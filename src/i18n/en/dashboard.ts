/** English source: dashboard. */
import { defineSource } from '../messages.js';

export const dashboard = defineSource({});
