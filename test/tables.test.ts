import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  registerMessages,
  type CreditsPurchaseHistory,
  type CreditsUsageTable,
} from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import {
  fakeServer,
  restoreFetch,
  type FakeServer,
  type RecordedRequest,
} from './helpers/fake-server.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { $, $$, has, text } from './helpers/dom.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { CONTRACT_SAYS, runStateTests } from './shared/element-states.js';
import { runNextPageTests } from './shared/table-next-page.js';

type Table = CreditsUsageTable | CreditsPurchaseHistory;

/** Serves usage pages by cursor: first page, then `c2`. */
function usageServer(extra: Partial<Record<string, unknown>> = {}): FakeServer {
  return fakeServer({
    'GET /transactions': (req: RecordedRequest) => {
      if (req.url.searchParams.get('kind') === 'purchase') return { body: fx.purchasePage };
      return {
        body: req.url.searchParams.get('cursor') === 'c2' ? fx.usagePage2 : fx.usagePage,
        ...extra,
      };
    },
  });
}

async function settled(el: Table): Promise<void> {
  await waitUntil(
    () => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'the table never finished loading',
    { interval: 2 },
  );
}

async function mountUsage(server: FakeServer, attrs = ''): Promise<CreditsUsageTable> {
  const wrapper = await fixture(html`<div></div>`);
  // Attributes as a host page writes them (event-href with {id}, page-size, …).
  const holder = document.createElement('template');
  const locale = attrs.includes('locale=') ? '' : 'locale="en-US"';
  holder.innerHTML = `<credits-usage-table endpoint="${server.endpoint}" ${locale} ${attrs}></credits-usage-table>`;
  wrapper.append(holder.content);
  const el = wrapper.querySelector('credits-usage-table')!;
  await settled(el);
  return el;
}

async function mountPurchases(server: FakeServer): Promise<CreditsPurchaseHistory> {
  const el = await fixture<CreditsPurchaseHistory>(
    html`<credits-purchase-history
      endpoint=${server.endpoint}
      locale="en-US"
    ></credits-purchase-history>`,
  );
  await settled(el);
  return el;
}

