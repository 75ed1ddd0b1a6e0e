import { initialState, Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CreditsClient } from '../data/client.js';
import { asCreditsError, isAbort, type CreditsError } from '../data/errors.js';
import type { ClientController, ClientListener } from './client-controller.js';

export interface DataOptions<A extends readonly unknown[], T> {
  /** The inputs of the load besides the client; it loads again when one changes. */
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
   * The data already in hand (the client's cache) for these inputs, if any: shown at once, and
   * nothing is loaded for them (the element draws once instead of a skeleton and then data).
   */
  peek?: (client: CreditsClient, args: A) => T | undefined;
  /** Called when the client's refresh makes the element load again, before it does. */
  beforeReload?: () => void;
  /**
   * The element's first render hydrates a skeleton a server drew (it had no data for it): that
   * render draws the skeleton too, whatever the cache holds; the data comes in the next one.
   */
  hydratingSkeleton?: () => boolean;
  /** Told of a failed load (not of an abort): the element's `credits-error` event. */
  onError?: (error: CreditsError) => void;
}

type Inputs = readonly unknown[];

/** What an element reads of a load, whatever its inputs. */
export interface DataState<T> {
  readonly value: T | undefined;
  readonly busy: boolean;
  readonly error: unknown;
  retry(): void;
  render<R>(renderers: {
    complete: (value: T) => R;
    pending: () => R;
    error: (error: unknown) => R;
  }): R;
}

const sameInputs = (a: Inputs, b: Inputs) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * One load of an element: a `@lit/task` Task on the element itself, run with the element's
 * client and `args()` when they change (a newer run aborts the older, so a stale answer never
 * overwrites a fresh one). What the element shows of it is `value`, `busy` and `error`:
 * - inputs the client's cache already answers are shown from it and not loaded at all;
 * - a value loaded for the same data (`sameData`) stays on screen while the next one loads;
 * - a refresh of the client loads again; a revalidation (a poll) does not abort a load under
 *   way, which is as fresh as the one it would start;
 * - a failure that the cache can now answer (another widget loaded it) is mended from there.
 *
 * Removed from the page, the element holds no request: a load under way is aborted and runs
 * again, as on a fresh mount, if the element comes back.
 */
export class DataController<A extends readonly unknown[], T>
  implements ReactiveController, ClientListener, DataState<T>
{
  readonly task: Task<Inputs, T>;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #clients: ClientController;
  readonly #options: DataOptions<A, T>;
  /** The inputs (client first) of the element's current update. */
  #inputs?: Inputs;
  /**
   * The last data loaded and the inputs it was loaded for. The task forgets its value when a
   * run fails or is aborted; what was loaded for the same data stays on screen while it loads
   * again (after the element comes back into the page, say).
   */
  #loaded?: { inputs: Inputs; value: T };
  /** The last run failed and nothing has answered since (the cache may mend it). */
  #failed = false;
  /** The next update decides again what to load (the client was refreshed, a Retry...). */
  #stale = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    clients: ClientController,
    options: DataOptions<A, T>,
  ) {
    this.#host = host;
    this.#clients = clients;
    this.#options = options;
    this.task = new Task<Inputs, T>(host, {
      autoRun: false,
      task: (inputs, { signal }) => this.#run(inputs, signal),
    });
    host.addController(this);
    clients.listen(this);
  }

