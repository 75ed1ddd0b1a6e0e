import { CreditsError } from './errors.js';

/** What every cursor-paged list of the contract answers with. */
export interface CursorPage<T> {
  items: T[];
  /** The cursor of the next page; null on the last one. */
  nextCursor: string | null;
  /** Optional count of every item of the list. */
  total?: number;
}

/**
 * Every page of a cursor list, in order, from `cursor` (the first page when null). A server that
 * hands back a cursor it already gave would keep us asking forever: that ends the walk with a
 * `contract` error naming the cursor. An empty cursor ends the list like null.
 */
export async function* walkPages<P extends CursorPage<unknown>>(
  fetchPage: (cursor: string | null) => Promise<P>,
  cursor: string | null = null,
): AsyncGenerator<P, void, undefined> {
  const seen = new Set<string>(cursor ? [cursor] : []);
  for (;;) {
    const page = await fetchPage(cursor);
    yield page;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
    if (seen.has(cursor)) throw repeatedCursor(cursor);
    seen.add(cursor);
  }
}

/** The `contract` error of a server that hands back a cursor it already gave. */
export function repeatedCursor(cursor: string): CreditsError {
  return new CreditsError('contract', `The server repeated the page cursor "${cursor}".`, {
    issues: [
      {
        path: 'nextCursor',
        problem: `repeated "${cursor}"`,
        sentence: `nextCursor repeated "${cursor}", a page it had already given`,
      },
    ],
  });
}
