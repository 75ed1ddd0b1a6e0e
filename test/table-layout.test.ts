/**
 * How the tables read at each width (issue 23, items 4, 8 and 11): a narrow row on two or three
 * lines, the payments table from 800 to 1000 px, no column, filter, pager or export button that
 * has nothing to do.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CreditsPayments, CreditsPurchaseHistory, CreditsUsageTable } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';

type Tag = 'credits-usage-table' | 'credits-purchase-history' | 'credits-payments';
type Table = CreditsUsageTable | CreditsPurchaseHistory | CreditsPayments;

const usage = (items: unknown[], nextCursor: string | null = null) =>
  fakeServer({ 'GET /transactions': { body: { items, nextCursor } } });

/** `tag` in a box `width` px wide, loaded. */
async function mount<E extends Table>(
  tag: Tag,
  server: FakeServer,
  width: number,
  attrs = '',
): Promise<E> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  const holder = document.createElement('template');
  holder.innerHTML = `<${tag} endpoint="${server.endpoint}" locale="en-US" ${attrs}></${tag}>`;
  box.append(holder.content);
  const el = box.firstElementChild as E;
  await waitUntil(
    () => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'never loaded',
  );
  return el;
}

const rows = (el: Table) => $$(el, 'tbody tr[part~="row"]');
const td = (row: Element, header: string) =>
  row.querySelector(`td[data-label="${header}"]`) as HTMLElement;
/** The lines `node`'s text takes: its line boxes, whatever the inline elements inside. */
function lines(node: Element): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return rowsOf([...range.getClientRects()].filter((r) => r.height > 0));
}
/** How many lines boxes sit on: a box that starts below the line before's bottom starts one. */
function rowsOf(boxes: DOMRect[]): number {
  let count = 0;
  let bottom = -Infinity;
  for (const box of [...boxes].sort((a, b) => a.top - b.top)) {
    if (box.top >= bottom - 1) count += 1;
    bottom = Math.max(bottom, box.bottom);
  }
  return count;
}
/** Whether two boxes share a line. */
const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
const overflows = (el: Table) => {
  const wrap = $(el, '[part~="table-wrap"]') as HTMLElement;
  return wrap.scrollWidth > wrap.clientWidth;
};
const exportButton = (el: Table) =>
  $$(el, 'button').find((b) => text(b) === 'Export CSV') as HTMLButtonElement | undefined;

const wedding = {
  ...fx.usagePage.items[0],
  event: { id: 1046, name: 'Patel & Moreau Wedding' },
};

