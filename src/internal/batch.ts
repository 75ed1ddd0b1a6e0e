/**
 * The first renders of the elements a page starts with, done together. The CDN loader fetches
 * each element's code as its own chunk, and each chunk runs when it arrives: an element that
 * renders alone costs the page a style and layout pass before the next one renders. While the
 * loader fetches the code of the tags it found at start, an element's first render waits for
 * its siblings' code (at most `MAX_WAIT` ms), and they render in one pass. Elements used
 * without the CDN loader never wait.
 */
const MAX_WAIT = 250;

let pending: Promise<void> | undefined;

/** Holds the first renders until `loads` have settled, or `MAX_WAIT` ms have passed. */
export function batchFirstRenders(loads: Promise<unknown>[]): void {
  if (!loads.length) return;
  const current: Promise<void> = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, MAX_WAIT);
    void Promise.allSettled(loads).then(() => {
      clearTimeout(timer);
      resolve();
    });
  }).then(() => {
    if (pending === current) pending = undefined;
  });
  pending = current;
}

/** What an element's first render waits for: undefined when nothing is loading. */
export function firstRenderGate(): Promise<void> | undefined {
  return pending;
}
