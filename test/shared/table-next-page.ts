/**
 * A page after the first that fails, as one suite run for each table: the rows the user has
 * stay, the error and its Retry concern the page that failed (in the pager), in the paged and
 * the scroll view, for an HTTP error, a request that never answers and a repeated cursor.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CreditsClient } from '../../src/data/client.js';
import * as fx from '../fixtures.js';
import { $, $$, has, text } from '../helpers/dom.js';
import { fakeServer, restoreFetch, type FakeReply } from '../helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from '../helpers/schemes.js';
import { CONTRACT_SAYS } from './element-states.js';

export interface NextPageSpec {
  tag: string;
  /** The route its pages come from, `GET /payments`. */
  route: string;
  /** Row `n` of the list, from the contract. */
  item: (n: number) => unknown;
  /** Text that only row `n` shows. */
  mark: (n: number) => string;
  /** Its pages say how many rows the list has (`total`; the contract's payment pages do not). */
  counted: boolean;
}

/** The client's timeout in these tests: a page that never answers fails after it. */
const TIMEOUT = 200;

/** Five rows in pages of 2, 2 and 1, by the cursor that asks for them ('' is the first). */
function pagesOf(spec: NextPageSpec): Record<string, unknown> {
  const page = (ns: number[], nextCursor: string | null) => ({
    items: ns.map(spec.item),
    nextCursor,
    ...(spec.counted ? { total: 5 } : {}),
  });
  return { '': page([1, 2], 'c2'), c2: page([3, 4], 'c3'), c3: page([5], null) };
}

const failures: {
  name: string;
  reply: (pages: Record<string, unknown>) => FakeReply;
  says: string;
  /** The client's cacheTtl, when not the default. */
  cacheTtl?: number;
}[] = [
  {
    name: 'a 500',
    reply: () => fx.errorReply(500, 'The ledger is unavailable.'),
    says: 'The ledger is unavailable.',
  },
  {
    name: 'no answer within the timeout',
    reply: () => ({ delay: Infinity }),
    says: 'The credits service took too long to answer. Try again in a moment.',
  },
  {
    name: 'a repeated cursor',
    // Page 2 hands back the cursor that asked for it.
    reply: (pages) => ({ body: { ...(pages.c2 as object), nextCursor: 'c2' } }),
    // That answer is valid JSON of the contract's shape, so the client caches it: Retry must
    // ask the server again rather than get the same page from the cache.
    says: CONTRACT_SAYS,
  },
];

const base = (el: Element) => $(el, '[part~="base"]')!;
const busy = (el: Element) => base(el).getAttribute('aria-busy');
const rows = (el: Element) => $$(el, 'tbody tr[part~="row"]');
const shown = (el: Element, spec: NextPageSpec, ns: number[]) =>
  rows(el).length === ns.length && ns.every((n, i) => text(rows(el)[i]).includes(spec.mark(n)));
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;
const PAGER_ALERT = '[part~="pager"] [role="alert"]';
const pagerAlert = (el: Element) => $(el, PAGER_ALERT);
const live = (el: Element) => text($(el, '[part~="pager"] [aria-live]'));
const focused = (el: Element) => el.shadowRoot!.activeElement;
/** What the pager says of rows `first` to `last` of the five, with the count when it has one. */
const range = (spec: NextPageSpec, first: number, last: number) =>
  `Rows ${first}–${last}${spec.counted ? ' of 5' : ''}`;
const loaded = (spec: NextPageSpec, count: number) => {
  const rows = count === 1 ? 'row' : 'rows';
  return spec.counted ? `${count} ${rows} of 5 loaded` : `${count} ${rows} loaded`;
};

