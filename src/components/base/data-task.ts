/** The shapes behind `CreditsElement.dataTask` (credits-element.ts). */
import type { initialState, Task } from '@lit/task';
import type { CreditsClient } from '../../data/client.js';

export type AnyTask = Task<readonly unknown[], unknown>;

export interface DataTaskOptions<A extends readonly unknown[], T> {
  /** The inputs of the load besides the client; the task runs again when one changes. */
  args: () => A;
  /** Loads through the client; `initialState` (from `@lit/task`) means "nothing to load". */
  run: (client: CreditsClient, args: A, signal: AbortSignal) => Promise<T | typeof initialState>;
  /**
   * Whether a value loaded for `previous` still describes `next`, so it stays on screen (with
   * `aria-busy`) while `next` loads. By default only the very same inputs qualify: after an
   * organisation switch the old balance is never shown as the new one's.
   */
  sameData?: (previous: A, next: A) => boolean;
  /**
   * The data already in hand (the client's cache) for these inputs, if any: shown from the very
   * first render instead of a skeleton, while the task confirms it.
   */
  peek?: (client: CreditsClient, args: A) => T | undefined;
  /**
   * A load that only adds to what the element shows (the balance's runway): its failure fires
   * no `credits-error` and the element shows no error for it.
   */
  quiet?: boolean;
}

export interface Tracked {
  args: () => readonly unknown[];
  sameData: (previous: readonly unknown[], next: readonly unknown[]) => boolean;
  peek?: (all: readonly unknown[]) => unknown;
  /** The inputs the task's current value was loaded for. */
  loadedFor?: readonly unknown[];
  /** What the last render showed of the task. */
  rendered?: Shown;
}

/** All a render reads of a task (through `shownValue`, `isBusy` and an error's state). */
export interface Shown {
  value: unknown;
  busy: boolean;
  error: unknown;
}

export const sameArgs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
