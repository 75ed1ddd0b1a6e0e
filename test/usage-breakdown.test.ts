import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreditsUsageBreakdown } from '../src/components/usage-breakdown/credits-usage-breakdown.js';
import { presetRange, queryOf, rangeProblems } from '../src/components/usage-breakdown/period.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer, type Route } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { shippedMessages, SHIPPED_LOCALES, SOURCE } from './i18n/sources.js';
import { runStateTests } from './shared/element-states.js';

runStateTests({
  tag: 'credits-usage-breakdown',
  title: 'Where the credits went',
  route: 'GET /usage/breakdown',
  data: fx.breakdownByEvent,
  empty: { body: fx.breakdownEmpty, says: 'No credits were used in this period.' },
  broken: {
    body: { ...fx.breakdownByEvent, total: { transactions: 91 } },
    issue: 'total.credits is missing',
  },
  method: 'getUsageBreakdown',
  // Only the data draws meters (the skeleton's bars are plain boxes).
  dataSelector: 'meter',
});

/** Answers by `by`, as the contract's server would. */
const byGrouping: Route = (r) => ({
  body: {
    event: fx.breakdownByEvent,
    user: fx.breakdownByUser,
    type: fx.breakdownByType,
  }[r.url.searchParams.get('by') ?? 'event'],
});

const serve = (extra: Record<string, Route> = {}) =>
  fakeServer({ 'GET /usage/breakdown': byGrouping, ...extra });

async function mount(
  server: FakeServer,
  attrs = '',
  locale = 'en-US',
): Promise<CreditsUsageBreakdown> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  holder.innerHTML = `<credits-usage-breakdown endpoint="${server.endpoint}" locale="${locale}" ${attrs}></credits-usage-breakdown>`;
  const el = holder.firstElementChild as CreditsUsageBreakdown;
  await loaded(el);
  return el;
}

async function loaded(el: CreditsUsageBreakdown): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'never loaded',
  );
}

/** Text without the isolates formatPercent wraps a share in. */
const plain = (node: Element | null | undefined) => text(node).replace(/[\u2066-\u2069]/g, '');
const rows = (el: Element) => $$(el, '[part~="row"]');
const cells = (row: Element) =>
  ['.name', '.runs', '.credits', '.share'].map((s) => plain(row.querySelector(s)));
const query = (server: FakeServer) => {
  const calls = server.callsTo('GET /usage/breakdown');
  return Object.fromEntries(calls[calls.length - 1]!.url.searchParams);
};
const select = (el: Element) => $(el, '#period') as HTMLSelectElement;
const dateInput = (el: Element, id: 'from' | 'to') => $(el, `#${id}`) as HTMLInputElement;
/** The message beside a control, through its aria-describedby. */
const messageOf = (el: Element, control: Element) =>
  text(el.shadowRoot!.getElementById(control.getAttribute('aria-describedby') ?? '')!);

