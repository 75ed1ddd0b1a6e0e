import * as v from 'valibot';

/** One place where a response broke the contract, in words a developer can act on. */
export interface ContractIssue {
  /** Dotted path into the body, `items[3].credits`; empty for the body itself. */
  path: string;
  /** `expected an integer, got "lots"` or `is missing`. */
  problem: string;
  /** The same as a clause a sentence can carry: `available should be an integer, not "lots"`. */
  sentence: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ContractIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function toIssue(issue: v.BaseIssue<unknown>): ContractIssue {
  const path = pathOf(issue);
  const subject = path || 'the response';
  // valibot reports a missing object key as an "object" issue whose received value is undefined.
  if (issue.received === 'undefined') {
    return { path, problem: 'is missing', sentence: `${subject} is missing` };
  }
  return {
    path,
    problem: `expected ${issue.message}, got ${issue.received}`,
    sentence: `${subject} should be ${issue.message}, not ${issue.received}`,
  };
}

/** Checks `data` against `schema`; on failure, every issue with its path. Never throws. */
export function validate<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
): ValidationResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, data, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.map(toIssue) };
}

/** `available: expected an integer, got "lots"` */
export function describeIssue(issue: ContractIssue): string {
  return issue.path ? `${issue.path}: ${issue.problem}` : `the response: ${issue.problem}`;
}
