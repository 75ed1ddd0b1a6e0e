export type * from './types.js';
export type { ContractIssue } from './validate.js';