const headers = (el: Table) => $$(el, 'thead th').map(text);
const rows = (el: Table) => $$(el, 'tbody tr[part~="row"]');
const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => text(td));
const button = (el: Table, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;

const brokenPage = {
  body: { items: [{ ...fx.usagePage.items[0], id: 1 }], nextCursor: null },
  issue: 'items[0].id should be a string, not 1',
};

runStateTests({
  tag: 'credits-usage-table',
  title: 'Credit Usage',
  route: 'GET /transactions',
  data: fx.usagePage,
  attrs: { 'page-size': '2' },
  empty: { body: { items: [], nextCursor: null }, says: 'No usage yet.' },
  broken: brokenPage,
  method: 'getTransactions',
  dataSelector: 'tbody tr[part~="row"]',
});

runStateTests({
  tag: 'credits-purchase-history',
  title: 'Purchase History',
  route: 'GET /transactions',
  data: fx.purchasePage,
  attrs: { 'page-size': '1' },
  empty: { body: { items: [], nextCursor: null }, says: 'No purchases yet.' },
  broken: brokenPage,
  method: 'getTransactions',
  dataSelector: 'tbody tr[part~="row"]',
});

runNextPageTests({
  tag: 'credits-usage-table',
  route: 'GET /transactions',
  item: (n) => ({ ...fx.usageRow(n), event: { id: 2000 + n, name: `Row ${n} event` } }),
  mark: (n) => `Row ${n} event`,
  counted: true,
});

runNextPageTests({
  tag: 'credits-purchase-history',
  route: 'GET /transactions',
  item: (n) => ({
    ...fx.purchasePage.items[0],
    id: `tx_p${n}`,
    event: { id: 2000 + n, name: `Row ${n} event` },
  }),
  mark: (n) => `Row ${n} event`,
  counted: true,
});

/** The centre of an element in the page, for a real mouse click. */
function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

const popoutOpen = (el: Element) => !!$(el, '.popout')?.matches(':popover-open');

describe('<credits-usage-table>', () => {
  afterEach(restoreFetch);

  it('passes axe with data', async () => {
    const el = await mountUsage(usageServer());
    await expectAccessibleInEveryScheme(el, 'usage with data');
  });

  it('asks for usage transactions with the page size', async () => {
    const server = usageServer();
    await mountUsage(server, 'page-size="2"');
    const params = Object.fromEntries(server.calls[0]!.url.searchParams);
    expect(params).to.deep.equal({ kind: 'usage', limit: '2' });
  });

  it('has the columns Type, Credits, Event, Event ID, User, Date in a captioned table', async () => {
    const el = await mountUsage(usageServer());
    expect(headers(el)).to.deep.equal(['Type', 'Credits', 'Event', 'Event ID', 'User', 'Date']);
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect(text($(el, 'caption'))).to.equal('Credit Usage');
  });

  it('shows a Usage badge, negative credits in the spend colour, the event, its ID, the user and the date', async () => {
    const el = await mountUsage(usageServer());
    const [first] = rows(el);
    expect(cells(first!).slice(0, 5)).to.deep.equal([
      'Usage',
      '-420',
      'Harbour Lights Wedding',
      '1042',
      'Asha Verma',
    ]);
    // The date and time are the browser's local ones (whole-hour zones keep the :05).
    expect(cells(first!)[5]).to.match(/^Nov (19|20|21), 2026, \d{1,2}:05\s[AP]M$/);
    el.style.setProperty('--credits-color-danger', 'rgb(9, 8, 7)');
    expect(getComputedStyle(first!.querySelector('data')!).color).to.equal('rgb(9, 8, 7)');
    expect(first!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20T14:05:00Z');
  });

  it('says System for automated runs and a dash, not "null", for no event', async () => {
    const el = await mountUsage(usageServer());
    const second = rows(el)[1]!;
    const [, , event, eventId, user] = [...second.querySelectorAll('td')];
    expect(text(user)).to.equal('System');
    expect(event!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    expect(text(event!.querySelector('.wide-only'))).to.equal('—No event');
    // The Event ID cell says the same to a screen reader, not nothing.
    expect(eventId!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    expect(text(eventId)).to.equal('—No event');
    expect(second.textContent).not.to.match(/null|undefined|NaN/);
  });

  it('formats credits for the locale', async () => {
    const server = fakeServer({
      'GET /transactions': {
        body: { items: [{ ...fx.usagePage.items[0], credits: -12345 }], nextCursor: null },
      },
    });
    const el = await mountUsage(server, 'locale="de-DE"');
    expect(text(rows(el)[0]!.querySelector('data'))).to.equal('-12.345');
  });

  describe('info pop-out', () => {
    const infoButtons = (el: Table) => $$(el, 'button.info') as HTMLButtonElement[];

    it('is a real button with a name that shows the underlying usage type', async () => {
      const el = await mountUsage(usageServer());
      const [first, second] = infoButtons(el);
      expect(first!.getAttribute('aria-label')).to.equal('Usage type: Photo Processing');
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      first!.click();
      await el.updateComplete;
      expect(popoutOpen(el)).to.be.true;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(text($(el, '.popout'))).to.equal('Usage type Photo Processing');
      second!.click();
      await el.updateComplete;
      expect(popoutOpen(el), 'another button shows its own at once').to.be.true;
      expect(text($(el, '.popout'))).to.equal('Usage type AI Image Rotation');
    });

    it('humanises an unknown usage type', async () => {
      const server = usageServer();
      const el = await mountUsage(server, 'page-size="2"');
      button(el, 'Next')!.click();
      await waitUntil(() => rows(el).length === 1 && text(rows(el)[0]!).includes('City Marathon'));
      infoButtons(el)[0]!.click();
      await el.updateComplete;
      expect(text($(el, '.popout'))).to.equal('Usage type Face Reindex');
    });

    it('keeps one open at a time, and its own button closes it again', async () => {
      const el = await mountUsage(usageServer());
      const [first, second] = infoButtons(el);
      first!.click();
      await el.updateComplete;
      second!.click();
      await el.updateComplete;
      const expanded = infoButtons(el).map((b) => b.getAttribute('aria-expanded'));
      expect(expanded).to.deep.equal(['false', 'true']);
      second!.click();
      await el.updateComplete;
      expect(popoutOpen(el)).to.be.false;
      expect(second!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens from the keyboard and closes on Escape, focus staying on its button', async () => {
      const el = await mountUsage(usageServer());
      const [first] = infoButtons(el);
      first!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(popoutOpen(el)).to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(popoutOpen(el)).to.be.false;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement === first, 'focus is on the info button').to.be.true;
    });

    it('closes on a click elsewhere', async () => {
      const el = await mountUsage(usageServer());
      await sendMouse({ type: 'click', position: centre(infoButtons(el)[0]!) });
      await el.updateComplete;
      expect(popoutOpen(el)).to.be.true;
      await sendMouse({ type: 'click', position: centre($(el, 'h2')!) });
      await el.updateComplete;
      expect(popoutOpen(el)).to.be.false;
      expect(infoButtons(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('sits next to its button', async () => {
      const el = await mountUsage(usageServer());
      const [, second] = infoButtons(el);
      second!.click();
      await el.updateComplete;
      const b = second!.getBoundingClientRect();
      const p = $(el, '.popout')!.getBoundingClientRect();
      expect(Math.abs(p.top - b.bottom), 'just below the button').to.be.lessThan(12);
      expect(Math.abs(p.left - b.left), 'starting at the button').to.be.at.most(16);
    });

    it('is accessible while open', async () => {
      const el = await mountUsage(usageServer());
      infoButtons(el)[0]!.click();
      await el.updateComplete;
      await expectAccessibleInEveryScheme(el, 'an open pop-out');
    });
  });

  describe('events', () => {
    it('fires credits-event-open with the event id and name, and follows event-href unless cancelled', async () => {
      location.hash = '';
      const el = await mountUsage(usageServer(), 'event-href="#event-{id}"');
      const link = rows(el)[0]!.querySelector('a')!;
      expect(link.getAttribute('href')).to.match(/#event-1042$/);
      document.addEventListener('credits-event-open', (e) => e.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'credits-event-open');
      expect(event.detail.eventId).to.equal(1042);
      expect(event.detail.eventName).to.equal('Harbour Lights Wedding');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(location.hash).to.equal('');
      link.click();
      expect(location.hash).to.equal('#event-1042');
      location.hash = '';
    });

    it('never turns a javascript: event-href into a link', async () => {
      const el = await mountUsage(usageServer(), 'event-href="javascript:alert({id})"');
      expect(has(el, 'tbody a')).to.be.false;
      const control = rows(el)[0]!.querySelector('td:nth-child(3) button');
      expect(text(control)).to.equal('Harbour Lights Wedding');
    });

    it('without event-href the name is a button that fires the event', async () => {
      const el = await mountUsage(usageServer());
      const control = rows(el)[0]!.querySelector('td:nth-child(3) button') as HTMLButtonElement;
      expect(text(control)).to.equal('Harbour Lights Wedding');
      setTimeout(() => control.click());
      const event = await oneEvent(document, 'credits-event-open');
      expect(event.detail).to.deep.equal({
        eventId: 1042,
        eventName: 'Harbour Lights Wedding',
        href: null,
      });
    });
  });

  describe('paging', () => {
    it('goes forward with nextCursor and back without fetching again, showing the total', async () => {
      const server = usageServer();
      const el = await mountUsage(server, 'page-size="2"');
      expect(text($(el, '[part~="pager"] [aria-live]'))).to.equal('Rows 1–2 of 3');
      expect(button(el, 'Previous')!.getAttribute('aria-disabled')).to.equal('true');
      button(el, 'Next')!.click();
      await waitUntil(() => rows(el).length === 1, 'page two never showed');
      expect(server.calls[1]!.url.searchParams.get('cursor')).to.equal('c2');
      expect(text($(el, '[part~="pager"] [aria-live]'))).to.equal('Rows 3–3 of 3');
      expect(
        button(el, 'Next')!.getAttribute('aria-disabled'),
        'no next page after the last',
      ).to.equal('true');
      button(el, 'Next')!.click();
      await el.updateComplete;
      expect(server.calls, 'Next does nothing after the last page').to.have.length(2);
      button(el, 'Previous')!.click();
      await el.updateComplete;
      await settled(el);
      expect(rows(el)).to.have.length(2);
      expect(server.calls).to.have.length(2);
    });

    it('keeps the focus on Next while the next page loads', async () => {
      const server = fakeServer({
        'GET /transactions': (req) =>
          req.url.searchParams.get('cursor') === 'c2'
            ? { body: fx.usagePage2, delay: 100 }
            : { body: fx.usagePage },
      });
      const el = await mountUsage(server, 'page-size="2"');
      const next = button(el, 'Next')!;
      next.focus();
      next.click();
      await el.updateComplete;
      expect(text($(el, '[part~="pager"] [aria-live]'))).to.equal('Loading rows…');
      expect(el.shadowRoot!.activeElement === button(el, 'Next'), 'focus stayed on Next').to.be
        .true;
      await waitUntil(() => rows(el).length === 1);
      expect(el.shadowRoot!.activeElement === button(el, 'Next'), 'focus still on Next').to.be.true;
    });

    it('follows the cursor past empty pages instead of saying there is no usage', async () => {
      const server = fakeServer({
        'GET /transactions': (req) => {
          const cursor = req.url.searchParams.get('cursor');
          if (!cursor) return { body: { items: [], nextCursor: 'e1' } };
          if (cursor === 'e1') return { body: { items: [], nextCursor: 'e2' } };
          return { body: fx.usagePage2 };
        },
      });
      const el = await mountUsage(server);
      expect(rows(el).map((r) => text(r.querySelector('td:nth-child(3)')))).to.deep.equal([
        'City Marathon 2026',
      ]);
      expect(has(el, '[part~="empty"]')).to.be.false;
      expect(server.calls.map((c) => c.url.searchParams.get('cursor'))).to.deep.equal([
        null,
        'e1',
        'e2',
      ]);
    });

    it('after five empty pages in a row, says so and offers Next', async () => {
      let n = 0;
      const server = fakeServer({
        'GET /transactions': (req) => {
          n += 1;
          const cursor = Number(req.url.searchParams.get('cursor') ?? 0);
          return cursor < 7
            ? { body: { items: [], nextCursor: String(cursor + 1) } }
            : { body: { ...fx.usagePage2, nextCursor: null } };
        },
      });
      const el = await mountUsage(server);
      expect(n, 'a bounded walk').to.equal(5);
      expect(text($(el, '[part~="empty"] p'))).to.contain('There are more after it');
      button(el, 'Next')!.click();
      await waitUntil(() => rows(el).length === 1, 'Next did not reach the rows');
      expect(text(rows(el)[0]!)).to.contain('City Marathon 2026');
    });

    it('names a server that repeats a cursor instead of paging forever', async () => {
      const server = fakeServer({
        'GET /transactions': { body: { items: [], nextCursor: 'same' } },
      });
      const warned: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warned.push(args);
      const el = await mountUsage(server).finally(() => (console.warn = original));
      expect(warned.map((w) => String(w[0]))).to.deep.equal([
        'credits-widgets: The server repeated the page cursor "same".',
      ]);
      expect(text($(el, '[role="alert"] p'))).to.equal(CONTRACT_SAYS);
      expect(text($(el, '[part~="error-details"]'))).to.contain(
        'nextCursor repeated "same", a page it had already given',
      );
      expect(server.calls.length).to.be.at.most(2);
    });

    it('keeps the page size within the contract', async () => {
      const server = usageServer();
      await mountUsage(server, 'page-size="500"');
      expect(server.calls[0]!.url.searchParams.get('limit')).to.equal('100');
    });
  });

  describe('filters', () => {
    it('sends from, to and event-id attributes as query parameters', async () => {
      const server = usageServer();
      await mountUsage(server, 'from="2026-10-01" to="2026-10-31" event-id="1042"');
      const params = Object.fromEntries(server.calls[0]!.url.searchParams);
      expect(params).to.deep.include({ from: '2026-10-01', to: '2026-10-31', eventId: '1042' });
    });

    it('restarts from the first page when a toolbar filter changes', async () => {
      const server = usageServer();
      const el = await mountUsage(server, 'page-size="2"');
      button(el, 'Next')!.click();
      await waitUntil(() => rows(el).length === 1);
      const [from] = $$(el, '.toolbar input') as HTMLInputElement[];
      from!.value = '2026-11-01';
      from!.dispatchEvent(new Event('change'));
      await waitUntil(() => server.calls.length === 3, 'no request after the filter changed');
      const last = server.calls[2]!.url.searchParams;
      expect(last.get('from')).to.equal('2026-11-01');
      expect(last.has('cursor'), 'the first page again').to.be.false;
      expect(el.from).to.equal('2026-11-01');
    });

    it('names a wrong filter instead of asking the server, keeping what was typed', async () => {
      const server = usageServer();
      const el = await mountUsage(server);
      const eventInput = $(el, 'input.event-id') as HTMLInputElement;
      eventInput.value = '12ab';
      eventInput.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.equal(
        'Event ID must be a whole number, not "12ab".',
      );
      expect(eventInput.value).to.equal('12ab');
      expect(eventInput.getAttribute('aria-invalid')).to.equal('true');
      expect(server.calls).to.have.length(1);
    });

    it('says when From is after To, marking both dates', async () => {
      const el = await mountUsage(usageServer(), 'from="2026-11-02" to="2026-11-01"');
      expect(text($(el, '[role="alert"]'))).to.equal('From must be on or before To.');
      const invalid = ($$(el, '.toolbar input') as HTMLInputElement[]).map((i) =>
        i.getAttribute('aria-invalid'),
      );
      expect(invalid).to.deep.equal(['true', 'true', 'false']);
    });

    it('says "No usage matches these filters." with a way to clear them', async () => {
      const server = fakeServer({ 'GET /transactions': { body: { items: [], nextCursor: null } } });
      const el = await mountUsage(server, 'event-id="9"');
      expect(text($(el, '[part~="empty"] p'))).to.equal('No usage matches these filters.');
      button(el, 'Clear filters')!.click();
      await settled(el);
      await waitUntil(() => text($(el, '[part~="empty"] p')) === 'No usage yet.');
      expect(server.calls.at(-1)!.url.searchParams.has('eventId')).to.be.false;
    });
  });

  describe('safety', () => {
    it('shows markup from the server as text and runs nothing', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const server = fakeServer({
        'GET /transactions': {
          body: {
            items: [
              {
                ...fx.usagePage.items[0],
                event: { id: 1, name: hostile },
                user: { name: '<b>x</b>' },
              },
            ],
            nextCursor: null,
          },
        },
      });
      const el = await mountUsage(server);
      expect(text(rows(el)[0]!.querySelector('td:nth-child(3)'))).to.equal(hostile);
      expect(has(el, 'img')).to.be.false;
      expect(has(el, 'tbody b')).to.be.false;
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('draws skeleton rows under the real headers, aligned like them, while loading', async () => {
      const server = usageServer({ delay: 200 });
      const el = await fixture<CreditsUsageTable>(
        html`<credits-usage-table endpoint=${server.endpoint} page-size="3"></credits-usage-table>`,
      );
      expect(headers(el)).to.have.length(6);
      const skeletonRows = $$(el, 'tbody tr.row');
      expect(skeletonRows).to.have.length(3);
      const credits = skeletonRows[0]!.querySelectorAll('td')[1]!;
      const header = $$(el, 'thead th')[1]!;
      expect(getComputedStyle(credits).textAlign).to.equal('end');
      expect(getComputedStyle(header).textAlign).to.equal('end');
      const bar = credits.querySelector('.skeleton-text')!.getBoundingClientRect();
      const cell = credits.getBoundingClientRect();
      expect(cell.right - bar.right, 'the bar ends where the figures will').to.be.lessThan(16);
    });

    it('draws as many skeleton rows as the first page had the last time it was shown', async () => {
      const server = fakeServer({
        'GET /transactions': { body: { items: fx.purchasePage.items, nextCursor: null } },
      });
      const first = await mountPurchases(server);
      expect(rows(first)).to.have.length(1);
      server.on('GET /transactions', {
        body: { items: fx.purchasePage.items, nextCursor: null },
        delay: 200,
      });
      // Nothing in the cache: the next one loads (one with the page in hand draws it at once).
      first.refresh();
      const again = await fixture<CreditsPurchaseHistory>(
        html`<credits-purchase-history endpoint=${server.endpoint}></credits-purchase-history>`,
      );
      expect($(again, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(
        $$(again, 'tbody tr.row'),
        'one skeleton row, like the page it stands for',
      ).to.have.length(1);
    });

    it('hides the filters and Export CSV while it shows an error', async () => {
      const server = fakeServer({ 'GET /transactions': fx.errorReply(500, 'Down') });
      const el = await mountUsage(server);
      expect(text($(el, '[role="alert"] p'))).to.equal('Down');
      expect(has(el, '[part~="toolbar"]')).to.be.false;
      expect(button(el, 'Export CSV')).to.be.undefined;
    });

    it('offers no export of an empty history', async () => {
      const server = fakeServer({ 'GET /transactions': { body: { items: [], nextCursor: null } } });
      const el = await mountUsage(server);
      expect(button(el, 'Export CSV'), 'nothing to export, no button').to.be.undefined;
      expect(has(el, '[part~="toolbar"]'), 'nor filters: nothing to narrow').to.be.false;
    });

    it('is not a tab stop when nothing scrolls', async () => {
      const el = await mountUsage(usageServer());
      const wrap = $(el, '[part~="table-wrap"]') as HTMLElement;
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
      expect(wrap.hasAttribute('tabindex')).to.be.false;
      expect(wrap.hasAttribute('role')).to.be.false;
    });
  });

  describe('narrow containers', () => {
    it('shows each row as a short block, with nothing to scroll sideways', async () => {
      const el = await mountUsage(usageServer());
      el.style.width = '340px';
      const wrap = $(el, '[part~="table-wrap"]') as HTMLElement;
      await waitUntil(() => getComputedStyle(rows(el)[0]!).display === 'flex', 'never narrow');
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
      for (const td of rows(el)[0]!.querySelectorAll('td')) {
        expect(td.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right);
      }
      expect(wrap.hasAttribute('tabindex'), 'nothing to scroll, no tab stop').to.be.false;
      await expectAccessibleInEveryScheme(el, 'rows in a narrow container');
    });

    it('still gives assistive technology a table with headers and cells', async () => {
      const el = await mountUsage(usageServer());
      el.style.width = '340px';
      await waitUntil(() => getComputedStyle(rows(el)[0]!).display === 'flex');
      expect($(el, 'table')!.getAttribute('role')).to.equal('table');
      expect($$(el, 'th').every((th) => th.getAttribute('role') === 'columnheader')).to.be.true;
      expect(rows(el)[0]!.getAttribute('role')).to.equal('row');
      expect(text($(el, 'caption'))).to.equal('Credit Usage');
    });

    it('keeps a 10,000-character event name within its column', async () => {
      const long = 'Gala '.repeat(2000);
      const server = fakeServer({
        'GET /transactions': {
          body: {
            items: [
              { ...fx.usagePage.items[0], event: { id: 7, name: long } },
              fx.usagePage.items[1],
            ],
            nextCursor: null,
          },
        },
      });
      const el = await mountUsage(server);
      el.style.width = '1000px';
      const wrap = $(el, '[part~="table-wrap"]') as HTMLElement;
      expect(wrap.scrollWidth, 'no sideways scrolling').to.be.at.most(wrap.clientWidth);
      const [first, second] = rows(el);
      expect(first!.getBoundingClientRect().height, 'cut to one line').to.be.lessThan(50);
      const link = first!.querySelector('td:nth-child(3) .event-link')!;
      expect(link.textContent!.trim().length, 'the whole name is in the DOM').to.equal(
        long.trim().length,
      );
      expect(link.getAttribute('title')).to.equal(long);
      const date = (r: Element) => r.querySelector('td:last-child')!.getBoundingClientRect().left;
      expect(date(first!)).to.equal(date(second!));
    });
  });

  describe('large histories', () => {
    function longServer(total: number): FakeServer {
      return fakeServer({
        'GET /transactions': (req) => {
          const limit = Number(req.url.searchParams.get('limit'));
          const start = Number(req.url.searchParams.get('cursor') ?? 0);
          const end = Math.min(start + limit, total);
          const items = Array.from({ length: end - start }, (_, i) => fx.usageRow(start + i));
          return { body: { items, nextCursor: end < total ? String(end) : null, total } };
        },
      });
    }

    it('renders only the visible rows of 10,000 loaded, keeping table semantics', async () => {
      const server = longServer(10_000);
      const el = await mountUsage(server, 'paging="scroll" page-size="100"');
      for (let i = 1; i < 100; i++) {
        el.loadMore();
        await el.updateComplete;
        await settled(el);
      }
      await waitUntil(
        () => text($(el, '[part~="pager"] [aria-live]')) === '10,000 rows of 10,000 loaded',
        'not every page was loaded',
      );
      const domRows = rows(el);
      expect(domRows.length).to.be.lessThan(80);
      expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('10001');
      expect(domRows[0]!.getAttribute('aria-rowindex')).to.equal('2');

      const scroller = $(el, '.table-wrap') as HTMLElement;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(
        () => rows(el).at(-1)?.getAttribute('aria-rowindex') === '10001',
        'scrolling to the end did not render the last row',
      );
      expect(text(rows(el).at(-1)!.querySelector('time'))).not.to.equal('');
      expect(rows(el).length).to.be.lessThan(80);
      expect(server.calls).to.have.length(100);
    });

    it('keeps the focus on Load more while the next page loads', async () => {
      const server = longServer(250);
      server.on('GET /transactions', (req) => {
        const start = Number(req.url.searchParams.get('cursor') ?? 0);
        const items = Array.from({ length: 100 }, (_, i) => fx.usageRow(start + i));
        return {
          body: { items, nextCursor: String(start + 100), total: 250 },
          delay: start ? 100 : 0,
        };
      });
      const el = await mountUsage(server, 'paging="scroll" page-size="100"');
      const more = button(el, 'Load more')!;
      more.focus();
      more.click();
      await el.updateComplete;
      expect(text(more)).to.equal('Loading…');
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement === more, 'focus stayed on the button').to.be.true;
      await waitUntil(() => text(more) === 'Load more', 'the page never came');
      expect(el.shadowRoot!.activeElement === more, 'focus still on the button').to.be.true;
    });

    it('keeps the loaded rows and offers Retry when loading more fails', async function () {
      // axe over 100 rows in three colour schemes: over 15 s on a shared, loaded machine.
      this.timeout(45_000);
      const server = longServer(250);
      const el = await mountUsage(server, 'paging="scroll" page-size="100"');
      server.on('GET /transactions', fx.errorReply(503, 'Try again shortly'));
      button(el, 'Load more')!.click();
      await waitUntil(() => has(el, '[part~="pager"] [role="alert"]'), 'no error shown');
      expect(text($(el, '[part~="pager"] [role="alert"] p'))).to.equal(
        'More rows could not be loaded: Try again shortly',
      );
      expect(rows(el).length).to.be.greaterThan(0);
      await expectAccessibleInEveryScheme(el, 'a failed load of more rows');
    });

    it('loads the next page when the scroll view reaches its end', async () => {
      const server = longServer(250);
      const el = await mountUsage(server, 'paging="scroll" page-size="100"');
      const scroller = $(el, '.table-wrap') as HTMLElement;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => server.calls.length === 2, 'reaching the end did not load more');
    });
  });

  describe('CSV export', () => {
    async function exported(el: Table) {
      const done = oneEvent(el, 'credits-export');
      el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
      button(el, 'Export CSV')!.click();
      return (await done).detail;
    }

    it('fetches every page of the filtered history and names the file after view and range', async () => {
      const server = usageServer();
      const el = await mountUsage(server, 'from="2026-11-01" to="2026-11-30"');
      const detail = await exported(el);
      expect(detail.filename).to.equal('credit-usage_2026-11-01_to_2026-11-30.csv');
      expect(detail.rows).to.equal(3);
      const exportCalls = server.calls.slice(1);
      expect(exportCalls.map((c) => c.url.searchParams.get('limit'))).to.deep.equal(['100', '100']);
      expect(exportCalls.every((c) => c.url.searchParams.get('from') === '2026-11-01')).to.be.true;
      expect(detail.csv.split('\r\n')).to.deep.equal([
        'Type,Usage type,Credits,Event,Event ID,User,Date',
        'Usage,Photo Processing,-420,Harbour Lights Wedding,1042,Asha Verma,2026-11-20T14:05:00Z',
        'Usage,AI Image Rotation,-35,,,System,2026-11-19T08:00:00+05:30',
        'Usage,Face Reindex,-12,City Marathon 2026,1044,Tom Becker,2026-11-02T10:15:00Z',
        '',
      ]);
      expect(text($(el, '[part~="export"]'))).to.equal(
        'Exported 3 rows to credit-usage_2026-11-01_to_2026-11-30.csv.',
      );
    });

    it('writes hostile cells safely: quotes, commas, line breaks and formula starts', async () => {
      const server = fakeServer({
        'GET /transactions': {
          body: {
            items: [
              {
                ...fx.usagePage.items[0],
                event: { id: 1, name: '=HYPERLINK("http://x","a, b")' },
                user: { name: '+1\nline' },
              },
              {
                ...fx.usagePage.items[0],
                id: 'b',
                event: { id: 2, name: '@SUM(A1)' },
                user: { name: '-cmd' },
              },
            ],
            nextCursor: null,
          },
        },
      });
      const el = await mountUsage(server);
      const { csv } = await exported(el);
      const [, first, second] = csv.split('\r\n');
      expect(first).to.equal(
        `Usage,Photo Processing,-420,"'=HYPERLINK(""http://x"",""a, b"")",1,"'+1\nline",2026-11-20T14:05:00Z`,
      );
      expect(second).to.equal("Usage,Photo Processing,-420,'@SUM(A1),2,'-cmd,2026-11-20T14:05:00Z");
    });

    it('fails an export over endless empty pages after 10 of them, saying why in the user’s language, with Retry', async () => {
      // The table has all its rows; the export's walk then gets empty pages with fresh cursors
      // forever (past 1,000 requests a 500, so a walk without a bound fails here, not hangs).
      const server: FakeServer = fakeServer({
        'GET /transactions': (req) => {
          if (req.url.searchParams.get('limit') !== '100') {
            return { body: { ...fx.usagePage, nextCursor: null } };
          }
          if (server.calls.length > 1_000) return fx.errorReply(500, 'runaway walk');
          const cursor = req.url.searchParams.get('cursor');
          const n = cursor ? Number(cursor.slice(1)) : 0;
          return { body: { items: n ? [] : fx.usagePage.items, nextCursor: `e${n + 1}` } };
        },
      });
      const el = await mountUsage(server, 'locale="de-DE"');
      await waitUntil(() => button(el, 'CSV exportieren'), 'the German texts never came');
      let downloaded = false;
      el.addEventListener('credits-export', () => (downloaded = true));
      const exportCalls = () =>
        server.calls.filter((c) => c.url.searchParams.get('limit') === '100');

      button(el, 'CSV exportieren')!.click();
      await waitUntil(() => $(el, '[part~="export"] [role="alert"]'), 'the export never failed');
      expect(exportCalls().length, 'the first page, then 10 empty ones').to.equal(11);
      expect(text($(el, '[part~="export"] [role="alert"]'))).to.equal(
        'Export fehlgeschlagen: Der Server hat immer wieder Seiten ohne Zeilen gesendet, jede mit Verweis auf eine weitere; das Laden wurde nach 10 leeren Seiten in Folge beendet. Falls es weiterhin auftritt, wenden Sie sich an den Support der Website.',
      );
      expect(downloaded, 'nothing downloaded').to.be.false;

      // Retry walks again (the pages come from the client's short cache now) and fails the same way.
      // The pages come from the client's cache now: watch the failure go and come back.
      let cleared = false;
      const watch = new MutationObserver(() => {
        if (!$(el, '[part~="export"] [role="alert"]')) cleared = true;
      });
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      button(el, 'Export erneut versuchen')!.click();
      await waitUntil(() => cleared, 'Retry did not export again');
      await waitUntil(() => $(el, '[part~="export"] [role="alert"]'), 'the retry never failed');
      watch.disconnect();
      expect(text($(el, '[part~="export"] [role="alert"]'))).to.contain(
        '10 leeren Seiten in Folge',
      );
      expect(exportCalls().length, 'no request beyond the bound').to.be.at.most(22);
      expect(downloaded).to.be.false;
    });

    it('shows progress and can be cancelled, downloading nothing', async () => {
      const server = fakeServer({
        'GET /transactions': (req) =>
          req.url.searchParams.get('limit') === '100'
            ? {
                body: { ...fx.usagePage, nextCursor: 'more', total: 500 },
                delay: req.url.searchParams.has('cursor') ? Infinity : 0,
              }
            : { body: fx.usagePage },
      });
      const el = await mountUsage(server);
      let exportedEvent = false;
      el.addEventListener('credits-export', () => (exportedEvent = true));
      button(el, 'Export CSV')!.click();
      await waitUntil(
        () => text($(el, '[part~="export"] [role="status"]')) === 'Exporting… 2 rows of 500',
      );
      expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(500);
      const exportButton = button(el, 'Export CSV')!;
      expect(exportButton.getAttribute('aria-disabled'), 'one export at a time').to.equal('true');
      const calls = server.calls.length;
      exportButton.click();
      await el.updateComplete;
      expect(server.calls.length, 'a second click starts nothing').to.equal(calls);
      button(el, 'Cancel export')!.click();
      await waitUntil(() => text($(el, '[part~="export"]')) === 'Export cancelled.');
      expect(exportedEvent).to.be.false;
      expect(server.calls.at(-1)!.signal!.aborted).to.be.true;
    });

    it('names the file for a range start only and an event', async () => {
      const { exportFilename } = await import('../src/internal/filters.js');
      expect(exportFilename('purchase-history', {})).to.equal('purchase-history_all-dates.csv');
      expect(exportFilename('credit-usage', { from: '2026-01-01', eventId: 7 })).to.equal(
        'credit-usage_from_2026-01-01_event-7.csv',
      );
    });

    it('exports a German page for a German spreadsheet: ";" columns, a German file name (item 11)', async () => {
      const el = await mountUsage(
        usageServer(),
        'locale="de-DE" from="2026-11-01" to="2026-11-30"',
      );
      await waitUntil(() => button(el, 'CSV exportieren'), 'the German texts never came');
      const done = oneEvent(el, 'credits-export');
      el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
      button(el, 'CSV exportieren')!.click();
      const detail = (await done).detail;
      expect(detail.filename).to.equal('Credit-Verbrauch_2026-11-01_bis_2026-11-30.csv');
      expect(detail.separator).to.equal(';');
      const [header, first] = detail.csv.split('\r\n') as [string, string];
      expect(header.split(';')).to.have.length(7);
      expect(first.split(';').slice(2, 5)).to.deep.equal([
        '-420',
        'Harbour Lights Wedding',
        '1042',
      ]);
      await waitUntil(() => text($(el, '[part~="export"]')).includes(detail.filename));
    });

    it('writes the separator the host chooses with csv-separator (item 11)', async () => {
      const el = await mountUsage(usageServer(), 'locale="de-DE" csv-separator="comma"');
      await waitUntil(() => button(el, 'CSV exportieren'), 'the German texts never came');
      const done = oneEvent(el, 'credits-export');
      el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
      button(el, 'CSV exportieren')!.click();
      const detail = (await done).detail;
      expect(detail.separator).to.equal(',');
      expect(detail.csv.split('\r\n')[1]!.split(',')[2]).to.equal('-420');
      expect(detail.filename).to.equal('Credit-Verbrauch_gesamter-Zeitraum.csv');
    });
  });

  describe('in another language', () => {
    // Italian is not shipped: the host's messages are the translation.
    before(() =>
      registerMessages('it', {
        'usage.title': 'Utilizzo dei crediti',
        'usage.badge': 'Utilizzo',
        'usage.usageType': 'Tipo di utilizzo',
        'usage.user': 'Utente',
        'usage.system': 'Sistema',
        'table.type': 'Tipo',
        'table.credits': 'Crediti',
        'table.event': 'Evento',
        'table.eventId': 'ID evento',
        'table.date': 'Data',
        'table.next': 'Avanti',
        'table.rangeOf': {
          one: 'Riga {first}–{last} di {count}',
          other: 'Righe {first}–{last} di {count}',
        },
        'table.export': 'Esporta CSV',
        'table.exported': { one: 'Esportata {count} riga.', other: 'Esportate {count} righe.' },
        'table.fromAfterTo': 'Da deve venire prima di A.',
      }),
    );

    it('says the caption, headers, badge, System and pager in the element’s language', async () => {
      const el = await mountUsage(usageServer(), 'locale="it" page-size="2"');
      expect(text($(el, 'caption'))).to.equal('Utilizzo dei crediti');
      expect(text($(el, '[part~="title"]'))).to.equal('Utilizzo dei crediti');
      expect(headers(el)).to.deep.equal([
        'Tipo',
        'Crediti',
        'Evento',
        'ID evento',
        'Utente',
        'Data',
      ]);
      expect(rows(el)[0]!.querySelector('td')!.getAttribute('data-label')).to.equal('Tipo');
      expect(cells(rows(el)[0]!)[0]).to.equal('Utilizzo');
      expect(cells(rows(el)[1]!)[4]).to.equal('Sistema');
      expect(text($(el, '[part~="pager"] [aria-live]'))).to.equal('Righe 1–2 di 3');
      expect(button(el, 'Avanti')).to.exist;
      // Keys it has no translation for stay English.
      expect(button(el, 'Previous')).to.exist;
    });

    it('exports its CSV headers and labels in that language', async () => {
      const el = await mountUsage(usageServer(), 'locale="it"');
      const done = oneEvent(el, 'credits-export');
      el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
      button(el, 'Esporta CSV')!.click();
      const { csv } = (await done).detail;
      expect(csv.split('\r\n').slice(0, 3)).to.deep.equal([
        // Italian writes a decimal comma: its spreadsheets split columns at ';'.
        'Tipo;Tipo di utilizzo;Crediti;Evento;ID evento;Utente;Data',
        'Utilizzo;Photo Processing;-420;Harbour Lights Wedding;1042;Asha Verma;2026-11-20T14:05:00Z',
        'Utilizzo;AI Image Rotation;-35;;;Sistema;2026-11-19T08:00:00+05:30',
      ]);
      await waitUntil(() => text($(el, '[part~="export"]')) === 'Esportate 3 righe.');
    });

    it('reads each wrong filter with its message, in the element’s language (item 12)', async () => {
      const el = await mountUsage(usageServer(), 'locale="it" from="2026-11-02" to="2026-11-01"');
      const inputs = $$(el, '.toolbar input');
      for (const input of inputs.slice(0, 2)) {
        const described = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!);
        expect(text(described)).to.equal('Da deve venire prima di A.');
      }
      expect(inputs[2]!.hasAttribute('aria-describedby'), 'the event ID is fine').to.be.false;
    });

    it('says what is wrong with the filters in that language', async () => {
      const el = await mountUsage(usageServer(), 'locale="it" from="2026-11-30" to="2026-11-01"');
      expect(text($(el, '[role="alert"]'))).to.equal('Da deve venire prima di A.');
    });
  });
});

describe('<credits-purchase-history>', () => {
  afterEach(restoreFetch);

  it('passes axe with data', async () => {
    const el = await mountPurchases(usageServer());
    await expectAccessibleInEveryScheme(el, 'purchases with data');
  });

  it('asks for purchase transactions and has the columns Type, Credits, Date (and Event for an event)', async () => {
    const server = usageServer();
    const el = await mountPurchases(server);
    expect(server.calls[0]!.url.searchParams.get('kind')).to.equal('purchase');
    expect(headers(el)).to.deep.equal(['Type', 'Credits', 'Date']);
    expect(text($(el, 'caption'))).to.equal('Purchase History');
  });

  it('gives every row a badge and an info pop-out that says what the addition is', async () => {
    const server = fakeServer({
      'GET /transactions': {
        body: {
          items: [
            fx.purchasePage.items[0],
            { ...fx.purchasePage.items[0], id: 'p2', type: 'free_credits', details: undefined },
            { ...fx.purchasePage.items[0], id: 'p3', type: 'admin_grant', details: undefined },
          ],
          nextCursor: null,
        },
      },
    });
    const el = await mountPurchases(server);
    expect(rows(el).map((r) => text(r.querySelector('td .badge')))).to.deep.equal([
      'Purchase',
      'Free Credits',
      'Admin Grant',
    ]);
    const infos = $$(el, 'button.info') as HTMLButtonElement[];
    expect(infos.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Payment details: Purchase',
      'About Free Credits',
      'About Admin Grant',
    ]);
    infos[1]!.click();
    await el.updateComplete;
    expect(text($(el, '.popout'))).to.contain('Free credits granted during the trial');
    infos[2]!.click();
    await el.updateComplete;
    expect(text($(el, '.popout'))).to.contain('Credits applied by staff');
    const heights = rows(el).map((r) => r.getBoundingClientRect().height);
    expect(new Set(heights).size, `row heights ${heights.join(', ')}`).to.equal(1);
  });

  it('has rows as tall as the Credit Usage table, with Type as a badge in both', async () => {
    const purchases = await mountPurchases(usageServer());
    const usage = await mountUsage(usageServer());
    // In tables: a narrow container's rows have as many lines as they have values.
    purchases.style.width = usage.style.width = '1000px';
    const height = (el: Table) => rows(el)[0]!.getBoundingClientRect().height;
    expect(height(purchases)).to.equal(height(usage));
    expect(has(purchases, 'tbody td:first-child .badge')).to.be.true;
    expect(has(usage, 'tbody td:first-child .badge')).to.be.true;
  });

  it('names each type and humanises unknown ones, with positive credits', async () => {
    const types = ['purchase', 'free_credits', 'admin_grant', 'refund', 'partner_bonus'];
    const server = fakeServer({
      'GET /transactions': {
        body: {
          items: types.map((type, i) => ({
            ...fx.purchasePage.items[0],
            id: `p${i}`,
            type,
            details: undefined,
          })),
          nextCursor: null,
        },
      },
    });
    const el = await mountPurchases(server);
    expect(rows(el).map((r) => text(r.querySelector('td .badge')))).to.deep.equal([
      'Purchase',
      'Free Credits',
      'Admin Grant',
      'Refund',
      'Partner Bonus',
    ]);
    expect(text(rows(el)[0]!.querySelector('data'))).to.equal('+5,000');
    el.style.setProperty('--credits-color-success', 'rgb(1, 99, 1)');
    expect(getComputedStyle(rows(el)[0]!.querySelector('data')!).color).to.equal('rgb(1, 99, 1)');
  });

  it('lists the payment metadata with readable labels and copyable IDs', async () => {
    const el = await mountPurchases(usageServer());
    const info = $(el, 'button.info') as HTMLButtonElement;
    expect(info.getAttribute('aria-label')).to.equal('Payment details: Purchase');
    info.click();
    await el.updateComplete;
    const popout = $(el, '.popout')!;
    expect([...popout.querySelectorAll('dt')].map((d) => text(d))).to.deep.equal([
      'Gateway',
      'Payment ID',
      'Order ID',
    ]);
    expect(text(popout.querySelector('dd')), 'the gateway by its name').to.equal('Razorpay');
    const copies = [...popout.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(copies).to.deep.equal(['Copy Payment ID', 'Copy Order ID']);
    expect(text(popout.querySelector('dd:nth-of-type(2) code'))).to.equal('pay_6PL9D');
    await expectAccessibleInEveryScheme(el, 'the payment details pop-out');
  });

  it('copies a payment ID and says so', async () => {
    const el = await mountPurchases(usageServer());
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (value: string) => void copied.push(value),
    });
    try {
      ($(el, 'button.info') as HTMLButtonElement).click();
      await el.updateComplete;
      const copy = $(el, '.popout button[aria-label="Copy Payment ID"]') as HTMLButtonElement;
      copy.click();
      await waitUntil(() => text(copy) === 'Copied', 'the button never said Copied');
      expect(copied).to.deep.equal(['pay_6PL9D']);
      expect(copy.getAttribute('aria-label')).to.equal('Payment ID copied');
    } finally {
      if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
      else delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('selects the ID for a manual copy when the clipboard refuses', async () => {
    const el = await mountPurchases(usageServer());
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async () => {
        throw new DOMException('Denied', 'NotAllowedError');
      },
    });
    try {
      ($(el, 'button.info') as HTMLButtonElement).click();
      await el.updateComplete;
      ($(el, '.popout button[aria-label="Copy Order ID"]') as HTMLButtonElement).click();
      await waitUntil(() => getSelection()?.toString() === 'order_8WZ4', 'the ID was not selected');
      expect(text($(el, '.popout button[aria-label="Copy Order ID"]'))).to.equal('Copy');
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('says "No purchases yet." for an empty history', async () => {
    const server = fakeServer({ 'GET /transactions': { body: { items: [], nextCursor: null } } });
    const el = await mountPurchases(server);
    expect(text($(el, '[part~="empty"] p'))).to.equal('No purchases yet.');
  });

  it('exports the payment metadata as columns', async () => {
    const el = await mountPurchases(usageServer());
    el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
    const done = oneEvent(el, 'credits-export');
    button(el, 'Export CSV')!.click();
    const { csv, filename } = (await done).detail;
    expect(filename).to.equal('purchase-history_all-dates.csv');
    expect(csv.split('\r\n').slice(0, 2)).to.deep.equal([
      'Type,Credits,Event,Gateway,Payment ID,Order ID,Date',
      'Purchase,5000,,razorpay,pay_6PL9D,order_8WZ4,2026-11-01T10:15:00Z',
    ]);
  });
});