async function choose(el: CreditsUsageBreakdown, period: string): Promise<void> {
  select(el).value = period;
  select(el).dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function typeDate(el: CreditsUsageBreakdown, id: 'from' | 'to', value: string) {
  const input = dateInput(el, id);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The current local calendar month, first and last day: the default period. */
function thisMonth(): { from: string; to: string } {
  const now = new Date();
  return {
    from: day(new Date(now.getFullYear(), now.getMonth(), 1)),
    to: day(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
  };
}

describe('<credits-usage-breakdown>', () => {
  afterEach(restoreFetch);

  it('passes axe with its list, and with a custom range and messages beside the dates', async () => {
    const el = await mount(serve());
    await expectAccessibleInEveryScheme(el, 'the list');
    await choose(el, 'custom');
    await typeDate(el, 'to', '2020-01-01');
    expect(has(el, '.field-error')).to.be.true;
    await expectAccessibleInEveryScheme(el, 'a custom range with a message');
  });

  it('lists the groups largest first: name, runs, credits and share of the total', async () => {
    const el = await mount(serve());
    expect($(el, 'ol[part~="list"]')).to.exist;
    expect(rows(el).slice(0, 5).map(cells)).to.deep.equal([
      ['Harbour Lights Wedding', '40 runs', '4,000 credits', '40%'],
      ['City Marathon 2026', '25 runs', '2,500 credits', '25%'],
      ['No event', '15 runs', '1,500 credits', '15%'],
      ['Campus Portraits', '1 run', '1,000 credits', '10%'],
      ['Product Shoot', '6 runs', '600 credits', '6%'],
    ]);
    expect($(el, '[part~="row"] data')!.getAttribute('value')).to.equal('4000');
  });

  it('sums everything else in one "Other (N events)" line, plural named for the grouping', async () => {
    const el = await mount(serve());
    const other = $(el, '[part~="other"]')!;
    expect(cells(other)).to.deep.equal(['Other (7 events)', '4 runs', '400 credits', '4%']);
    const server = serve({
      'GET /usage/breakdown': {
        body: { ...fx.breakdownByUser, other: { credits: 10, transactions: 1, groups: 1 } },
      },
    });
    const byUser = await mount(server, 'by="user"');
    expect(plain($(byUser, '[part~="other"] .name'))).to.equal('Other (1 user)');
  });

  it('leaves out the Other line when nothing is left over', async () => {
    const el = await mount(serve(), 'by="user"');
    expect(has(el, '[part~="other"]')).to.be.false;
  });

  it("states the period's total", async () => {
    const el = await mount(serve());
    const total = $(el, '[part~="total"]')!;
    expect(plain(total.querySelector('.name'))).to.equal('Total');
    expect(plain(total.querySelector('.credits'))).to.equal('10,000 credits');
    expect(plain(total.querySelector('.runs'))).to.equal('91 runs');
  });

  it('draws each share as a bar (a meter hidden from readers: the percent is written)', async () => {
    const el = await mount(serve());
    const meters = $$(el, 'meter') as HTMLMeterElement[];
    expect(meters.map((m) => m.value)).to.deep.equal([0.4, 0.25, 0.15, 0.1, 0.06, 0.04]);
    for (const m of meters) expect(m.getAttribute('aria-hidden')).to.equal('true');
    expect(has(el, '[style]')).to.be.false;
  });

  it('grows the bars from the right in a right-to-left page', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 720px"></div>`);
    const server = serve();
    holder.innerHTML = `<credits-usage-breakdown endpoint="${server.endpoint}" locale="ar"></credits-usage-breakdown>`;
    const el = holder.firstElementChild as CreditsUsageBreakdown;
    await loaded(el);
    const meter = $(el, 'meter')!;
    expect(getComputedStyle(meter).direction).to.equal('rtl');
    // The name starts at the right edge of the row, the way the bar fills.
    const row = rows(el)[0]!.getBoundingClientRect();
    const name = rows(el)[0]!.querySelector('.name')!.getBoundingClientRect();
    expect(Math.abs(row.right - name.right)).to.be.lessThan(1);
  });

  it('names null keys as the tables do: "No event" by event, "System" by user', async () => {
    const byEvent = await mount(serve());
    expect(plain(rows(byEvent)[2]!.querySelector('.name'))).to.equal('No event');
    expect(rows(byEvent)[2]!.querySelector('a, button')).to.equal(null);
    const byUser = await mount(serve(), 'by="user"');
    expect(rows(byUser).map((r) => plain(r.querySelector('.name')))).to.deep.equal([
      'Asha Verma',
      'System',
      'Rahul Mehta',
    ]);
  });

  it('names types as the tables do, and humanises one it does not know', async () => {
    const el = await mount(serve(), 'by="type"');
    expect(rows(el).map((r) => plain(r.querySelector('.name')))).to.deep.equal([
      'Photo Processing',
      'AI Image Rotation',
      'Face Reindex',
    ]);
  });

  it('asks by event by default, and by what the by attribute says', async () => {
    const server = serve();
    await mount(server);
    expect(query(server).by).to.equal('event');
    const other = serve();
    await mount(other, 'by="type"');
    expect(query(other).by).to.equal('type');
  });

  it('switches the grouping with its radio group, from the keyboard', async () => {
    const server = serve();
    const el = await mount(server);
    const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false, false]);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await loaded(el);
    await waitUntil(() => rows(el).length === 3, 'never showed the users');
    expect(el.by).to.equal('user');
    expect(query(server).by).to.equal('user');
    expect(plain(rows(el)[1]!.querySelector('.name'))).to.equal('System');
  });

  it('is operable from the keyboard alone: grouping, period, dates, an event', async () => {
    const server = serve();
    const el = await mount(server);
    const focused = () => el.shadowRoot!.activeElement;
    ($$(el, 'input[type="radio"]')[0] as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('period');
    await sendKeys({ press: 'ArrowDown' });
    await loaded(el);
    expect(select(el).value).to.equal('last-month');
    expect(query(server)).to.include(presetRange('last-month'));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(select(el).value).to.equal('custom');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('from');
    // A date field is several stops (its month, day and year): Tab on until the focus leaves it.
    const tabOut = async () => {
      const from = focused();
      for (let i = 0; i < 6 && focused() === from; i++) await sendKeys({ press: 'Tab' });
    };
    await tabOut();
    expect(focused()?.id).to.equal('to');
    await loaded(el);
    const seen = oneEvent(el, 'credits-event-open');
    await tabOut();
    expect(text(focused())).to.equal('Harbour Lights Wedding');
    await sendKeys({ press: 'Enter' });
    expect((await seen).detail.eventId).to.equal(1042);
  });

  it('asks for the current month in the local calendar by default', async () => {
    const server = serve();
    const el = await mount(server);
    const now = new Date();
    const first = day(new Date(now.getFullYear(), now.getMonth(), 1));
    const last = day(new Date(now.getFullYear(), now.getMonth() + 1, 0));
    expect(query(server)).to.deep.equal({ by: 'event', from: first, to: last, limit: '5' });
    expect(select(el).value).to.equal('this-month');
  });

  it('computes the presets as whole local months: last month, the last 3 and 12 months', () => {
    const now = new Date(2026, 0, 15); // 15 January 2026
    expect(presetRange('this-month', now)).to.deep.equal({ from: '2026-01-01', to: '2026-01-31' });
    expect(presetRange('last-month', now)).to.deep.equal({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('last-3-months', now)).to.deep.equal({
      from: '2025-11-01',
      to: '2026-01-31',
    });
    expect(presetRange('last-12-months', now)).to.deep.equal({
      from: '2025-02-01',
      to: '2026-01-31',
    });
    expect(presetRange('this-month', new Date(2028, 1, 3)).to).to.equal('2028-02-29');
  });

  it('asks for the period chosen in its period control', async () => {
    const server = serve();
    const el = await mount(server);
    await choose(el, 'last-month');
    await loaded(el);
    const { from, to } = presetRange('last-month');
    expect(query(server)).to.include({ from, to });
    await choose(el, 'last-12-months');
    await loaded(el);
    expect(query(server)).to.include(presetRange('last-12-months'));
  });

  it('takes its period from the from and to attributes, shown as a custom range', async () => {
    const server = serve();
    const el = await mount(server, 'from="2026-03-10" to="2026-04-20"');
    expect(query(server)).to.include({ from: '2026-03-10', to: '2026-04-20' });
    expect(select(el).value).to.equal('custom');
    expect(dateInput(el, 'from').value).to.equal('2026-03-10');
    expect(dateInput(el, 'to').value).to.equal('2026-04-20');
  });

  it('asks for a custom range as the dates are changed', async () => {
    const server = serve();
    const el = await mount(server);
    await choose(el, 'custom');
    expect(dateInput(el, 'from').value).to.equal(presetRange('this-month').from);
    await typeDate(el, 'from', '2025-06-01');
    await typeDate(el, 'to', '2025-08-31');
    await loaded(el);
    expect(query(server)).to.include({ from: '2025-06-01', to: '2025-08-31' });
    expect(select(el).value).to.equal('custom');
  });

  it('refuses a last date before the first, with the message beside it, asking nothing', async () => {
    const server = serve();
    const el = await mount(server, 'from="2026-05-01" to="2026-04-01"');
    const to = dateInput(el, 'to');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, to)).to.equal('The last date must be on or after the first.');
    expect(server.callsTo('GET /usage/breakdown')).to.have.length(0);
    expect(has(el, '[part~="list"]')).to.be.false;
    expect(text($(el, '[part~="notice"]'))).to.equal('Correct the dates to see the breakdown.');
  });

  it('refuses a range longer than 24 months, with the message beside it', async () => {
    const server = serve();
    const el = await mount(server);
    await choose(el, 'custom');
    await typeDate(el, 'from', '2024-01-01');
    await typeDate(el, 'to', '2026-01-01');
    const to = dateInput(el, 'to');
    expect(messageOf(el, to)).to.equal('Choose at most 24 months.');
    await typeDate(el, 'to', '2025-12-31');
    await loaded(el);
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    expect(query(server)).to.include({ from: '2024-01-01', to: '2025-12-31' });
  });

  it('refuses a date that is not a day, with the message beside it', async () => {
    const el = await mount(serve(), 'from="2026-02-30" to="2026-03-31"');
    expect(messageOf(el, dateInput(el, 'from'))).to.equal('Enter the first date (YYYY-MM-DD).');
    expect(rangeProblems('2026-02-28', '2026-03-31')).to.deep.equal([]);
  });

  it("fires the tables' credits-event-open when an event is chosen, with href from event-href and the period shown", async () => {
    const el = await mount(serve(), 'event-href="/events/{id}"');
    const link = rows(el)[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/events/1042');
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('credits-event-open', cancel);
    const seen = oneEvent(el, 'credits-event-open');
    link.click();
    const event = await seen;
    el.removeEventListener('credits-event-open', cancel);
    expect(event.cancelable).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.detail).to.deep.equal({
      eventId: 1042,
      eventName: 'Harbour Lights Wedding',
      href: new URL('/events/1042', document.baseURI).href,
      ...thisMonth(),
    });
    expect(location.pathname).to.not.equal('/events/1042');
  });

  it('opens an event with a button when there is no event-href (href null)', async () => {
    const el = await mount(serve());
    const button = rows(el)[1]!.querySelector('button')!;
    expect(text(button)).to.equal('City Marathon 2026');
    const seen = oneEvent(el, 'credits-event-open');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await seen).detail).to.deep.equal({
      eventId: 1043,
      eventName: 'City Marathon 2026',
      href: null,
      ...thisMonth(),
    });
  });

  it('gives the custom period it shows with credits-event-open', async () => {
    const el = await mount(serve(), 'from="2026-03-01" to="2026-05-15"');
    const seen = oneEvent(el, 'credits-event-open');
    rows(el)[0]!.querySelector('button')!.click();
    const { from, to } = (await seen).detail;
    expect({ from, to }).to.deep.equal({ from: '2026-03-01', to: '2026-05-15' });
  });

  it('renders nothing, takes no room and fires no credits-error when the backend does not offer it (404)', async () => {
    let errors = 0;
    const count = () => (errors += 1);
    document.addEventListener('credits-error', count);
    try {
      const server = fakeServer({
        'GET /usage/breakdown': fx.errorReply(404, 'Not found', 'not_found'),
      });
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<credits-usage-breakdown endpoint="${server.endpoint}"></credits-usage-breakdown>`;
      const el = holder.firstElementChild as CreditsUsageBreakdown;
      await waitUntil(() => el.hasAttribute('not-offered'), 'never marked not offered');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('*:not(style)')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(errors).to.equal(0);
    } finally {
      document.removeEventListener('credits-error', count);
    }
  });

  it('fires credits-error and offers Retry for any other failure, keeping its controls', async () => {
    const server = serve({ 'GET /usage/breakdown': fx.errorReply(500, 'Usage is down') });
    const seen = oneEvent(document, 'credits-error');
    const el = await mount(server);
    expect((await seen).detail.error.kind).to.equal('http');
    expect(el.hasAttribute('not-offered')).to.be.false;
    expect(has(el, '#period')).to.be.true;
    server.on('GET /usage/breakdown', byGrouping);
    ($$(el, 'button').find((b) => text(b) === 'Retry') as HTMLButtonElement).click();
    await waitUntil(() => has(el, '[part~="list"]'), 'Retry did not load');
  });

  it('makes one request for two widgets asking the same (by, from, to, limit)', async () => {
    const server = serve();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<credits-usage-breakdown endpoint="${server.endpoint}"></credits-usage-breakdown>
      <credits-usage-breakdown endpoint="${server.endpoint}"></credits-usage-breakdown>`;
    const [a, b] = [...holder.children] as CreditsUsageBreakdown[];
    await loaded(a!);
    await loaded(b!);
    expect(server.callsTo('GET /usage/breakdown')).to.have.length(1);
  });

  it('lists as many groups as limit asks', async () => {
    const server = serve();
    await mount(server, 'limit="3"');
    expect(query(server).limit).to.equal('3');
    expect(queryOf({ getAttribute: (n) => ({ limit: '99' })[n] ?? null })?.limit).to.equal(5);
  });

  it('says words, numbers and shares in the locale: German', async () => {
    const el = await mount(serve(), '', 'de-DE');
    expect(cells(rows(el)[0]!)).to.deep.equal([
      'Harbour Lights Wedding',
      '40 Läufe',
      '4.000 Credits',
      '40\u00a0%',
    ]);
    expect(plain($(el, '[part~="other"] .name'))).to.equal('Sonstige (7 Veranstaltungen)');
  });

  it("says credits in Arabic as وحدات رصيد, in the locale's digits", async () => {
    const el = await mount(serve(), '', 'ar');
    const figure = new Intl.NumberFormat('ar').format(4000);
    expect(plain(rows(el)[0]!.querySelector('.credits'))).to.equal(`${figure} وحدة رصيد`);
    expect(plain(rows(el)[2]!.querySelector('.name'))).to.equal('بلا فعالية');
  });

  it('says "No event" and "System" in the words of the tables, in every language', async () => {
    expect([SOURCE['breakdown.noEvent'], SOURCE['breakdown.system']]).to.deep.equal([
      SOURCE['table.noEvent'],
      SOURCE['usage.system'],
    ]);
    for (const id of SHIPPED_LOCALES) {
      const m = await shippedMessages(id);
      expect([m['breakdown.noEvent'], m['breakdown.system']], id).to.deep.equal([
        m['table.noEvent'],
        m['usage.system'],
      ]);
    }
  });
});
