/** hi: the shipped translation (see ../en for the English source of every key). */
import type { Translation } from '../keys.js';

export default {} satisfies Partial<Translation>;