describe('table layout', () => {
  afterEach(restoreFetch);

  describe('a usage row in a narrow container', () => {
    it('takes two or three lines: the event and its credits, then the date, user, type and event ID', async () => {
      const el = await mount<CreditsUsageTable>(
        'credits-usage-table',
        usage([wedding, fx.usagePage.items[1]]),
        390,
      );
      const [row] = rows(el);
      const event = td(row!, 'Event').getBoundingClientRect();
      const credits = td(row!, 'Credits').getBoundingClientRect();
      expect(sameLine(event, credits), 'event and credits on line 1').to.be.true;
      expect(credits.right, 'the credits at its end').to.be.above(event.right);
      for (const header of ['Date', 'User', 'Type', 'Event ID']) {
        expect(td(row!, header).getBoundingClientRect().top, `${header} under it`).to.be.above(
          event.bottom - 1,
        );
      }
      const cells = [...row!.querySelectorAll('td')].map((cell) => cell.getBoundingClientRect());
      expect(rowsOf(cells), 'lines').to.be.within(2, 3);
      expect(row!.getBoundingClientRect().height, 'a short block').to.be.below(100);
      expect(text(td(row!, 'Event ID')), 'a bare number keeps its label').to.equal('1046');
      expect(getComputedStyle(td(row!, 'Event ID'), '::before').content).to.match(/^"Event ID/);
      await expectAccessibleInEveryScheme(el, 'usage rows at 390 px');
    });

    it('keeps one shape in every row: the type and event ID on line 3, whoever ran it', async () => {
      const system = { ...wedding, id: 'tx_system', user: null };
      const el = await mount<CreditsUsageTable>(
        'credits-usage-table',
        usage([wedding, system]),
        390,
      );
      for (const row of rows(el)) {
        const date = td(row, 'Date').getBoundingClientRect();
        const user = td(row, 'User').getBoundingClientRect();
        const type = td(row, 'Type').getBoundingClientRect();
        const id = td(row, 'Event ID').getBoundingClientRect();
        const who = text(td(row, 'User'));
        expect(sameLine(date, user), `${who}: date and user on line 2`).to.be.true;
        expect(type.top, `${who}: the type under them`).to.be.at.least(date.bottom - 1);
        expect(sameLine(type, id), `${who}: the type and event ID on one line`).to.be.true;
      }
    });

    it('cuts no event name while its line has room', async () => {
      const el = await mount<CreditsUsageTable>('credits-usage-table', usage([wedding]), 390);
      const name = td(rows(el)[0]!, 'Event').querySelector('.event-link') as HTMLElement;
      expect(name.scrollWidth, 'the whole name shows').to.be.at.most(name.clientWidth);
      expect(lines(name), 'on one line').to.equal(1);
    });

    it('says what the run was on line 1 of a row without an event', async () => {
      const el = await mount<CreditsUsageTable>(
        'credits-usage-table',
        usage(fx.usagePage.items),
        390,
      );
      const lead = td(rows(el)[1]!, 'Event');
      expect(lead.innerText.trim()).to.equal('AI Image Rotation');
      el.parentElement!.style.width = '1000px';
      await waitUntil(() => !lead.innerText.includes('Rotation'), 'the table still said it');
      expect(lead.innerText.trim(), 'in the table: a dash under Event').to.match(/^—/);
    });

    it('never breaks a date, in a narrow row or in the table', async () => {
      const items = Array.from({ length: 6 }, (_, n) => ({
        ...fx.usageRow(n),
        event: { id: 1044, name: 'Northside School Sports Day' },
        user: { name: 'Lucía Ortega' },
      }));
      const el = await mount<CreditsUsageTable>('credits-usage-table', usage(items), 390);
      for (const width of [390, 600, 768, 800, 930, 1280]) {
        el.parentElement!.style.width = `${width}px`;
        for (const time of $$(el, 'td time')) {
          expect(lines(time), `"${text(time)}" at ${width} px`).to.equal(1);
        }
        expect(overflows(el), `no sideways scroll at ${width} px`).to.be.false;
      }
    });
  });

  describe('purchase history', () => {
    it('leaves out the Event column when no row of the page has an event', async () => {
      const el = await mount<CreditsPurchaseHistory>(
        'credits-purchase-history',
        usage(fx.purchasePage.items),
        1000,
      );
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Type', 'Credits', 'Date']);
      expect(rows(el)[0]!.querySelectorAll('td')).to.have.length(3);
    });

    it('shows the Event column for a page with a purchase tied to an event', async () => {
      const tied = { ...fx.purchasePage.items[0], id: 'p2', event: { id: 7, name: 'Gala' } };
      const el = await mount<CreditsPurchaseHistory>(
        'credits-purchase-history',
        usage([...fx.purchasePage.items, tied]),
        1000,
      );
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Type', 'Credits', 'Event', 'Date']);
      expect(rows(el).map((r) => text(td(r, 'Event')))).to.deep.equal(['—No event', 'Gala']);
    });

    it('offers no Event ID filter, unless event-id is set', async () => {
      const server = usage(fx.purchasePage.items);
      const el = await mount<CreditsPurchaseHistory>('credits-purchase-history', server, 1000);
      expect(has(el, 'input.event-id'), 'purchases are tied to no event').to.be.false;
      expect($$(el, '[part~="toolbar"] input')).to.have.length(2);
      el.eventId = '1042';
      await el.updateComplete;
      const field = $(el, 'input.event-id') as HTMLInputElement;
      expect(field.value, 'the filter in force, to be seen and cleared').to.equal('1042');
      const usageTable = await mount<CreditsUsageTable>('credits-usage-table', server, 1000);
      expect(has(usageTable, 'input.event-id'), 'usage keeps it').to.be.true;
    });

    it('shows no filters over a list with nothing in it, and keeps them when a filter emptied it', async () => {
      const el = await mount<CreditsUsageTable>('credits-usage-table', usage([]), 1000);
      expect(text($(el, '[part~="empty"]'))).to.equal('No usage yet.');
      expect(has(el, '[part~="toolbar"]'), 'nothing to filter on a new account').to.be.false;
      el.from = '2026-01-01';
      await waitUntil(() => /match/i.test(text($(el, '[part~="empty"]'))), 'never filtered');
      expect(has(el, '[part~="toolbar"]'), 'the filter in force, to be changed').to.be.true;
    });
  });

  describe('payments in a narrow container', () => {
    it('keeps the amount on line 1 beside the type, in Arabic too (its tax note wraps under it)', async () => {
      const server = fakeServer({ 'GET /payments': { body: fx.paymentPage } });
      const el = await mount<CreditsPayments>('credits-payments', server, 350);
      for (const [locale, dir] of [
        ['en-US', 'ltr'],
        ['ar', 'rtl'],
      ]) {
        el.locale = locale!;
        el.dir = dir!;
        await waitUntil(() => (locale === 'ar') === /وحد/.test(text(rows(el)[0])), locale);
        const row = rows(el)[0]!;
        const lead = row.querySelector('td.lead')!.getBoundingClientRect();
        const figure = row.querySelector('td.figure')!.getBoundingClientRect();
        expect(sameLine(lead, figure), `${locale}: one line`).to.be.true;
        expect(figure.right, `${locale}: inside the row`).to.be.at.most(
          row.getBoundingClientRect().right,
        );
      }
    });
  });

  describe('the pager', () => {
    it('shows the row count without Previous and Next when every row is on one page', async () => {
      const el = await mount<CreditsPurchaseHistory>(
        'credits-purchase-history',
        usage(fx.purchasePage.items),
        1000,
      );
      expect(text($(el, '[part~="pager"]'))).to.equal('Rows 1–1');
      expect($$(el, '[part~="pager"] button')).to.have.length(0);
    });

    it('keeps Previous and Next while there is another page', async () => {
      const el = await mount<CreditsUsageTable>(
        'credits-usage-table',
        usage(fx.usagePage.items, 'c2'),
        1000,
      );
      expect($$(el, '[part~="pager"] button').map(text)).to.deep.equal(['Previous', 'Next']);
    });
  });

  describe('Export CSV', () => {
    for (const width of [390, 1000]) {
      it(`sits on the title's line at ${width} px`, async () => {
        const el = await mount<CreditsPayments>(
          'credits-payments',
          fakeServer({ 'GET /payments': { body: fx.paymentPage } }),
          width,
        );
        const title = $(el, '[part~="title"]')!.getBoundingClientRect();
        const button = exportButton(el)!.getBoundingClientRect();
        expect(button.top, 'on the line of the title').to.be.below(title.bottom);
        expect(button.bottom).to.be.above(title.top);
        expect(button.left, 'after it').to.be.above(title.left + 100);
        expect(has(el, '[part~="toolbar"]'), 'no row of its own').to.be.false;
      });
    }

    it('is not offered for an empty list', async () => {
      const el = await mount<CreditsPayments>(
        'credits-payments',
        fakeServer({ 'GET /payments': { body: { items: [], nextCursor: null } } }),
        1000,
      );
      expect(text($(el, '[part~="empty"]'))).to.equal('No payments yet.');
      expect(exportButton(el)).to.be.undefined;
    });
  });

  describe('payments', () => {
    const completed = {
      ...fx.payment,
      id: 'pay_done',
      status: 'completed',
      createdAt: '2026-11-30T18:19:00Z',
      credits: 10_000,
      gateway: 'payglocal',
      invoice: { status: 'available', number: 'INV-1', url: 'https://example.com/inv/1.pdf' },
    };
    const waiting = { ...completed, id: 'pay_w', invoice: { status: 'waiting_for_billing' } };
    const server = () =>
      fakeServer({
        'GET /payments': { body: { items: [fx.payment, completed, waiting], nextCursor: null } },
      });

    it('reads as a table from 820 to 1000 px: nothing wraps or scrolls sideways', async () => {
      const el = await mount<CreditsPayments>('credits-payments', server(), 1000, 'admin');
      for (const width of [820, 880, 930, 1000]) {
        el.parentElement!.style.width = `${width}px`;
        expect(getComputedStyle(rows(el)[0]!).display, `a table at ${width} px`).to.equal(
          'table-row',
        );
        expect(overflows(el), `no sideways scroll at ${width} px`).to.be.false;
        const heights = new Set(rows(el).map((r) => Math.round(r.getBoundingClientRect().height)));
        expect(heights.size, `rows of one height at ${width} px`).to.equal(1);
        for (const row of rows(el)) {
          const id = td(row, 'Payment ID').querySelector('.id')!;
          const copy = id.querySelector('button')!.getBoundingClientRect();
          const value = id.firstElementChild!.getBoundingClientRect();
          expect(sameLine(copy, value), `the ID and its Copy on one line at ${width} px`).to.be
            .true;
          const date = [...td(row, 'Date').querySelectorAll('.nobr')];
          expect(date.map(lines), `the date, then its time, at ${width} px`).to.deep.equal([1, 1]);
          expect(date[1]!.getBoundingClientRect().top).to.be.above(
            date[0]!.getBoundingClientRect().top,
          );
        }
      }
      await expectAccessibleInEveryScheme(el, 'payments at 1000 px');
    });

    it('shows a payment at 390 px as a short block: its type and amount, then the rest', async () => {
      const el = await mount<CreditsPayments>('credits-payments', server(), 390, 'admin');
      const wrap = $(el, '[part~="table-wrap"]') as HTMLElement;
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
      for (const row of rows(el)) {
        const type = td(row, 'Type').getBoundingClientRect();
        const amount = td(row, 'Amount').getBoundingClientRect();
        expect(sameLine(type, amount), 'type and amount on line 1').to.be.true;
        expect(
          row.getBoundingClientRect().height,
          'a short block (eight lines before)',
        ).to.be.below(150);
        expect(lines(td(row, 'Date').querySelector('time')!), 'the date on one line').to.equal(1);
      }
      await expectAccessibleInEveryScheme(el, 'payments at 390 px');
    });
  });
});