export function runNextPageTests(spec: NextPageSpec): void {
  describe(`<${spec.tag}>: a failed next page`, () => {
    // A repeated cursor is an answer outside the contract: its field goes to the console as a
    // warning, which these tests expect (and check); any other warning is passed on.
    let warned: unknown[][] = [];
    const original = console.warn;
    const expected = (w: unknown[]) => String(w[0]).includes('repeated the page cursor');
    beforeEach(() => {
      warned = [];
      console.warn = (...args: unknown[]) => void warned.push(args);
    });
    afterEach(() => {
      console.warn = original;
      for (const w of warned.filter((w) => !expected(w))) original(...w);
      restoreFetch();
    });

    /** Serves the pages; the page at `failAt` answers with `state.reply` (replaceable mid-test). */
    async function setup(
      paging: 'pages' | 'scroll',
      failAt: string,
      failure: FakeReply,
      cacheTtl?: number,
    ) {
      const pages = pagesOf(spec);
      const state = { reply: failure };
      const server = fakeServer({
        [spec.route]: (req) => {
          const cursor = req.url.searchParams.get('cursor') ?? '';
          return cursor === failAt ? state.reply : { body: pages[cursor] };
        },
      });
      const el = document.createElement(spec.tag) as HTMLElement & { client?: CreditsClient };
      el.client = new CreditsClient({ endpoint: server.endpoint, timeout: TIMEOUT, cacheTtl });
      el.setAttribute('locale', 'en-US');
      el.setAttribute('page-size', '2');
      el.setAttribute('paging', paging);
      const wrapper = await fixture(html`<div style="width: 900px">${el}</div>`);
      await waitUntil(() => shown(el, spec, [1, 2]), 'page 1 never showed');
      const asked = (cursor: string) =>
        server.callsTo(spec.route).filter((c) => c.url.searchParams.get('cursor') === cursor)
          .length;
      return { el: wrapper.firstElementChild as HTMLElement, pages, state, asked };
    }

    for (const failure of failures) {
      it(`pages: a failed next page (${failure.name}) keeps the rows already shown, with Retry for that page`, async () => {
        const { el, pages, state, asked } = await setup(
          'pages',
          'c2',
          failure.reply(pagesOf(spec)),
          failure.cacheTtl,
        );
        const next = button(el, 'Next')!;
        next.focus();
        next.click();
        await waitUntil(() => pagerAlert(el), 'no page error in the pager', { timeout: 3000 });

        expect(text(pagerAlert(el)!.querySelector('p'))).to.equal(
          `Page 2 could not be loaded: ${failure.says}`,
        );
        if (failure.name === 'a repeated cursor') {
          expect(warned.some(expected), 'the field is in the console').to.be.true;
        }
        expect(shown(el, spec, [1, 2]), "page 1's rows stay").to.be.true;
        expect(live(el), "page 1's row range stays").to.equal(range(spec, 1, 2));
        expect($$(el, '[role="alert"]').length, 'no whole-table error').to.equal(1);
        expect(busy(el), 'not busy once it failed').to.equal('false');
        expect(focused(el) === next, 'the focus stays on Next').to.be.true;
        expect(button(el, 'Previous')!.getAttribute('aria-disabled')).to.equal('true');
        if (failure.name === 'a 500') await expectAccessibleInEveryScheme(el, 'a failed page 2');

        let answer = () => {};
        const until = new Promise<void>((resolve) => (answer = resolve));
        state.reply = { body: pages.c2, until };
        const retry = button(el, 'Retry')!;
        retry.focus();
        retry.click();
        await waitUntil(() => busy(el) === 'true', 'Retry did not load again');
        expect(has(el, PAGER_ALERT), 'the error goes while the page loads again').to.be.false;
        expect(shown(el, spec, [1, 2]), "page 1's rows stay while it loads").to.be.true;
        expect(live(el)).to.equal('Loading rows…');
        expect(focused(el) === next, 'Retry hands the focus to Next').to.be.true;
        answer();
        await waitUntil(() => shown(el, spec, [3, 4]), 'Retry never showed page 2');
        expect(live(el)).to.equal(range(spec, 3, 4));
        expect(busy(el)).to.equal('false');
        expect(asked('c2'), 'page 2 asked for twice').to.equal(2);
        expect(focused(el) === next, 'the focus is still on Next').to.be.true;
      });

      it(`scroll: a failed next page (${failure.name}) keeps the rows already loaded, with Retry for that page`, async () => {
        const { el, pages, state, asked } = await setup(
          'scroll',
          'c2',
          failure.reply(pagesOf(spec)),
          failure.cacheTtl,
        );
        const more = button(el, 'Load more')!;
        more.focus();
        more.click();
        await waitUntil(() => pagerAlert(el), 'no error in the pager', { timeout: 3000 });

        expect(text(pagerAlert(el)!.querySelector('p'))).to.equal(
          `More rows could not be loaded: ${failure.says}`,
        );
        expect(shown(el, spec, [1, 2]), 'the loaded rows stay').to.be.true;
        expect(live(el)).to.equal(loaded(spec, 2));
        expect($$(el, '[role="alert"]').length, 'no whole-table error').to.equal(1);
        expect(busy(el)).to.equal('false');
        expect(focused(el) === more, 'the focus stays on Load more').to.be.true;
        if (failure.name === 'a 500') await expectAccessibleInEveryScheme(el, 'failed more rows');

        state.reply = { body: pages.c2 };
        const retry = button(el, 'Retry')!;
        retry.focus();
        retry.click();
        await waitUntil(() => shown(el, spec, [1, 2, 3, 4]), 'Retry never loaded more rows');
        expect(has(el, PAGER_ALERT)).to.be.false;
        expect(live(el)).to.equal(loaded(spec, 4));
        expect(busy(el)).to.equal('false');
        expect(asked('c2')).to.equal(2);
        expect(focused(el) === more, 'Retry hands the focus to Load more').to.be.true;
      });
    }

    it('pages: Next on a failed page asks for that page again', async () => {
      const { el, pages, state, asked } = await setup(
        'pages',
        'c2',
        fx.errorReply(503, 'Try again shortly.'),
      );
      button(el, 'Next')!.click();
      await waitUntil(() => pagerAlert(el), 'no page error in the pager');
      expect(button(el, 'Next')!.getAttribute('aria-disabled')).to.equal('false');
      state.reply = { body: pages.c2 };
      button(el, 'Next')!.click();
      await waitUntil(() => shown(el, spec, [3, 4]), 'Next never showed page 2');
      expect(has(el, PAGER_ALERT)).to.be.false;
      expect(asked('c2')).to.equal(2);
    });

    it('pages: Previous after a failed page goes to the page before the one shown', async () => {
      const { el, asked } = await setup('pages', 'c3', fx.errorReply(500, 'The ledger is down.'));
      button(el, 'Next')!.click();
      await waitUntil(() => shown(el, spec, [3, 4]), 'page 2 never showed');
      button(el, 'Next')!.click();
      await waitUntil(() => pagerAlert(el), 'no page error in the pager');
      expect(text(pagerAlert(el)!.querySelector('p'))).to.equal(
        'Page 3 could not be loaded: The ledger is down.',
      );
      expect(shown(el, spec, [3, 4]), "page 2's rows stay").to.be.true;
      expect(live(el)).to.equal(range(spec, 3, 4));
      button(el, 'Previous')!.click();
      await waitUntil(() => shown(el, spec, [1, 2]), 'Previous did not show page 1');
      expect(live(el)).to.equal(range(spec, 1, 2));
      expect(has(el, PAGER_ALERT)).to.be.false;
      expect(asked('c2'), 'page 2 came from the pages loaded').to.equal(1);
    });
  });
}
