import { CreditsError } from './errors.js';

/** What every cursor-paged list of the contract answers with. */
export interface CursorPage<T> {
  items: T[];
  /** The cursor of the next page; null on the last one. */
  nextCursor: string | null;
  /** Optional count of every item of the list. */
  total?: number;
}

/** How far a walk over a cursor list may go before it stops with an error. */
export interface PageBounds {
  /**
   * Pages in a row that may come back without rows yet with a next cursor. When this many have
   * come, the walk ends with a `contract` error instead of following the last cursor.
   */
  maxEmptyPages?: number;
  /** Pages a walk may fetch in all; a list still going on after them ends it with kind `limit`. */
  maxPages?: number;
}

/**
 * The bounds every walk gets unless told otherwise. A server may skip ahead with an empty page
 * now and then (the tables follow five in a row before they offer Next), but ten in a row, each
 * pointing to yet another page, is a list that never ends. 10,000 pages is 1,000,000 rows at the
 * contract's largest page (100), and still 100,000 rows if a server answers with 10 rows where
 * 100 were asked for: no export a browser can hold is cut short, and a server that hands out
 * new cursors forever is stopped after a finite number of requests.
 */
export const DEFAULT_PAGE_BOUNDS: Readonly<Required<PageBounds>> = {
  maxEmptyPages: 10,
  maxPages: 10_000,
};

/**
 * Every page of a cursor list, in order, from `cursor` (the first page when null). A server that
 * hands back a cursor it already gave would keep us asking forever: that ends the walk with a
 * `contract` error naming the cursor. So does a run of `maxEmptyPages` pages without rows, each
 * with a new cursor; and a list that goes on past `maxPages` pages ends it with kind `limit`.
 * Each error carries `walkBound` when a bound stopped it. An empty cursor ends the list like null.
 */
export async function* walkPages<P extends CursorPage<unknown>>(
  fetchPage: (cursor: string | null) => Promise<P>,
  cursor: string | null = null,
  bounds: PageBounds = {},
): AsyncGenerator<P, void, undefined> {
  // Below one, a bound would stop a walk that did nothing wrong: one is the least there is.
  const maxEmpty = Math.max(1, bounds.maxEmptyPages ?? DEFAULT_PAGE_BOUNDS.maxEmptyPages);
  const maxPages = Math.max(1, bounds.maxPages ?? DEFAULT_PAGE_BOUNDS.maxPages);
  const seen = new Set<string>(cursor ? [cursor] : []);
  let pages = 0;
  let emptyInARow = 0;
  for (;;) {
    const page = await fetchPage(cursor);
    pages += 1;
    yield page;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
    if (seen.has(cursor)) throw repeatedCursor(cursor);
    seen.add(cursor);
    emptyInARow = page.items.length ? 0 : emptyInARow + 1;
    if (emptyInARow >= maxEmpty) throw endlessEmptyPages(emptyInARow);
    if (pages >= maxPages) throw pageLimit(pages);
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

/** The `contract` error of a server that keeps sending pages without rows, each with a new cursor. */
function endlessEmptyPages(count: number): CreditsError {
  const problem = `led to ${count} pages in a row without items, each with another nextCursor`;
  return new CreditsError(
    'contract',
    `The server sent ${count} pages in a row without items, each with a new cursor; the walk stopped there.`,
    {
      issues: [{ path: 'nextCursor', problem, sentence: `nextCursor ${problem}` }],
      walkBound: { bound: 'maxEmptyPages', count },
    },
  );
}

/** The `limit` error of a list still going on after `count` pages. */
function pageLimit(count: number): CreditsError {
  return new CreditsError(
    'limit',
    `The list went on past ${count} pages (maxPages); the walk stopped there.`,
    { walkBound: { bound: 'maxPages', count } },
  );
}
