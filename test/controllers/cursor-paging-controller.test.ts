import { expect } from '@open-wc/testing';
import '../helpers/setup.js';
import { TestHost, rejection } from '../helpers/host.js';
import {
  CursorPagingController,
  MAX_EMPTY_PAGES,
  type FetchPage,
} from '../../src/controllers/cursor-paging-controller.js';
import { CreditsError } from '../../src/data/errors.js';
import type { CursorPage } from '../../src/data/pages.js';

/** Pages by the cursor that asks for them ('' stands for the first page); every call recorded. */
function pageSource(pages: Record<string, CursorPage<string>>) {
  const calls: (string | null)[] = [];
  const fetchPage: FetchPage<string> = async (cursor) => {
    calls.push(cursor);
    const page = pages[cursor ?? ''];
    if (!page) throw new Error(`test asked for an unknown cursor ${String(cursor)}`);
    return page;
  };
  return { calls, fetchPage };
}

/** Three pages of 3, 2 and 1 rows; the totals are [10, absent, 6]. */
const threePages = {
  '': { items: ['r1', 'r2', 'r3'], nextCursor: 'c1', total: 10 },
  c1: { items: ['r4', 'r5'], nextCursor: 'c2' },
  c2: { items: ['r6'], nextCursor: null, total: 6 },
};

function setup(options: { scroll?: boolean; key?: unknown[] } = {}) {
  const host = new TestHost();
  const state = { scroll: options.scroll ?? false, key: options.key ?? ['list-a'], resets: 0 };
  const paging = new CursorPagingController<string>(host, {
    key: () => state.key,
    scroll: () => state.scroll,
    onReset: () => {
      state.resets += 1;
    },
  });
  return { host, state, paging };
}

const live = () => new AbortController().signal;

