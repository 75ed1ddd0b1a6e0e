import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsClient, type CreditsBalance } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { $, $$, has, text } from './helpers/dom.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { runStateTests } from './shared/element-states.js';

async function mount(
  server: FakeServer,
  attrs: Partial<
    Record<
      'admin' | 'show-cost' | 'locale' | 'low-balance' | 'purchase-href' | 'billing-href',
      string | boolean
    >
  > = {},
): Promise<CreditsBalance> {
  const el = document.createElement('credits-balance');
  el.setAttribute('endpoint', server.endpoint);
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  const wrapper = await fixture(html`<div>${el}</div>`);
  const mounted = wrapper.querySelector('credits-balance')!;
  await loaded(mounted);
  return mounted;
}

/** Waits until the element has left the loading state. */
async function loaded(el: CreditsBalance): Promise<void> {
  await waitUntil(
    () => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'the balance never finished loading',
  );
}

function serve(body: unknown = fx.balance, delay?: number): FakeServer {
  return fakeServer({ 'GET /balance': { body, delay } });
}

runStateTests({
  tag: 'credits-balance',
  title: 'Available Credits',
  route: 'GET /balance',
  data: fx.balance,
  attrs: { admin: '' },
  broken: {
    body: { available: 'lots', costPerCredit: { amount: '1', currency: 'USD' } },
    issue: 'available should be an integer, not "lots"',
  },
  method: 'getBalance',
  dataSelector: '[part~="value"]',
  routes: { 'GET /usage/monthly': { body: fx.monthly } },
});