  /** The data to show now, or undefined (loading, failed, or nothing to load). */
  get value(): T | undefined {
    if (isServer) return this.#inHand();
    if (this.#options.hydratingSkeleton?.()) return undefined;
    const inputs = this.#inputs;
    if (!inputs) return undefined;
    const loaded = this.#loaded;
    if (!loaded || loaded.inputs[0] !== inputs[0]) return undefined;
    if (sameInputs(loaded.inputs, inputs)) return loaded.value;
    const same = this.#options.sameData;
    const stillTrue =
      this.busy &&
      !!same?.(loaded.inputs.slice(1) as unknown as A, inputs.slice(1) as unknown as A);
    return stillTrue ? loaded.value : undefined;
  }

  /** A load is on its way (on a server: the data is not in hand, the browser will load it). */
  get busy(): boolean {
    if (isServer) return this.value === undefined;
    // Busy as the server drew it: hydration takes the server's attributes as they are, so a
    // hydrating render that said otherwise would leave aria-busy="true" for good.
    if (this.#options.hydratingSkeleton?.()) return true;
    return this.task.status === TaskStatus.PENDING && this.#inputs?.[0] !== undefined;
  }

  /**
   * On a server nothing loads (no update runs there): what the client handed in holds (a
   * server's client it loaded first, seen through `peek`), else the element draws its skeleton.
   */
  #inHand(): T | undefined {
    // Once per element: a server draws it once, and a peek may take what it peeks (a page).
    if (!this.#server) {
      const client = this.#clients.client;
      const value = client ? this.#options.peek?.(client, this.#options.args()) : undefined;
      this.#server = { value: value ?? undefined };
    }
    return this.#server.value;
  }
  #server?: { value: T | undefined };

  /** Why the last load failed (never an abort), or undefined. */
  get error(): unknown {
    if (this.task.status !== TaskStatus.ERROR || !this.#failed) return undefined;
    return this.task.error;
  }

  /** Loads again at the next update (Retry; the cache is asked first). */
  retry(): void {
    this.#stale = true;
    this.#host.requestUpdate();
  }

  /**
   * Renders the state the load is in: `complete` with the data, `error` with why it failed,
   * `pending` otherwise (loading, or not started).
   */
  render<R>(renderers: {
    complete: (value: T) => R;
    pending: () => R;
    error: (error: unknown) => R;
  }): R {
    const error = this.error;
    if (error !== undefined) return renderers.error(error);
    const value = this.value;
    return value !== undefined ? renderers.complete(value) : renderers.pending();
  }

  hostConnected(): void {
    // Back in the page (or a first mount): decide afresh, as a new element would.
    this.retry();
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  hostUpdate(): void {
    if (!this.#host.isConnected) return;
    const client = this.#clients.client;
    const inputs: Inputs = [client, ...this.#options.args()];
    if (!this.#stale && this.#inputs && sameInputs(this.#inputs, inputs)) return;
    this.#stale = false;
    this.#inputs = inputs;
    const peeked = client && this.#options.peek?.(client, inputs.slice(1) as unknown as A);
    if (peeked !== undefined && peeked !== null) {
      // In hand: shown as loaded, and a load for older inputs is dropped.
      this.#loaded = { inputs, value: peeked as T };
      this.#failed = false;
      this.task.abort();
      return;
    }
    void this.task.run(inputs);
  }

  invalidated(revalidation: boolean): void {
    if (revalidation && this.task.status === TaskStatus.PENDING) return;
    this.#options.beforeReload?.();
    this.retry();
  }

  loaded(): void {
    if (this.error === undefined || !this.#inputs) return;
    const [client, ...args] = this.#inputs as [CreditsClient | undefined, ...unknown[]];
    if (client && this.#options.peek?.(client, args as unknown as A) !== undefined) this.retry();
  }

  async #run(inputs: Inputs, signal: AbortSignal): Promise<T | typeof initialState> {
    const [client, ...args] = inputs as [CreditsClient | undefined, ...unknown[]];
    if (!client) return initialState;
    this.#failed = false;
    try {
      const value = await this.#options.run(client, args as unknown as A, signal);
      if (!signal.aborted && value !== initialState) this.#loaded = { inputs, value: value as T };
      return value;
    } catch (e) {
      if (isAbort(e) || signal.aborted) throw e;
      const error = asCreditsError(e);
      // Our own bug: the developer console gets the stack, the user a plain sentence.
      if (error.kind === 'internal') console.error(e);
      // An answer outside the contract: the field for the site's developers.
      if (error.kind === 'contract')
        console.warn(`credits-widgets: ${error.message}`, error.issues);
      this.#failed = true;
      this.#options.onError?.(error);
      throw error;
    }
  }
}