/** `fetchPage`, except that the page at `cursor` fails as a 500 would. */
function failAt(fetchPage: FetchPage<string>, cursor: string): FetchPage<string> {
  return async (c, signal) => {
    if (c === cursor) throw new CreditsError('http', 'HTTP 500', { status: 500 });
    return fetchPage(c, signal);
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('CursorPagingController', () => {
  it('registers itself with its host', () => {
    const { host, paging } = setup();
    expect(host.controllers).to.deep.equal([paging]);
  });

  describe('loading', () => {
    it('loads the pages before the one asked for, in cursor order', async () => {
      const { paging } = setup();
      const source = pageSource(threePages);
      const view = await paging.load(2, source.fetchPage, live());
      expect(source.calls).to.deep.equal([null, 'c1', 'c2']);
      expect(view.rows).to.deep.equal(['r6']);
      expect(view.index).to.equal(2);
    });

    it('does not fetch a page again once it is loaded', async () => {
      const { paging } = setup();
      const source = pageSource(threePages);
      await paging.load(0, source.fetchPage, live());
      await paging.load(1, source.fetchPage, live());
      const back = await paging.load(0, source.fetchPage, live());
      expect(source.calls).to.deep.equal([null, 'c1']);
      expect(back.rows).to.deep.equal(['r1', 'r2', 'r3']);
    });

    it('shows the last page when asked for one past the end of the list', async () => {
      const { paging } = setup();
      const source = pageSource(threePages);
      const view = await paging.load(5, source.fetchPage, live());
      expect(view.index).to.equal(2);
      expect(view.rows).to.deep.equal(['r6']);
      expect(source.calls).to.deep.equal([null, 'c1', 'c2']);
    });
  });

  describe('view()', () => {
    it('numbers the first row of each page by its position in the whole list', async () => {
      const { paging } = setup();
      await paging.load(2, pageSource(threePages).fetchPage, live());
      expect([0, 1, 2].map((i) => paging.view(i)!.first)).to.deep.equal([1, 4, 6]);
    });

    it('says there is a next page while the page has a cursor or a loaded successor', async () => {
      const { paging } = setup();
      await paging.load(2, pageSource(threePages).fetchPage, live());
      expect([0, 1, 2].map((i) => paging.view(i)!.hasNext)).to.deep.equal([true, true, false]);
    });

    it('reports the total of the last page that sent one', async () => {
      const { paging } = setup();
      const source = pageSource(threePages);
      await paging.load(1, source.fetchPage, live());
      expect(paging.view(1)!.total, 'page 1 sent none: page 0 counts').to.equal(10);
      await paging.load(2, source.fetchPage, live());
      expect(paging.view(0)!.total, 'the newest count wins').to.equal(6);
    });

    it('leaves total out when no page sent one', async () => {
      const { paging } = setup();
      const source = pageSource({ '': { items: ['a'], nextCursor: null } });
      const view = await paging.load(0, source.fetchPage, live());
      expect(view.total).to.equal(undefined);
    });

    it('is undefined for a page not loaded yet', async () => {
      const { paging } = setup();
      await paging.load(0, pageSource(threePages).fetchPage, live());
      expect(paging.view(1)).to.equal(undefined);
    });

    it('reads the page asked for (index) by default', async () => {
      const { paging } = setup();
      await paging.load(1, pageSource(threePages).fetchPage, live());
      paging.index = 1;
      expect(paging.view()!.rows).to.deep.equal(['r4', 'r5']);
    });

    it('counts the pages loaded: a failed load stopped at the page after them', async () => {
      const { paging } = setup();
      expect(paging.loadedPages).to.equal(0);
      const source = pageSource({ '': threePages[''] });
      await rejection(paging.load(1, failAt(source.fetchPage, 'c1'), live()));
      expect(paging.loadedPages, 'page 0 loaded, page 1 failed').to.equal(1);
      expect(paging.lastView!.rows, 'the rows the user has').to.deep.equal(['r1', 'r2', 'r3']);
    });

    it('gives the last loaded page as lastView', async () => {
      const { paging } = setup();
      await paging.load(1, pageSource(threePages).fetchPage, live());
      expect(paging.lastView!.index).to.equal(1);
      expect(paging.lastView!.rows).to.deep.equal(['r4', 'r5']);
    });
  });

  describe('scroll view', () => {
    it('shows every loaded row, numbered from 1, whichever page is asked for', async () => {
      const { paging } = setup({ scroll: true });
      await paging.load(1, pageSource(threePages).fetchPage, live());
      const view = paging.view(1)!;
      expect(view.rows).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5']);
      expect(view.first).to.equal(1);
      expect(paging.view(0)!.rows).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5']);
    });

    it('appends a page to the same row array instead of rebuilding it', async () => {
      const { paging } = setup({ scroll: true });
      const source = pageSource(threePages);
      const before = (await paging.load(0, source.fetchPage, live())).rows;
      expect(before.length).to.equal(3);
      const after = (await paging.load(1, source.fetchPage, live())).rows;
      expect(after === before, 'the same array').to.be.true;
      expect(before.length, 'grown in place').to.equal(5);
    });
  });

  describe('empty pages', () => {
    it('skips an empty page that has a cursor and shows the rows after it', async () => {
      const { paging } = setup();
      const source = pageSource({
        '': { items: [], nextCursor: 'e1' },
        e1: { items: [], nextCursor: 'e2' },
        e2: { items: ['x1', 'x2'], nextCursor: 'e3' },
      });
      const view = await paging.load(0, source.fetchPage, live());
      expect(source.calls).to.deep.equal([null, 'e1', 'e2']);
      expect(view.rows).to.deep.equal(['x1', 'x2']);
      expect(view.hasNext, 'the cursor of the page with rows').to.be.true;
    });

    it(`stops after ${MAX_EMPTY_PAGES} empty pages with an empty page that has a next one`, async () => {
      const { paging } = setup();
      const pages: Record<string, CursorPage<string>> = {};
      for (let i = 0; i < MAX_EMPTY_PAGES; i++) {
        pages[i === 0 ? '' : `e${i}`] = { items: [], nextCursor: `e${i + 1}` };
      }
      pages[`e${MAX_EMPTY_PAGES}`] = { items: ['late'], nextCursor: null };
      const source = pageSource(pages);

      const view = await paging.load(0, source.fetchPage, live());
      expect(source.calls.length, 'empty pages followed').to.equal(MAX_EMPTY_PAGES);
      expect(view.rows).to.deep.equal([]);
      expect(view.hasNext).to.be.true;

      const next = await paging.load(1, source.fetchPage, live());
      expect(source.calls.at(-1), 'Next follows the last cursor').to.equal(`e${MAX_EMPTY_PAGES}`);
      expect(next.rows).to.deep.equal(['late']);
    });

    it('shows an empty last page without a next one', async () => {
      const { paging } = setup();
      const source = pageSource({ '': { items: [], nextCursor: null } });
      const view = await paging.load(0, source.fetchPage, live());
      expect(view.rows).to.deep.equal([]);
      expect(view.hasNext).to.be.false;
    });
  });

  describe('repeated cursors', () => {
    it('rejects with a contract error when a later page repeats an earlier cursor', async () => {
      const { paging } = setup();
      const source = pageSource({
        '': { items: ['a'], nextCursor: 'k1' },
        k1: { items: ['b'], nextCursor: 'k2' },
        k2: { items: ['c'], nextCursor: 'k1' },
      });
      const error = await rejection(paging.load(2, source.fetchPage, live()));
      expect(error.kind).to.equal('contract');
      expect(error.message).to.contain('k1');
      expect(paging.view(2), 'the page with the repeated cursor is not stored').to.equal(undefined);
      expect(paging.view(1)!.rows).to.deep.equal(['b']);
    });

    it('rejects with a contract error when a page hands back its own cursor', async () => {
      const { paging } = setup();
      const source = pageSource({
        '': { items: ['a'], nextCursor: 'loop' },
        loop: { items: ['b'], nextCursor: 'loop' },
      });
      const error = await rejection(paging.load(1, source.fetchPage, live()));
      expect(error.kind).to.equal('contract');
    });
  });

  describe('key changes', () => {
    it('starts again at page 0 and calls onReset when the key changes', async () => {
      const { paging, state } = setup();
      paging.hostUpdate();
      const source = pageSource(threePages);
      await paging.load(1, source.fetchPage, live());
      paging.index = 1;
      const resetsBefore = state.resets;

      state.key = ['list-b'];
      paging.hostUpdate();
      expect(paging.index).to.equal(0);
      expect(paging.view(0), 'loaded pages forgotten').to.equal(undefined);
      expect(state.resets - resetsBefore).to.equal(1);

      await paging.load(0, source.fetchPage, live());
      expect(source.calls, 'page 0 fetched again').to.deep.equal([null, 'c1', null]);
    });

    it('keeps its pages when the key has the same values in a new array', async () => {
      const { paging, state } = setup({ key: ['list-a', 20] });
      paging.hostUpdate();
      await paging.load(1, pageSource(threePages).fetchPage, live());
      paging.index = 1;
      const resetsBefore = state.resets;

      state.key = ['list-a', 20];
      paging.hostUpdate();
      expect(paging.index).to.equal(1);
      expect(paging.view(1)!.rows).to.deep.equal(['r4', 'r5']);
      expect(state.resets).to.equal(resetsBefore);
    });

    it('rejects a load that was under way when the list changed, without storing its page', async () => {
      const { paging, state } = setup();
      paging.hostUpdate();
      const gate = deferred<CursorPage<string>>();
      const stale = paging.load(0, () => gate.promise, live());

      state.key = ['list-b'];
      paging.hostUpdate();
      gate.resolve({ items: ['old'], nextCursor: null });

      const error = await rejection(stale);
      expect(error.kind).to.equal('aborted');
      expect(paging.view(0)).to.equal(undefined);
    });
  });

  describe('abort', () => {
    it('rejects as aborted and stores nothing when the signal aborts during the fetch', async () => {
      const { paging } = setup();
      const gate = deferred<CursorPage<string>>();
      const controller = new AbortController();
      const loading = paging.load(0, () => gate.promise, controller.signal);

      controller.abort();
      gate.resolve({ items: ['a'], nextCursor: 'c1' });

      const error = await rejection(loading);
      expect(error.kind).to.equal('aborted');
      expect(paging.view(0)).to.equal(undefined);

      const source = pageSource(threePages);
      await paging.load(0, source.fetchPage, live());
      expect(source.calls, 'the next load fetches page 0 itself').to.deep.equal([null]);
    });

    it('hands the signal to fetchPage', async () => {
      const { paging } = setup();
      const controller = new AbortController();
      const seen: AbortSignal[] = [];
      await paging.load(
        0,
        async (_cursor, signal) => {
          seen.push(signal);
          return { items: ['a'], nextCursor: null };
        },
        controller.signal,
      );
      expect(seen.length).to.equal(1);
      expect(seen[0] === controller.signal).to.be.true;
    });
  });

  describe('next() and previous()', () => {
    it('moves to the next page and asks for an update when nothing is loading', async () => {
      const { paging, host } = setup();
      await paging.load(0, pageSource(threePages).fetchPage, live());
      paging.next(false);
      expect(paging.index).to.equal(1);
      expect(host.updatesRequested).to.equal(1);
    });

    it('does nothing on next() while loading', async () => {
      const { paging, host } = setup();
      await paging.load(0, pageSource(threePages).fetchPage, live());
      paging.next(true);
      expect(paging.index).to.equal(0);
      expect(host.updatesRequested).to.equal(0);
    });

    it('does nothing on next() on the last page', async () => {
      const { paging, host } = setup();
      await paging.load(2, pageSource(threePages).fetchPage, live());
      paging.index = 2;
      paging.next(false);
      expect(paging.index).to.equal(2);
      expect(host.updatesRequested).to.equal(0);
    });

    it('does nothing on next() before the page shown is loaded', () => {
      const { paging, host } = setup();
      paging.next(false);
      expect(paging.index).to.equal(0);
      expect(host.updatesRequested).to.equal(0);
    });

    it('moves back a page on previous() when nothing is loading', async () => {
      const { paging, host } = setup();
      await paging.load(1, pageSource(threePages).fetchPage, live());
      paging.index = 1;
      paging.previous(false);
      expect(paging.index).to.equal(0);
      expect(host.updatesRequested).to.equal(1);
    });

    it('does nothing on previous() while loading', async () => {
      const { paging, host } = setup();
      await paging.load(1, pageSource(threePages).fetchPage, live());
      paging.index = 1;
      paging.previous(true);
      expect(paging.index).to.equal(1);
      expect(host.updatesRequested).to.equal(0);
    });

    it('steps back from the page shown when the page asked for failed to load', async () => {
      const { paging, host } = setup();
      const source = pageSource({ '': threePages[''], c1: threePages.c1 });
      await paging.load(1, source.fetchPage, live());
      paging.index = 2;
      await rejection(paging.load(2, failAt(source.fetchPage, 'c2'), live()));
      paging.previous(false);
      expect(paging.index, 'page 1 is shown: Previous goes to page 0').to.equal(0);
      expect(host.updatesRequested).to.equal(1);
    });

    it('does nothing on previous() when the first page is shown and the second failed', async () => {
      const { paging, host } = setup();
      const source = pageSource({ '': threePages[''] });
      await paging.load(0, source.fetchPage, live());
      paging.index = 1;
      await rejection(paging.load(1, failAt(source.fetchPage, 'c1'), live()));
      paging.previous(false);
      expect(paging.index).to.equal(1);
      expect(host.updatesRequested).to.equal(0);
    });

    it('does nothing on previous() on the first page', async () => {
      const { paging, host } = setup();
      await paging.load(0, pageSource(threePages).fetchPage, live());
      paging.previous(false);
      expect(paging.index).to.equal(0);
      expect(host.updatesRequested).to.equal(0);
    });
  });
});
