import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CreditsSubscription } from '../src/components/subscription/credits-subscription.js';
import '../src/index.js';
import { calendarDaysUntil, expiryState } from '../src/internal/days.js';
import * as fx from './fixtures.js';
import { $, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type Route } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { runStateTests } from './shared/element-states.js';

runStateTests({
  tag: 'credits-subscription',
  title: 'Subscription',
  route: 'GET /subscription',
  data: fx.subscription,
  broken: {
    body: { plan: { id: 'payg' }, expiresAt: null },
    issue: 'plan.name is missing',
  },
  method: 'getSubscription',
  dataSelector: '[part~="badge"]',
});

/** An RFC 3339 instant `days` calendar days from now, at noon local time. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(12, 0, 0, 0);
  return d.toISOString();
}

async function mount(body: unknown, locale = 'en-US'): Promise<CreditsSubscription> {
  const server = fakeServer({ 'GET /subscription': { body } });
  const el = await fixture<CreditsSubscription>(
    html`<credits-subscription
      endpoint=${server.endpoint}
      locale=${locale}
    ></credits-subscription>`,
  );
  await waitUntil(() => has(el, '[part~="badge"]'), 'the plan never showed');
  return el;
}

const plan = (expiresAt: string | null) => ({ ...fx.subscription, expiresAt });
const expiryBadge = (el: Element) => text($(el, '[part~="expiry-badge"]'));

describe('<credits-subscription>', () => {
  afterEach(restoreFetch);

  it('passes axe with a plan that expires soon', async () => {
    const el = await mount(plan(inDays(5)));
    await expectAccessibleInEveryScheme(el, 'a plan that expires soon');
  });

  it("shows the Current Plan badge with the plan's name, then its description", async () => {
    const el = await mount(fx.subscription);
    expect(text($(el, '[part~="badge"]'))).to.equal('Pay As You Go');
    expect(text($(el, '[part~="description"]'))).to.equal(
      'Flexible usage-based pricing with no commitment.',
    );
    expect(text($(el, '.section .label'))).to.equal('Current Plan');
  });

  it('says a plan without expiry has none', async () => {
    const el = await mount(plan(null));
    expect(text($(el, '[part~="expiry"]'))).to.equal(
      'Subscription Expiry No expiry date set. Your plan does not have a fixed expiry.',
    );
    expect(has(el, '[part~="expiry-badge"]')).to.be.false;
  });

  it('shows the date and the days remaining beyond 30 days in the locale', async () => {
    const expiresAt = inDays(45);
    const el = await mount(plan(expiresAt), 'de-DE');
    const time = $(el, '[part~="expiry"] time')!;
    expect(time.getAttribute('datetime')).to.equal(expiresAt);
    expect(text(time)).to.equal(
      new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(new Date(expiresAt)),
    );
    expect(expiryBadge(el)).to.equal('Noch 45 Tage');
  });

  it('warns within 30 days, in the warning colour', async () => {
    const el = await mount(plan(inDays(30)));
    expect(expiryBadge(el)).to.equal('Expires in 30 days');
    el.style.setProperty('--credits-color-warning', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part~="expiry-badge"]')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('says Expires today with no whole day left', async function () {
    const later = new Date();
    later.setHours(23, 59, 59, 0);
    // Just before midnight the test itself would cross into tomorrow.
    if (later.getTime() - Date.now() < 5_000) this.skip();
    expect(expiryBadge(await mount(plan(later.toISOString())))).to.equal('Expires today');
  });

  it('says "1 day", singular', async () => {
    expect(expiryBadge(await mount(plan(inDays(1))))).to.equal('Expires in 1 day');
    expect(expiryBadge(await mount(plan(inDays(31))))).to.equal('31 days remaining');
  });

  it('says Expired, in the danger colour, once the instant has passed', async () => {
    const el = await mount(plan(new Date(Date.now() - 60_000).toISOString()));
    expect(expiryBadge(el)).to.equal('Expired');
    el.style.setProperty('--credits-color-danger', 'rgb(9, 8, 7)');
    expect(getComputedStyle($(el, '[part~="expiry-badge"]')!).color).to.equal('rgb(9, 8, 7)');
  });

  it('shows server text as text', async () => {
    const el = await mount({ plan: { id: 'x', name: '<img src=x onerror=alert(1)>' } });
    expect(text($(el, '[part~="badge"]'))).to.equal('<img src=x onerror=alert(1)>');
    expect(has(el, 'img')).to.be.false;
  });
});

describe('<credits-subscription compact>', () => {
  afterEach(restoreFetch);

  async function compact(reply: Route) {
    const server = fakeServer({ 'GET /subscription': reply });
    const el = await fixture<CreditsSubscription>(
      html`<credits-subscription compact endpoint=${server.endpoint}></credits-subscription>`,
    );
    await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('aria-busy') === 'false');
    return el;
  }

  it('is the plan badge on one line, with the expiry when it is worth a warning', async () => {
    const soon = await compact({ body: plan(inDays(12)) });
    expect(text($(soon, '[part~="base"]'))).to.equal(
      'Current Plan Pay As You Go Expires in 12 days',
    );
    const later = await compact({ body: plan(inDays(90)) });
    expect(text($(later, '[part~="base"]'))).to.equal('Current Plan Pay As You Go');
  });

  it('says only "unavailable" when the plan cannot be loaded (no second alert)', async () => {
    const el = await compact(fx.errorReply(500, 'Down'));
    expect(text($(el, '[part~="base"]'))).to.equal('Current Plan unavailable');
    expect(has(el, '[role="alert"]')).to.be.false;
  });

  it('comes back when the Subscription tab\'s Retry loads the plan (the dashboard\'s header stayed "unavailable")', async () => {
    let down = true;
    const server = fakeServer({
      'GET /subscription': () => (down ? fx.errorReply(500, 'Down') : { body: plan(null) }),
    });
    const root = await fixture<HTMLElement>(
      html`<div>
        <credits-subscription compact endpoint=${server.endpoint}></credits-subscription>
        <credits-subscription endpoint=${server.endpoint}></credits-subscription>
      </div>`,
    );
    const [header, tab] = [...root.querySelectorAll('credits-subscription')];
    await waitUntil(() => has(tab!, '[role="alert"]'), 'the tab never showed the failure');
    await waitUntil(() => text($(header!, '[part~="base"]')) === 'Current Plan unavailable');
    down = false;
    const asked = server.calls.length;
    ($(tab!, '[role="alert"] button') as HTMLButtonElement).click();
    await waitUntil(() => has(tab!, '[part~="badge"]'), 'the Retry never loaded the plan');
    await waitUntil(
      () => text($(header!, '[part~="base"]')) === 'Current Plan Pay As You Go',
      'the header still says the plan is unavailable',
    );
    expect(server.calls.length - asked, 'the header took the plan from the cache').to.equal(1);
  });
});

describe('counting days to an expiry', () => {
  it('counts calendar days in the local time zone, whatever the hour', () => {
    const now = new Date(2026, 10, 25, 23, 30);
    expect(calendarDaysUntil(new Date(2026, 10, 26, 0, 30), now)).to.equal(1);
    expect(calendarDaysUntil(new Date(2026, 10, 25, 23, 59), now)).to.equal(0);
    expect(calendarDaysUntil(new Date(2027, 0, 1, 12), now)).to.equal(37);
  });

  it('counts a day across a daylight-saving change as one day', () => {
    // The EU and US changes of 2027 and 2026: in a zone with daylight saving these days are 23
    // or 25 hours long; in UTC (CI) they are ordinary days. Either way, one calendar day.
    expect(calendarDaysUntil(new Date(2027, 2, 28, 12), new Date(2027, 2, 27, 12))).to.equal(1);
    expect(calendarDaysUntil(new Date(2026, 9, 26, 1), new Date(2026, 9, 25, 1))).to.equal(1);
  });

  it('reads none, later, soon, today and expired', () => {
    const now = new Date(2026, 10, 25, 9);
    const at = (d: Date) => d.toISOString();
    expect(expiryState(null, now)).to.deep.equal({ kind: 'none' });
    expect(expiryState(at(new Date(2027, 0, 1, 9)), now)).to.deep.equal({
      kind: 'later',
      days: 37,
    });
    expect(expiryState(at(new Date(2026, 11, 25, 9)), now)).to.deep.equal({
      kind: 'soon',
      days: 30,
    });
    expect(expiryState(at(new Date(2026, 10, 25, 18)), now)).to.deep.equal({ kind: 'today' });
    expect(expiryState(at(new Date(2026, 10, 25, 8)), now)).to.deep.equal({ kind: 'expired' });
  });
});
