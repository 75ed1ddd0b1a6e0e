import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreditsDashboard } from '../src/components/dashboard/credits-dashboard.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';

/** A backend on contract 1.1; `legacy`: on 1.0 (no automatic top-up nor alerts: 404). */
function api({ legacy = false, balance = fx.balance as unknown } = {}): FakeServer {
  return fakeServer({
    ...(legacy
      ? {}
      : {
          'GET /auto-top-up': { body: fx.autoTopUp },
          'GET /alerts': { body: fx.alerts },
          'GET /usage/breakdown': { body: fx.breakdownByEvent },
        }),
    'GET /balance': { body: balance },
    'GET /usage/monthly': { body: fx.monthly },
    'GET /transactions': (req) => {
      const q = req.url.searchParams;
      if (q.get('kind') === 'purchase') return { body: fx.purchasePage };
      // Filtered to an event: its rows only.
      const id = Number(q.get('eventId'));
      const items = fx.usagePage.items.filter((tx) => !id || tx.event?.id === id);
      return { body: id ? { items, nextCursor: null, total: items.length } : fx.usagePage };
    },
    'GET /subscription': { body: fx.subscription },
    'GET /payments': { body: fx.paymentPage },
    'GET /billing-details': { body: fx.billingDetails },
  });
}

const tabs = (el: Element) => $$(el, '.outer [role="tab"]') as HTMLButtonElement[];
const panel = (el: Element, id: string) => $(el, `#panel-${id}`) as HTMLElement;
const inPanel = (el: Element, id: string, tag: string) =>
  panel(el, id).querySelector(tag) as (HTMLElement & { shadowRoot: ShadowRoot }) | null;
const selected = (el: Element) =>
  tabs(el)
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.id);

/** Waits until the element `find()` returns (rendered lazily) shows `selector`. */
async function settled(find: () => Element | null | undefined, selector: string): Promise<void> {
  await waitUntil(() => {
    const el = find();
    return !!el && !!el.shadowRoot && has(el, selector);
  }, `never showed ${selector}`);
}

async function mount(server: FakeServer, attrs = ''): Promise<CreditsDashboard> {
  const wrapper = await fixture(html`<div></div>`);
  const holder = document.createElement('template');
  holder.innerHTML = `<credits-dashboard endpoint="${server.endpoint}" locale="en-US" ${attrs}></credits-dashboard>`;
  wrapper.append(holder.content);
  const el = wrapper.querySelector('credits-dashboard')!;
  await el.updateComplete;
  return el;
}