describe('<credits-balance>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(restoreFetch);

  it('passes axe as an admin with the cost shown and a notice', async () => {
    const el = await mount(serve(), { admin: true, 'show-cost': true, 'low-balance': '99999' });
    await expectAccessibleInEveryScheme(el, 'an admin with the cost shown and a notice');
  });

  it('draws the figure and the runway in its first render when the client already holds them', async () => {
    const server = fakeServer({
      'GET /balance': { body: fx.balance },
      'GET /usage/monthly': { body: fx.monthly },
    });
    const client = new CreditsClient({ endpoint: server.endpoint });
    await Promise.all([client.getBalance(), client.getMonthlyUsage(4)]);
    const asked = server.calls.length;
    const el = document.createElement('credits-balance') as CreditsBalance;
    el.setAttribute('locale', 'en-US');
    el.client = client;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy'), 'nothing loading').to.equal(
        'false',
      );
      expect(text($(el, '[part~="value"]'))).to.equal('12,480');
      expect($(el, '[part~="runway"]'), 'the runway').to.exist;
      expect($$(el, '.skeleton, .skeleton-text'), 'no skeleton').to.have.length(0);
      await loaded(el);
      expect(server.calls.length, 'nothing asked again').to.equal(asked);
    } finally {
      el.remove();
    }
  });

  describe('the figure', () => {
    it('shows Available Credits formatted and worded for the locale attribute', async () => {
      const el = await mount(serve(), { locale: 'de-DE' });
      expect(text($(el, '[part~="value"]'))).to.equal('12.480');
      expect($(el, '[part~="value"]')!.getAttribute('value')).to.equal('12480');
      expect(text($(el, 'h2')), 'and its words').to.equal('Verfügbare Credits');
    });

    it('takes the locale from the nearest lang when it has none of its own', async () => {
      const server = serve();
      const wrapper = await fixture(
        html`<div lang="fr-FR">
          <credits-balance endpoint=${server.endpoint}></credits-balance>
        </div>`,
      );
      const el = wrapper.querySelector('credits-balance')!;
      await loaded(el);
      // French groups thousands with a narrow no-break space.
      expect(text($(el, '[part~="value"]'))).to.equal('12\u202f480');
    });

    it('re-renders when a lang above it changes', async () => {
      const server = serve();
      const wrapper = await fixture(
        html`<div lang="en-US">
          <credits-balance endpoint=${server.endpoint}></credits-balance>
        </div>`,
      );
      const el = wrapper.querySelector('credits-balance')!;
      await loaded(el);
      expect(text($(el, '[part~="value"]'))).to.equal('12,480');
      wrapper.setAttribute('lang', 'de-DE');
      await waitUntil(() => text($(el, '[part~="value"]')) === '12.480', 'kept the old locale');
    });

    it('falls back to the page language when the locale attribute is not a locale', async () => {
      const server = serve();
      const wrapper = await fixture(
        html`<div lang="de-DE">
          <credits-balance endpoint=${server.endpoint} locale="not a locale!"></credits-balance>
        </div>`,
      );
      const el = wrapper.querySelector('credits-balance')!;
      await loaded(el);
      expect(text($(el, '[part~="value"]'))).to.equal('12.480');
    });

    it('shows a negative balance after an overdraft in the danger colour', async () => {
      const el = await mount(serve({ available: -250 }));
      const value = $(el, '[part~="value"]')!;
      expect(text(value)).to.equal('-250');
      el.style.setProperty('--credits-color-danger', 'rgb(1, 2, 3)');
      expect(getComputedStyle(value).color).to.equal('rgb(1, 2, 3)');
    });

    it('shows when the balance was computed, in a <time>', async () => {
      const el = await mount(serve());
      expect($(el, 'time')!.getAttribute('datetime')).to.equal(fx.balance.asOf);
    });
  });

  describe('cost per credit', () => {
    const costValue = (el: CreditsBalance) => text($(el, '#cost-value'));
    const toggle = (el: CreditsBalance) => $(el, '[part~="cost"] button') as HTMLButtonElement;

    it('is hidden until the user presses Show, then Hide hides it again', async () => {
      const el = await mount(serve());
      expect(costValue(el)).to.equal('Hidden');
      expect(text(toggle(el))).to.equal('Show');
      expect(toggle(el).getAttribute('aria-label')).to.equal('Show cost per credit');
      toggle(el).click();
      await el.updateComplete;
      expect(costValue(el)).to.equal('$0.0120');
      expect(text(toggle(el))).to.equal('Hide');
      toggle(el).click();
      await el.updateComplete;
      expect(costValue(el)).to.equal('Hidden');
    });

    it('is shown from the start with show-cost', async () => {
      const el = await mount(serve(), { 'show-cost': true });
      expect(costValue(el)).to.equal('$0.0120');
    });

    it("remembers the user's choice in this browser", async () => {
      const server = serve();
      const first = await mount(server);
      toggle(first).click();
      const second = await mount(server);
      expect(costValue(second)).to.equal('$0.0120');
      toggle(second).click();
      const third = await mount(server, { 'show-cost': true });
      expect(costValue(third)).to.equal('Hidden');
    });

    it('keeps the exact precision of the decimal string in the account currency', async () => {
      const el = await mount(
        serve({ available: 10, costPerCredit: { amount: '0.0125', currency: 'EUR' } }),
        {
          'show-cost': true,
          locale: 'de-DE',
        },
      );
      expect(costValue(el)).to.equal('0,0125\u00a0€');
    });

    it('pads a short amount to the currency minor unit', async () => {
      const el = await mount(
        serve({ available: 10, costPerCredit: { amount: '2', currency: 'USD' } }),
        {
          'show-cost': true,
        },
      );
      expect(costValue(el)).to.equal('$2.00');
    });

    for (const [name, costPerCredit] of [
      ['null', null],
      ['absent', undefined],
      ['zero', { amount: '0.000', currency: 'USD' }],
    ] as const) {
      it(`is not shown at all, toggle included, when the cost is ${name}`, async () => {
        const el = await mount(serve({ available: 5, costPerCredit }), { 'show-cost': true });
        expect(has(el, '[part~="cost"]')).to.be.false;
        expect(el.shadowRoot!.textContent).not.to.contain('Cost per Credit');
      });
    }
  });

  describe('Purchase Credits', () => {
    const purchase = (el: CreditsBalance) =>
      $(el, '[part~="purchase-button"]') as HTMLElement | null;

    it('is not in the DOM for non-admins', async () => {
      const el = await mount(serve());
      expect(has(el, '[part~="purchase-button"]')).to.be.false;
      expect(el.shadowRoot!.textContent).not.to.contain('Purchase Credits');
    });

    it('is shown for admins', async () => {
      const el = await mount(serve(), { admin: true });
      expect(text(purchase(el))).to.equal('Purchase Credits');
    });

    it('treats admin="false" (how frameworks write false) as not an admin', async () => {
      const el = await mount(serve(), { admin: 'false' });
      expect(has(el, '[part~="purchase-button"]')).to.be.false;
      el.setAttribute('admin', 'FALSE ');
      await el.updateComplete;
      expect(has(el, '[part~="purchase-button"]')).to.be.false;
      el.setAttribute('admin', 'true');
      await el.updateComplete;
      expect(has(el, '[part~="purchase-button"]')).to.be.true;
    });

    it('follows the admin attribute and property live', async () => {
      const el = await mount(serve());
      el.setAttribute('admin', '');
      await el.updateComplete;
      expect(has(el, '[part~="purchase-button"]')).to.be.true;
      el.admin = false;
      await el.updateComplete;
      expect(has(el, '[part~="purchase-button"]')).to.be.false;
    });

    it('fires credits-purchase (bubbles, composed, cancelable) with the balance', async () => {
      const el = await mount(serve(), { admin: true });
      setTimeout(() => purchase(el)!.click());
      const event = await oneEvent(document, 'credits-purchase');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(event.detail).to.deep.equal({ available: 12_480, href: null });
      expect(purchase(el)!.tagName).to.equal('BUTTON');
    });

    it('navigates to purchase-href unless the event is cancelled', async () => {
      location.hash = '';
      const el = await mount(serve(), { admin: true, 'purchase-href': '#top-up' });
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('credits-purchase', cancel, { once: true });
      purchase(el)!.click();
      expect(location.hash).to.equal('');
      purchase(el)!.click();
      expect(location.hash).to.equal('#top-up');
      location.hash = '';
    });

    it('never turns a javascript: URL into a link', async () => {
      const el = await mount(serve(), { admin: true, 'purchase-href': 'javascript:alert(1)' });
      expect(purchase(el)!.tagName).to.equal('BUTTON');
      expect(has(el, 'a')).to.be.false;
    });
  });

  describe('View Billing', () => {
    const billing = (el: CreditsBalance) => $(el, '[part~="billing-button"]') as HTMLElement;

    it('is there for everyone and fires credits-view-billing', async () => {
      const el = await mount(serve());
      setTimeout(() => billing(el).click());
      const event = await oneEvent(el, 'credits-view-billing');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(text(billing(el))).to.equal('View Billing');
    });

    it('navigates to billing-href unless the event is cancelled', async () => {
      location.hash = '';
      const el = await mount(serve(), { 'billing-href': '#billing' });
      expect(billing(el).getAttribute('href')).to.match(/#billing$/);
      document.addEventListener('credits-view-billing', (e) => e.preventDefault(), { once: true });
      billing(el).click();
      expect(location.hash).to.equal('');
      billing(el).click();
      expect(location.hash).to.equal('#billing');
      location.hash = '';
    });
  });

  describe('notices', () => {
    const notice = (el: CreditsBalance) => text($(el, '[part~="notice"]'));

    it('at zero says processing is paused and offers admins the purchase', async () => {
      const el = await mount(serve({ available: 0 }), { admin: true });
      expect(notice(el)).to.contain('Photo processing is paused until credits are added.');
      expect(notice(el)).to.contain('Purchase credits to resume.');
      expect(has(el, '[part~="purchase-button"]')).to.be.true;
    });

    it('below zero tells an operator to ask an admin', async () => {
      const el = await mount(serve({ available: -20 }));
      expect(notice(el)).to.contain('Photo processing is paused');
      expect(notice(el)).to.contain('Ask an admin');
    });

    it('warns under the low-balance threshold only', async () => {
      const below = await mount(serve({ available: 999 }), { 'low-balance': '1000' });
      expect(notice(below)).to.equal('Low balance: fewer than 1,000 credits left.');
      const at = await mount(serve({ available: 1000 }), { 'low-balance': '1000' });
      expect(has(at, '[part~="notice"]')).to.be.false;
      const unset = await mount(serve({ available: 3 }));
      expect(has(unset, '[part~="notice"]')).to.be.false;
    });
  });

  describe('states', () => {
    it('draws the purchase button in its skeleton only for admins', async () => {
      const slow = serve(fx.balance, 200);
      const admin = await fixture<CreditsBalance>(
        html`<credits-balance endpoint=${slow.endpoint} admin></credits-balance>`,
      );
      const operator = await fixture<CreditsBalance>(
        html`<credits-balance endpoint=${slow.endpoint}></credits-balance>`,
      );
      expect(admin.shadowRoot!.querySelectorAll('.actions .skeleton-text')).to.have.length(2);
      expect(operator.shadowRoot!.querySelectorAll('.actions .skeleton-text')).to.have.length(1);
    });

    it('names an endpoint that is not a URL instead of crashing', async () => {
      const el = await fixture<CreditsBalance>(
        html`<credits-balance endpoint="http://[not-a-host"></credits-balance>`,
      );
      expect(text($(el, '[role="alert"]'))).to.equal(
        'This widget\'s endpoint is not a usable http(s) URL: "http://[not-a-host".',
      );
    });

    for (const endpoint of [
      'data:application/json,{"available":999999}',
      'javascript:alert(1)',
      'blob:https://example.com/1',
    ]) {
      it(`refuses the endpoint ${endpoint.split(':')[0]}: and sends no request`, async () => {
        const asked: string[] = [];
        const original = window.fetch;
        window.fetch = async (input) => {
          asked.push(String(input));
          return original(input);
        };
        try {
          const el = await fixture<CreditsBalance>(
            html`<credits-balance endpoint=${endpoint}></credits-balance>`,
          );
          await el.updateComplete;
          expect(text($(el, '[role="alert"]'))).to.contain('is not a usable http(s) URL');
          expect(has(el, '[part~="value"]'), 'no made-up figure').to.be.false;
          expect(asked).to.deep.equal([]);
        } finally {
          window.fetch = original;
        }
      });
    }
  });

  describe('reloading', () => {
    it('reloads when endpoint changes, and a late answer for the old one never wins', async () => {
      const slowOld = fakeServer({ 'GET /balance': { body: { available: 111 }, delay: 150 } });
      const fastNew = fakeServer({ 'GET /balance': { body: { available: 222 } } });
      const el = await fixture<CreditsBalance>(
        html`<credits-balance endpoint=${slowOld.endpoint} locale="en-US"></credits-balance>`,
      );
      el.endpoint = fastNew.endpoint;
      await loaded(el);
      expect(text($(el, '[part~="value"]'))).to.equal('222');
      // Cancelled on the wire, the old answer can no longer arrive at all.
      await waitUntil(() => slowOld.calls[0]!.signal!.aborted, 'the old request was not cancelled');
      await el.updateComplete;
      expect(text($(el, '[part~="value"]'))).to.equal('222');
    });

    it('does not show the old organisation while the new one loads', async () => {
      const first = serve({ available: 111 });
      const second = fakeServer({ 'GET /balance': { body: { available: 222 }, delay: 100 } });
      const el = await mount(first);
      el.endpoint = second.endpoint;
      await el.updateComplete;
      expect(has(el, '[part~="value"]')).to.be.false;
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('keeps the figure on screen, marked busy, while refresh() reloads it', async () => {
      const server = serve();
      const el = await mount(server);
      server.on('GET /balance', { body: { available: 5 }, delay: 100 });
      el.refresh();
      await el.updateComplete;
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part~="value"]'))).to.equal('12,480');
      await waitUntil(() => text($(el, '[part~="value"]')) === '5', 'refresh did not update');
    });

    it('refresh() fetches the balance again', async () => {
      const server = serve();
      const el = await mount(server);
      server.on('GET /balance', { body: { available: 5 } });
      el.refresh();
      await waitUntil(() => text($(el, '[part~="value"]')) === '5', 'refresh did not update');
      expect(server.callsTo('GET /balance')).to.have.length(2);
    });
  });

  describe('theming', () => {
    it('reads colours from --credits-* tokens set up the tree', async () => {
      const server = serve();
      const wrapper = await fixture(
        html`<div style="--credits-color-surface: rgb(10, 20, 30)">
          <credits-balance endpoint=${server.endpoint}></credits-balance>
        </div>`,
      );
      const el = wrapper.querySelector('credits-balance')!;
      await loaded(el);
      expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal(
        'rgb(10, 20, 30)',
      );
    });

    it('follows a dark colour scheme', async () => {
      const el = await mount(serve());
      const light = getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
      el.style.colorScheme = 'dark';
      const dark = getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(22, 27, 34)');
    });
  });
});
