import { CreditsError } from './errors.js';

/** One request on the wire that several callers wait for (merged identical GETs). */
export interface InFlight {
  promise: Promise<unknown>;
  /** Aborts the request on the wire; only once every caller has left. */
  controller: AbortController;
  waiters: number;
  /** Takes the request out of the client's merging, so no new caller joins it once it is aborted. */
  forget?: () => void;
}

/**
 * One caller's view of a shared request: it settles with the request, or rejects with kind
 * `aborted` as soon as the caller's own `signal` aborts, leaving the others waiting. The request
 * itself is only cancelled when the last caller has left.
 */
export function join(flight: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
  flight.waiters++;
  return new Promise((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      flight.waiters--;
    };
    const onAbort = () => {
      if (done) return;
      leave();
      // Not at once: a caller that drops its request and asks for the same again in the same
      // task (a load run again) joins this one rather than starting over.
      queueMicrotask(() => {
        if (flight.waiters > 0) return;
        flight.forget?.();
        flight.controller.abort();
      });
      reject(new CreditsError('aborted', 'The request was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (value) => {
        if (done) return;
        leave();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        leave();
        reject(error);
      },
    );
  });
}
