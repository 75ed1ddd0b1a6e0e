export * from './schemas.js';
export type * from './types.js';
export { validate, describeIssue } from './validate.js';
export type { ContractIssue, ValidationResult } from './validate.js';
