import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CreditsError } from '../data/errors.js';
import { repeatedCursor, walkPages, type CursorPage } from '../data/pages.js';

/** Empty pages followed in a row before the list shows an empty page with Next instead. */
export const MAX_EMPTY_PAGES = 5;

/** What a cursor-paged list shows for the page asked for. */
export interface PageView<T> {
  /** `pages`: the rows of the page shown. `scroll`: every row loaded so far. */
  rows: readonly T[];
  /** The page shown (0-based). */
  index: number;
  /** 1-based position of `rows[0]` in the whole list. */
  first: number;
  /** There is a page after it, loaded or not. */
  hasNext: boolean;
  /** The server's count of the whole list, when it sent one. */
  total?: number;
}

export type FetchPage<T> = (cursor: string | null, signal: AbortSignal) => Promise<CursorPage<T>>;

const sameKey = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Cursor paging over a list of the contract: pages are loaded in order (a cursor comes from the
 * page before), kept once loaded (Previous never asks again), and in the scroll view appended to
 * one row list that is never rebuilt, so each page costs the same however many came before.
 *
 * A page that comes back empty with a cursor is skipped, up to MAX_EMPTY_PAGES in a row, so an
 * empty page never hides the rows after it; a cursor the server already gave is a contract error.
 * When `key()` changes (another client, query or page size) everything restarts at page 0.
 */
export class CursorPagingController<T> implements ReactiveController {
  /** The page asked for; the host's load reads it. */
  index = 0;

  readonly #host: ReactiveControllerHost;
  readonly #key: () => readonly unknown[];
  readonly #scroll: () => boolean;
  readonly #onReset?: () => void;
  #current: readonly unknown[] = [];
  #pages: CursorPage<T>[] = [];
  #rows: T[] = [];
  #starts: number[] = [];
  #cursors = new Set<string>();

  /**
   * `key`: what identifies the list (make the scroll mode part of it). `scroll`: whether the
   * view shows every loaded row (the scroll view) or one page.
   */
  constructor(
    host: ReactiveControllerHost,
    options: { key: () => readonly unknown[]; scroll: () => boolean; onReset?: () => void },
  ) {
    this.#host = host;
    this.#key = options.key;
    this.#scroll = options.scroll;
    this.#onReset = options.onReset;
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.#key();
    if (!sameKey(key, this.#current)) {
      this.#current = key;
      this.reset();
    }
  }

  /**
   * Forgets every page: the next load starts again at page 0. With `keepPage`, the same page is
   * loaded again instead (a revalidation of the paged view keeps the user where they are).
   */
  reset({ keepPage = false } = {}): void {
    this.#pages = [];
    this.#rows = [];
    this.#starts = [];
    this.#cursors = new Set();
    if (!keepPage) {
      this.index = 0;
      this.#onReset?.();
    }
  }

  /** Loads what page `index` needs (the pages before it first) and returns what to show. */
  async load(index: number, fetchPage: FetchPage<T>, signal: AbortSignal): Promise<PageView<T>> {
    const pages = this.#pages;
    let shown = index;
    for (let i = 0; i <= index; i++) {
      if (pages[i]) continue;
      const cursor = i === 0 ? null : pages[i - 1]!.nextCursor;
      if (i > 0 && !cursor) {
        shown = i - 1;
        break;
      }
      const page = await this.#fetchNonEmpty(fetchPage, cursor, signal);
      // A newer load (or another list) took over while this one waited.
      if (signal.aborted || pages !== this.#pages) {
        throw new CreditsError('aborted', 'The request was cancelled.');
      }
      this.#add(page);
    }
    return this.view(shown)!;
  }

  /** What page `index` shows from the pages loaded, or undefined when it is not loaded. */
  view(index = this.index): PageView<T> | undefined {
    const page = this.#pages[index];
    if (!page) return undefined;
    const scroll = this.#scroll();
    return {
      rows: scroll ? this.#rows : page.items,
      index,
      first: scroll ? 1 : this.#starts[index]! + 1,
      hasNext: !!this.#pages[index + 1] || !!page.nextCursor,
      total: this.#pages.findLast((p) => p.total !== undefined)?.total,
    };
  }

  /**
   * The first page's view from a page already in hand (the client's cache), before anything is
   * loaded, which then counts as loaded; undefined once pages are loaded, or when that page is empty with more after it (the
   * load skips it).
   */
  peekFirst(page: CursorPage<T> | undefined): PageView<T> | undefined {
    if (!page || this.#pages.length || this.index !== 0) return undefined;
    if (page.items.length === 0 && page.nextCursor) return undefined;
    // Kept as loaded: Next goes on from it without asking for it again.
    this.#add(page);
    return this.view(0);
  }

  /**
   * The last page loaded, whatever is being asked for now: while the page asked for is not
   * there (its load failed), the rows the user already has stay on screen from it (in the
   * scroll view, every row loaded). Undefined when no page is loaded.
   */
  get lastView(): PageView<T> | undefined {
    return this.view(this.#pages.length - 1);
  }

  /**
   * How many pages are loaded. Pages load in order, so a load that fails stopped at the page
   * after them: page `loadedPages` (0-based) is the one that failed.
   */
  get loadedPages(): number {
    return this.#pages.length;
  }

  /** Asks for the next page, if there is one and nothing is loading. */
  next(loading: boolean): void {
    const view = this.view();
    if (loading || !view?.hasNext) return;
    this.index += 1;
    this.#host.requestUpdate();
  }

  /**
   * Asks for the page before the one on screen, if there is one and nothing is loading. After a
   * failed Next, the page on screen is the last one loaded, not the one asked for.
   */
  previous(loading: boolean): void {
    const shown = this.#pages[this.index] ? this.index : this.#pages.length - 1;
    if (loading || shown <= 0) return;
    this.index = shown - 1;
    this.#host.requestUpdate();
  }

  #add(page: CursorPage<T>): void {
    if (page.nextCursor) {
      if (this.#cursors.has(page.nextCursor)) throw repeatedCursor(page.nextCursor);
      this.#cursors.add(page.nextCursor);
    }
    this.#starts.push(this.#rows.length);
    this.#pages.push(page);
    for (const row of page.items) this.#rows.push(row);
  }

  async #fetchNonEmpty(
    fetchPage: FetchPage<T>,
    cursor: string | null,
    signal: AbortSignal,
  ): Promise<CursorPage<T>> {
    let items: T[] = [];
    let last: CursorPage<T> | undefined;
    let followed = 0;
    for await (const page of walkPages((c) => fetchPage(c, signal), cursor)) {
      items = items.length ? items.concat(page.items) : page.items;
      last = page;
      if (items.length > 0 || ++followed >= MAX_EMPTY_PAGES) break;
    }
    return { items, nextCursor: last!.nextCursor, total: last!.total };
  }
}
