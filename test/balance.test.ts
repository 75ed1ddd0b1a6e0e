import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CreditsBalance } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { $, $$, has, text } from './helpers/dom.js';

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

describe('<credits-balance>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(restoreFetch);

  describe('the figure', () => {
    it('shows Available Credits formatted for the locale attribute', async () => {
      const el = await mount(serve(), { locale: 'de-DE' });
      expect(text($(el, '[part~="value"]'))).to.equal('12.480');
      expect($(el, '[part~="value"]')!.getAttribute('value')).to.equal('12480');
      expect(text($(el, 'h2'))).to.equal('Available Credits');
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
    it('shows a skeleton of the layout with aria-busy while loading', async () => {
      const server = serve(fx.balance, 200);
      const el = await fixture<CreditsBalance>(
        html`<credits-balance endpoint=${server.endpoint} admin></credits-balance>`,
      );
      const base = $(el, '[part~="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '.skeleton').length).to.equal(4);
      expect(text($(el, 'h2'))).to.equal('Available Credits');
      await expect(el).to.be.accessible();
      await loaded(el);
      expect($$(el, '.skeleton')).to.have.length(0);
    });

    it('is accessible with data, as admin with the cost shown', async () => {
      const el = await mount(serve(), { admin: true, 'show-cost': true, 'low-balance': '99999' });
      await expect(el).to.be.accessible();
    });

    it("shows the server's message in an alert, and Retry loads again", async () => {
      const server = fakeServer({ 'GET /balance': fx.errorReply(500, 'Billing database is down') });
      const el = await mount(server);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert.querySelector('p'))).to.equal('Billing database is down');
      expect(has(el, '[part~="value"]')).to.be.false;
      await expect(el).to.be.accessible();
      server.on('GET /balance', { body: fx.balance });
      (alert.querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '[part~="value"]'), 'Retry did not load the balance');
      expect(text($(el, '[part~="value"]'))).to.equal('12,480');
      expect(has(el, '[role="alert"]')).to.be.false;
    });

    it('says the session has expired on 401, and fires credits-error', async () => {
      const server = fakeServer({ 'GET /balance': fx.errorReply(401, 'unauthenticated') });
      const errorSeen = oneEvent(document, 'credits-error');
      const el = await mount(server);
      expect(text($(el, '[role="alert"] p'))).to.equal(
        'Your session has expired. Sign in again to see your credits.',
      );
      const event = await errorSeen;
      expect(event.detail.error.kind).to.equal('unauthenticated');
      expect(event.composed).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('says the server sent unreadable data, naming the field, and renders none of it', async () => {
      const el = await mount(
        serve({ available: 'lots', costPerCredit: { amount: '1', currency: 'USD' } }),
      );
      expect(text($(el, '[role="alert"] p'))).to.equal(
        'The server sent data this widget cannot read (available: expected an integer, got "lots").',
      );
      expect(has(el, '[part~="value"]')).to.be.false;
      expect(has(el, '[part~="cost"]')).to.be.false;
    });

    it('names an endpoint that is not a URL instead of crashing', async () => {
      const el = await fixture<CreditsBalance>(
        html`<credits-balance endpoint="http://[not-a-host"></credits-balance>`,
      );
      expect(text($(el, '[role="alert"]'))).to.equal(
        'This widget\'s endpoint is not a valid URL: "http://[not-a-host".',
      );
    });

    it('explains itself when it has neither an endpoint nor a provider', async () => {
      const el = await fixture<CreditsBalance>(html`<credits-balance></credits-balance>`);
      expect(text($(el, '[role="alert"]'))).to.contain('set its endpoint attribute');
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    });
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
      await new Promise((r) => setTimeout(r, 250));
      expect(text($(el, '[part~="value"]'))).to.equal('222');
      expect(slowOld.calls[0]!.signal!.aborted, 'the old request was cancelled').to.be.true;
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