describe('<credits-dashboard>', () => {
  afterEach(restoreFetch);

  it('passes axe in every tab, once loaded', async () => {
    const el = await mount(api(), 'admin');
    await settled(() => inPanel(el, 'credits', 'credits-balance'), '[part~="value"]');
    await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
    await expectAccessibleInEveryScheme(el, 'the Credits tab');
    el.tab = 'subscription';
    await settled(() => inPanel(el, 'subscription', 'credits-subscription'), '[part~="badge"]');
    await expectAccessibleInEveryScheme(el, 'the Subscription tab');
    el.tab = 'billing';
    await el.updateComplete;
    const billing = inPanel(el, 'billing', 'credits-billing')!;
    await waitUntil(() => billing.shadowRoot?.querySelector('credits-payments'));
    await settled(
      () => billing.shadowRoot.querySelector('credits-payments'),
      'tbody tr[part~="row"]',
    );
    await expectAccessibleInEveryScheme(el, 'the Billing & Transactions tab');
  });

  it("draws its header and tabs in the page's colour scheme: accessible on a page that follows the user's", async () => {
    const root = document.documentElement;
    root.style.colorScheme = 'light dark';
    root.style.background = 'Canvas';
    try {
      const el = await mount(api(), 'admin');
      await settled(() => $(el, 'credits-subscription[compact]'), '[part~="badge"]');
      await settled(() => inPanel(el, 'credits', 'credits-balance'), '[part~="value"]');
      await expectAccessibleInEveryScheme(el, "on a page in the user's scheme");
    } finally {
      root.style.colorScheme = '';
      root.style.background = '';
    }
  });

  it('shows the plan badge above three tabs that follow the WAI-ARIA pattern', async () => {
    const el = await mount(api());
    await settled(() => $(el, 'credits-subscription[compact]'), '[part~="badge"]');
    expect(text($($(el, 'credits-subscription[compact]')!, '[part~="badge"]'))).to.equal(
      'Pay As You Go',
    );
    expect(tabs(el).map((t) => text(t))).to.deep.equal([
      'Credits',
      'Subscription',
      'Billing & Transactions',
    ]);
    expect(tabs(el).map((t) => t.getAttribute('aria-controls'))).to.deep.equal([
      'panel-credits',
      'panel-subscription',
      'panel-billing',
    ]);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    expect(panel(el, 'credits').getAttribute('aria-labelledby')).to.equal('tab-credits');
    expect(panel(el, 'subscription').hidden).to.be.true;
  });

  it('moves between tabs with the arrow keys, Home and End, opening each', async () => {
    const el = await mount(api());
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['tab-subscription']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-subscription');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['tab-billing']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el), 'wraps around').to.deep.equal(['tab-credits']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['tab-billing']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['tab-credits']);
    expect(panel(el, 'credits').hidden).to.be.false;
  });

  it('opens the tab its attribute names, reflects the open one, and fires credits-tab-change', async () => {
    const el = await mount(api(), 'tab="billing"');
    expect(selected(el)).to.deep.equal(['tab-billing']);
    setTimeout(() => tabs(el)[1]!.click());
    const event = await oneEvent(el, 'credits-tab-change');
    expect(event.detail).to.deep.equal({ tab: 'subscription' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    await el.updateComplete;
    expect(el.getAttribute('tab')).to.equal('subscription');
    el.setAttribute('tab', 'credits');
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['tab-credits']);
  });

  it("loads a tab's data only when the tab is first opened", async () => {
    const server = api();
    const el = await mount(server);
    await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
    const asked = () =>
      server.calls.map((c) => `${c.path} ${c.url.searchParams.get('kind') ?? ''}`.trim());
    expect(asked()).to.have.members([
      '/subscription',
      '/balance',
      '/usage/monthly',
      '/auto-top-up',
      '/alerts',
      '/usage/breakdown',
      '/transactions usage',
    ]);
    (el.shadowRoot!.querySelector('#tab-purchases') as HTMLButtonElement).click();
    await settled(
      () => inPanel(el, 'purchases', 'credits-purchase-history'),
      'tbody tr[part~="row"]',
    );
    expect(asked()).to.include('/transactions purchase');
    expect(asked()).not.to.include('/payments');
    tabs(el)[2]!.click();
    await el.updateComplete;
    await waitUntil(() => asked().includes('/payments') && asked().includes('/billing-details'));
  });

  describe('never running out: the automatic top-up and the alerts', () => {
    const row = (el: Element) => $(el, '.never-run-out') as HTMLElement;

    it('sit on the Credits tab, after the balance and the summary, before the history', async () => {
      const el = await mount(api(), 'admin');
      const auto = inPanel(el, 'credits', 'credits-auto-top-up');
      const alerts = inPanel(el, 'credits', 'credits-alerts');
      await settled(() => auto, '[part~="rule"]');
      await settled(() => alerts, '[part~="base"][aria-busy="false"]');
      expect(row(el).hidden).to.be.false;
      expect(row(el).getAttribute('aria-label')).to.equal('Automatic top-ups and alerts');
      const order = [...panel(el, 'credits').querySelectorAll('*')].map((e) => e.localName);
      const at = (tag: string) => order.indexOf(tag);
      expect(at('credits-monthly-summary')).to.be.lessThan(at('credits-auto-top-up'));
      expect(at('credits-alerts')).to.be.lessThan(at('credits-usage-table'));
      // The dashboard's admin setting reaches them: Change is offered.
      expect($(auto!, '[part~="edit-button"]'), 'admins may change the rule').to.exist;
      await expectAccessibleInEveryScheme(el, 'the Credits tab with auto top-up and alerts');
    });

    it('take no room and report no error on a 1.0 backend (404)', async () => {
      const errors: unknown[] = [];
      const record = (e: Event) => errors.push((e as CustomEvent).detail.error);
      document.addEventListener('credits-error', record, { capture: true });
      try {
        const el = await mount(api({ legacy: true }), 'admin');
        await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
        await waitUntil(() => row(el).hidden, 'the row stayed');
        expect(row(el).getBoundingClientRect().height).to.equal(0);
        expect(errors, 'no credits-error for what is not offered').to.deep.equal([]);
      } finally {
        document.removeEventListener('credits-error', record, { capture: true });
      }
    });

    it('the runway warning brings them into view for admins, unless the host cancels it', async () => {
      const short = {
        months: [4_600, 4_800, 4_700, 900].map((credits, i) => ({
          month: `2026-${String(8 + i).padStart(2, '0')}`,
          credits,
          transactions: 1,
          current: i === 3,
        })),
      };
      const server = api({ balance: { available: 2_000, costPerCredit: null } });
      server.on('GET /usage/monthly', { body: short });
      const el = await mount(server, 'admin');
      const balance = inPanel(el, 'credits', 'credits-balance')!;
      await settled(() => balance, '[part~="auto-top-up-link"]');
      const link = $(balance, '[part~="auto-top-up-link"]') as HTMLButtonElement;
      expect(text(link)).to.equal('Set up automatic top-ups and alerts');
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('credits-view-auto-top-up', cancel, { once: true });
      link.click();
      await new Promise((r) => setTimeout(r));
      expect(el.shadowRoot!.activeElement, 'a host that cancels keeps control').not.to.equal(
        row(el),
      );
      link.click();
      await waitUntil(() => el.shadowRoot!.activeElement === row(el), 'never brought into view');
    });

    it('on a 1.0 backend the runway warning offers nothing to set up', async () => {
      const short = {
        months: [4_600, 4_800, 4_700, 900].map((credits, i) => ({
          month: `2026-${String(8 + i).padStart(2, '0')}`,
          credits,
          transactions: 1,
          current: i === 3,
        })),
      };
      const server = api({ legacy: true, balance: { available: 2_000, costPerCredit: null } });
      server.on('GET /usage/monthly', { body: short });
      const el = await mount(server, 'admin');
      await waitUntil(() => row(el).hidden, 'the row stayed');
      const balance = inPanel(el, 'credits', 'credits-balance')!;
      await settled(() => balance, '[part~="runway"]');
      expect($(balance, '[part~="auto-top-up-link"]')).to.equal(null);
    });
  });

  describe('where the credits went: the usage breakdown', () => {
    const breakdown = (el: Element) => inPanel(el, 'credits', 'credits-usage-breakdown')!;
    const table = (el: Element) =>
      inPanel(el, 'usage', 'credits-usage-table') as HTMLElement & {
        shadowRoot: ShadowRoot;
        eventId: string;
        from: string;
        to: string;
      };
    const note = (el: Element) => $(el, '.usage-filter') as HTMLElement | null;
    const usageQueries = (server: FakeServer) =>
      server
        .callsTo('GET /transactions')
        .map((c) => c.url.searchParams)
        .filter((q) => q.get('kind') === 'usage')
        .map((q) => ({ eventId: q.get('eventId'), from: q.get('from'), to: q.get('to') }));
    const pad = (n: number) => String(n).padStart(2, '0');
    const now = new Date();
    const [y, m] = [now.getFullYear(), now.getMonth()];
    const last = new Date(y, m + 1, 0).getDate();
    const month = { from: `${y}-${pad(m + 1)}-01`, to: `${y}-${pad(m + 1)}-${pad(last)}` };
    /** Chooses the breakdown's first event (Harbour Lights Wedding, 1042) by its button. */
    async function chooseEvent(el: Element): Promise<void> {
      await settled(() => breakdown(el), '[part~="row"] button');
      ($(breakdown(el), '[part~="row"] button') as HTMLButtonElement).click();
    }

    it('sits on the Credits tab between the monthly summary (and the never-run-out row) and the tables', async () => {
      const el = await mount(api());
      await settled(() => breakdown(el), '[part~="row"]');
      const order = [...panel(el, 'credits').querySelectorAll('*')].map((e) => e.localName);
      const at = (tag: string) => order.indexOf(tag);
      expect(at('credits-monthly-summary')).to.be.lessThan(at('credits-usage-breakdown'));
      expect(at('credits-alerts')).to.be.lessThan(at('credits-usage-breakdown'));
      expect(at('credits-usage-breakdown')).to.be.lessThan(at('credits-usage-table'));
      expect($$(breakdown(el), '[part~="row"]')).to.have.length(6);
    });

    it('choosing an event filters Credit Usage to that event and period, says so, and Show all usage goes back', async () => {
      const server = api();
      const el = await mount(server);
      ($$(el, '.inner [role="tab"]')[1] as HTMLButtonElement).click();
      await chooseEvent(el);
      await waitUntil(() => note(el), 'the table never said it was filtered');
      expect($$(el, '.inner [role="tab"]')[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(panel(el, 'usage').hidden).to.be.false;
      expect(note(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
        /^Showing only Harbour Lights Wedding, .+\. Show all usage$/,
      );
      expect(el.shadowRoot!.activeElement, 'the note takes the focus').to.equal(note(el));
      const t = table(el);
      expect({ eventId: t.eventId, from: t.from, to: t.to }).to.deep.equal({
        eventId: '1042',
        ...month,
      });
      await waitUntil(
        () => usageQueries(server).some((q) => q.eventId === '1042'),
        'the table never asked for the event',
      );
      expect(usageQueries(server).at(-1)).to.deep.equal({ eventId: '1042', ...month });
      const shown = () => $$(t, 'tbody tr[part~="row"]').length;
      await waitUntil(() => shown() === 1, 'the table never showed the event alone');
      await expectAccessibleInEveryScheme(el, 'Credit Usage filtered by the breakdown');

      ($(el, '.usage-filter button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(note(el), 'the note is gone').to.equal(null);
      expect({ eventId: t.eventId, from: t.from, to: t.to }).to.deep.equal({
        eventId: '',
        from: '',
        to: '',
      });
      // All usage again (its first page, as loaded before: one answer, kept).
      await waitUntil(() => shown() === fx.usagePage.items.length, 'all usage never came back');
      expect(el.shadowRoot!.activeElement, 'the focus goes back to the tab').to.equal(
        $$(el, '.inner [role="tab"]')[0],
      );
    });

    it('a host that cancels credits-event-open keeps Credit Usage as it was', async () => {
      const el = await mount(api());
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('credits-event-open', cancel);
      try {
        await chooseEvent(el);
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        expect(note(el)).to.equal(null);
        expect(table(el).eventId).to.equal('');
      } finally {
        el.removeEventListener('credits-event-open', cancel);
      }
    });

    it("ends the note when the table's own filters change, and keeps what the user set there", async () => {
      const el = await mount(api());
      await chooseEvent(el);
      await waitUntil(() => note(el), 'never filtered');
      const t = table(el);
      await settled(() => t, 'input.event-id');
      const input = $(t, 'input.event-id') as HTMLInputElement;
      input.value = '1043';
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => !note(el), 'the note stayed after the filter changed');
      expect({ eventId: t.eventId, from: t.from, to: t.to }).to.deep.equal({
        eventId: '1043',
        ...month,
      });
    });

    it('takes no room on a 1.0 backend (404), and the tables follow the summary', async () => {
      const el = await mount(api({ legacy: true }));
      await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
      await waitUntil(() => breakdown(el).hasAttribute('not-offered'), 'never not-offered');
      expect(breakdown(el).getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('one failure, said once', () => {
    const routes = [
      'GET /balance',
      'GET /usage/monthly',
      'GET /transactions',
      'GET /subscription',
      'GET /auto-top-up',
      'GET /alerts',
      'GET /usage/breakdown',
    ];
    /** Every route answers `reply`. */
    const failing = (status: number, code: string) =>
      fakeServer(
        Object.fromEntries(
          routes.map((r) => [r, fx.errorReply(status, 'Back in a few minutes.', code)]),
        ),
      );
    const shared = (el: Element) => $(el, '.shared-failure') as HTMLElement | null;
    const visibleAlerts = (el: Element) =>
      [el.shadowRoot!, ...inPanelAll(el)].flatMap((root) =>
        [...root.querySelectorAll<HTMLElement>('[role="alert"]')].filter(
          (a) => a.getClientRects().length > 0,
        ),
      );
    const inPanelAll = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('*')]
        .filter((n) => n.localName.startsWith('credits-') && n.shadowRoot)
        .map((n) => n.shadowRoot!);

    it('when every widget of the tab fails for one cause, says it once with one Retry that loads everything again', async () => {
      const server = failing(503, 'unavailable');
      const el = await mount(server);
      await waitUntil(() => shared(el), 'the failure was never said once');
      await waitUntil(() => visibleAlerts(el).length === 1, 'more than one alert in view');
      expect(visibleAlerts(el)[0]).to.equal(shared(el));
      expect(text(shared(el)!.querySelector('p'))).to.equal('Back in a few minutes.');
      const plan = $(el, 'credits-subscription[compact]') as HTMLElement;
      expect(plan.getClientRects().length, '"Current Plan unavailable" is not said too').to.equal(
        0,
      );
      const buttons = [...shared(el)!.querySelectorAll('button, a')].map((b) => text(b));
      expect(buttons).to.deep.equal(['Retry']);
      await expectAccessibleInEveryScheme(el, 'one failure, said once');

      const before = server.callsTo('GET /balance').length;
      for (const r of routes) server.on(r, { body: {} });
      server.on('GET /balance', { body: fx.balance });
      server.on('GET /usage/monthly', { body: fx.monthly });
      server.on('GET /transactions', { body: fx.usagePage });
      server.on('GET /subscription', { body: fx.subscription });
      server.on('GET /auto-top-up', { body: fx.autoTopUp });
      server.on('GET /alerts', { body: fx.alerts });
      server.on('GET /usage/breakdown', { body: fx.breakdownByEvent });
      (shared(el)!.querySelector('button') as HTMLButtonElement).click();
      const balance = inPanel(el, 'credits', 'credits-balance')!;
      await settled(() => balance, '[part~="value"]');
      await waitUntil(() => !shared(el), 'the message stayed once the data came');
      await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
      expect(server.callsTo('GET /balance').length).to.be.greaterThan(before);
      expect(balance.getClientRects().length).to.be.greaterThan(0);
    });

    it('an expired session: said once, with Sign in to signin-href', async () => {
      const el = await mount(failing(401, 'unauthenticated'), 'signin-href="/login?next=credits"');
      await waitUntil(() => shared(el), 'the expired session was never said once');
      expect(text(shared(el)!.querySelector('p'))).to.equal(
        'Your session has expired. Sign in again to see your credits.',
      );
      const link = shared(el)!.querySelector('a')!;
      expect(text(link)).to.equal('Sign in');
      expect(link.getAttribute('href')).to.equal(
        new URL('/login?next=credits', document.baseURI).href,
      );
      const plain = await mount(failing(401, 'unauthenticated'));
      await waitUntil(() => shared(plain), 'never said once');
      expect(shared(plain)!.querySelector('a'), 'no Sign in without signin-href').to.equal(null);
    });

    it('failures that differ, or a widget that loaded, stay with their widgets', async () => {
      const server = api();
      server.on('GET /balance', fx.errorReply(503, 'down', 'unavailable'));
      server.on('GET /usage/monthly', fx.errorReply(401, 'expired', 'unauthenticated'));
      const el = await mount(server);
      const balance = inPanel(el, 'credits', 'credits-balance')!;
      await settled(() => balance, '[role="alert"]');
      await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
      await new Promise((r) => setTimeout(r, 50));
      expect(shared(el)).to.equal(null);
      expect(balance.getClientRects().length).to.be.greaterThan(0);
    });
  });

  it('opens Billing & Transactions from View Billing, unless the host cancels it', async () => {
    const el = await mount(api());
    const balance = inPanel(el, 'credits', 'credits-balance')!;
    await settled(() => balance, '[part~="billing-button"]');
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('credits-view-billing', cancel, { once: true });
    ($(balance, '[part~="billing-button"]') as HTMLButtonElement).click();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await el.updateComplete;
    expect(selected(el), 'the host kept control').to.deep.equal(['tab-credits']);
    ($(balance, '[part~="billing-button"]') as HTMLButtonElement).click();
    await waitUntil(() => el.tab === 'billing', 'View Billing did not open the tab');
    expect(panel(el, 'billing').hidden).to.be.false;
  });

  it('hands admin to everything inside', async () => {
    const el = await mount(api(), 'admin');
    const balance = inPanel(el, 'credits', 'credits-balance')!;
    await settled(() => balance, '[part~="purchase-button"]');
    const operator = await mount(api());
    const theirs = inPanel(operator, 'credits', 'credits-balance')!;
    await settled(() => theirs, '[part~="value"]');
    expect(has(theirs, '[part~="purchase-button"]')).to.be.false;
  });

  it('asks for each resource once, with a standalone balance of the same endpoint beside it', async () => {
    const server = api();
    const wrapper = await fixture(
      html`<div>
        <credits-balance endpoint=${server.endpoint}></credits-balance>
        <credits-dashboard endpoint=${server.endpoint}></credits-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('credits-dashboard')!;
    await settled(() => inPanel(el, 'credits', 'credits-balance'), '[part~="value"]');
    await settled(() => wrapper.querySelector('credits-balance'), '[part~="value"]');
    el.tab = 'subscription';
    await settled(() => inPanel(el, 'subscription', 'credits-subscription'), '[part~="badge"]');
    expect(server.callsTo('GET /balance')).to.have.length(1);
    expect(server.callsTo('GET /subscription')).to.have.length(1);
  });

  it('keeps its sections on one row on a phone: the row scrolls, faded where there is more, the chosen tab in view', async () => {
    const server = api();
    // A 390 px phone less the page's margins.
    const wrapper = await fixture(
      html`<div style="width: 350px">
        <credits-dashboard endpoint=${server.endpoint} locale="en-US"></credits-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('credits-dashboard')!;
    await el.updateComplete;
    const row = $(el, '.outer') as HTMLElement;
    const tops = new Set(tabs(el).map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops.size, 'no tab wraps onto a second line').to.equal(1);
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
    await waitUntil(() => row.dataset['more'] === 'right', 'no fade at the end with more beyond');
    const inView = (tab: Element) => {
      const box = row.getBoundingClientRect();
      const at = tab.getBoundingClientRect();
      return at.left >= box.left - 1 && at.right <= box.right + 1;
    };
    el.tab = 'billing';
    await el.updateComplete;
    expect(inView(tabs(el)[2]!), 'the chosen tab is scrolled into view').to.be.true;
    await waitUntil(() => row.dataset['more'] === 'left', 'no fade at the start once scrolled');
    expect(getComputedStyle(row).maskImage).to.contain('linear-gradient');
    const wide = await fixture(
      html`<div style="width: 1280px">
        <credits-dashboard endpoint=${server.endpoint} locale="en-US"></credits-dashboard>
      </div>`,
    );
    const wideRow = $(wide.querySelector('credits-dashboard')!, '.outer') as HTMLElement;
    await new Promise((r) => requestAnimationFrame(r));
    expect(wideRow.dataset['more'], 'nothing faded where everything fits').to.equal(undefined);
  });

  it("shows the plan once on the Subscription tab, and no card's title repeats its tab's name on screen", async () => {
    const el = await mount(api());
    const table = inPanel(el, 'usage', 'credits-usage-table')!;
    await settled(() => table, 'tbody tr[part~="row"]');
    const title = $(table, '[part~="title"]') as HTMLElement;
    expect(text(title), 'the card keeps its name for screen readers').to.equal('Credit Usage');
    expect(title.getBoundingClientRect().width).to.be.at.most(1);
    const balanceTitle = $(inPanel(el, 'credits', 'credits-balance')!, '[part~="title"]')!;
    expect(balanceTitle.getBoundingClientRect().width, 'other titles show').to.be.greaterThan(50);
    const header = $(el, 'credits-subscription[compact]') as HTMLElement;
    expect(header.getClientRects().length).to.be.greaterThan(0);
    el.tab = 'subscription';
    const plan = () => inPanel(el, 'subscription', 'credits-subscription');
    await settled(plan, '[part~="badge"]');
    expect(header.getClientRects().length, 'the badge above the tabs is hidden').to.equal(0);
    const badges = [el.shadowRoot!, plan()!.shadowRoot].flatMap((r) =>
      [...r.querySelectorAll('[part~="badge"]')].filter((b) => b.getClientRects().length > 0),
    );
    expect(badges).to.have.length(1);
    expect($(plan()!, '[part~="title"]')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it("writes its tabs in the brand's font, as everything inside", async () => {
    const el = await mount(api(), 'style="--credits-font-family: Georgia, serif"');
    const balance = inPanel(el, 'credits', 'credits-balance')!;
    await settled(() => balance, '[part~="value"]');
    const font = (node: Element) => getComputedStyle(node).fontFamily;
    expect(font($(balance, '[part~="value"]')!)).to.contain('Georgia');
    for (const tab of [...tabs(el), ...$$(el, '.inner [role="tab"]')]) {
      expect(font(tab), text(tab)).to.contain('Georgia');
    }
  });

  it('fits a 390 px wide page without sideways scrolling', async () => {
    const server = api();
    const wrapper = await fixture(
      html`<div style="width: 390px">
        <credits-dashboard endpoint=${server.endpoint} admin></credits-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('credits-dashboard')!;
    await settled(() => inPanel(el, 'usage', 'credits-usage-table'), 'tbody tr[part~="row"]');
    expect(el.scrollWidth).to.be.at.most(390);
    expect(el.scrollWidth).to.be.at.most(390);
    for (const tab of ['subscription', 'billing'] as const) {
      el.tab = tab;
      await el.updateComplete;
    }
    const billing = inPanel(el, 'billing', 'credits-billing')!;
    await waitUntil(() => billing.shadowRoot?.querySelector('credits-payments'));
    await settled(
      () => billing.shadowRoot.querySelector('credits-payments'),
      'tbody tr[part~="row"]',
    );
    expect(el.scrollWidth).to.be.at.most(390);
  });
});
