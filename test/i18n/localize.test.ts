/**
 * Words per element: plural forms, live switching (attribute and `lang`), a host's own
 * messages, and the loading state while an element's first language downloads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import {
  registerMessages,
  type CreditsBalance,
  type CreditsSubscription,
} from '../../src/index.js';
import { translate } from '../../src/i18n/messages.js';
import { loadShipped } from '../../src/i18n/shipped.js';
import * as fx from '../fixtures.js';
import { $, text } from '../helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer } from '../helpers/fake-server.js';
import '../helpers/setup.js';
import { shippedMessages } from './sources.js';

const title = (el: Element) => text($(el, 'h2'));
const busy = (el: Element) => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'true';

function serve(): FakeServer {
  return fakeServer({
    'GET /balance': { body: fx.balance },
    'GET /usage/monthly': { body: fx.monthly },
  });
}

async function balance(server: FakeServer, attrs = ''): Promise<CreditsBalance> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = `<credits-balance endpoint="${server.endpoint}" ${attrs}></credits-balance>`;
  const el = holder.firstElementChild as CreditsBalance;
  await el.updateComplete;
  await waitUntil(() => !busy(el), 'the balance never finished loading');
  return el;
}

describe('localisation', () => {
  afterEach(restoreFetch);

  // First: no test before it has downloaded Arabic in this page.
  it('shows its loading state, not English, until its language has arrived', async () => {
    const server = serve();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<credits-balance endpoint="${server.endpoint}" locale="ar"></credits-balance>`;
    const el = holder.firstElementChild as CreditsBalance;
    // Every heading a reader could see, from the first render on (the shadow root is already
    // there: the element upgraded when it was connected).
    const seen: string[] = [];
    const record = () => {
      const h2 = el.shadowRoot!.querySelector('h2');
      if (h2 && !h2.querySelector('.skeleton-text')) seen.push(text(h2));
    };
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    await waitUntil(() => !busy(el), 'the balance never finished loading');
    observer.disconnect();
    record();
    const ar = await shippedMessages('ar');
    expect(seen.length).to.be.greaterThan(0);
    expect([...new Set(seen)]).to.deep.equal([ar['balance.title']]);
  });

  describe('plural forms (Intl.PluralRules)', () => {
    it('says "1 day remaining" and "2 days remaining" in English', () => {
      expect(translate('en-US', undefined, 'subscription.remaining', { count: 1 })).to.equal(
        '1 day remaining',
      );
      expect(translate('en-US', undefined, 'subscription.remaining', { count: 2 })).to.equal(
        '2 days remaining',
      );
    });

    it('chooses among Arabic’s six forms by the number', async () => {
      await loadShipped('ar');
      const forms = (await shippedMessages('ar'))['subscription.remaining'] as Record<
        string,
        string
      >;
      // zero, one, two, few (3–10), many (11–99), other (100…): six different sentences.
      const said = [0, 1, 2, 3, 11, 100].map((count) =>
        translate('ar', 'ar', 'subscription.remaining', { count }),
      );
      expect(new Set(said).size, said.join(' | ')).to.equal(6);
      const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
      expect(said[3]).to.equal(forms.few!.replace('{count}', digits(3)));
      expect(said[4]).to.equal(forms.many!.replace('{count}', digits(11)));
      expect(said[5]).to.equal(forms.other!.replace('{count}', digits(100)));
    });

    it('renders how long a plan has left in the plural the count needs', async () => {
      // Noon of the local calendar day n days ahead: n days at any time of day it runs (now + n
      // days + 1 h crossed into one more day after 23:00).
      const inDays = (n: number) => {
        const now = new Date();
        return new Date(now.getFullYear(), now.getMonth(), now.getDate() + n, 12).toISOString();
      };
      // Within 30 days it is a warning ("Expires in"), beyond it a plain count.
      for (const [days, expected] of [
        [1, 'Expires in 1 day'],
        [3, 'Expires in 3 days'],
        [61, '61 days remaining'],
      ] as const) {
        const server = fakeServer({
          'GET /subscription': { body: { ...fx.subscription, expiresAt: inDays(days) } },
        });
        const el = await fixture<CreditsSubscription>(
          html`<credits-subscription
            endpoint=${server.endpoint}
            locale="en-US"
          ></credits-subscription>`,
        );
        await waitUntil(() => !busy(el), 'the plan never loaded');
        expect(text(el.shadowRoot!.querySelector('[part~="expiry-badge"]'))).to.equal(expected);
        restoreFetch();
      }
    });
  });

  describe('the language of each element', () => {
    it('speaks its `locale`, and two elements on one page speak two languages', async () => {
      const server = serve();
      const german = await balance(server, 'locale="de-DE"');
      const french = await balance(server, 'locale="fr-FR"');
      const de = await shippedMessages('de');
      const fr = await shippedMessages('fr');
      expect(title(german)).to.equal(de['balance.title']);
      expect(title(french)).to.equal(fr['balance.title']);
      expect($(german, '[part~="base"]')!.getAttribute('lang')).to.equal('de-DE');
    });

    it('follows the nearest `lang` when it has no `locale`, and a change of it live', async () => {
      const server = serve();
      const holder = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      holder.innerHTML = `<section><credits-balance endpoint="${server.endpoint}"></credits-balance></section>`;
      const el = holder.querySelector('credits-balance')!;
      await el.updateComplete;
      const es = await shippedMessages('es');
      expect(title(el)).to.equal(es['balance.title']);
      holder.setAttribute('lang', 'pt-BR');
      const pt = await shippedMessages('pt-BR');
      await waitUntil(() => title(el) === pt['balance.title'], `still "${title(el)}"`);
    });

    it('re-renders live when `locale` changes: words, numbers and dates together', async () => {
      const server = serve();
      const el = await balance(server, 'locale="en-US" admin');
      expect(title(el)).to.equal('Available Credits');
      expect(text($(el, '[part~="value"]'))).to.equal('12,480');
      el.locale = 'hi-IN';
      await el.updateComplete;
      const hi = await shippedMessages('hi');
      expect(title(el)).to.equal(hi['balance.title']);
      expect(text($(el, '[part~="value"]'))).to.equal('12,480');
      el.locale = 'de-DE';
      await el.updateComplete;
      const de = await shippedMessages('de');
      expect(title(el)).to.equal(de['balance.title']);
      expect(text($(el, '[part~="value"]'))).to.equal('12.480');
      expect(text($(el, '[part~="purchase-button"]'))).to.equal(de['balance.purchase']);
    });
  });

  describe('a host’s own messages (registerMessages)', () => {
    it('overrides a message for a locale and re-renders elements at once', async () => {
      const server = serve();
      const el = await balance(server, 'locale="en-GB" admin');
      expect(text($(el, '[part~="purchase-button"]'))).to.equal('Purchase Credits');
      registerMessages('en-GB', { 'balance.purchase': 'Buy credits' });
      await el.updateComplete;
      expect(text($(el, '[part~="purchase-button"]'))).to.equal('Buy credits');
      expect(title(el), 'other messages keep the source').to.equal('Available Credits');
    });

    it('adds a locale the widgets do not ship, falling back to English per key', async () => {
      registerMessages('it', {
        'balance.title': 'Crediti disponibili',
        'balance.low': {
          one: 'Resta meno di {count} credito.',
          other: 'Restano meno di {count} crediti.',
        },
      });
      const server = serve();
      const el = await balance(server, 'locale="it-IT" low-balance="20000"');
      expect(title(el)).to.equal('Crediti disponibili');
      expect(text($(el, '[part~="notice"]'))).to.equal('Restano meno di 20.000 crediti.');
      expect(text($(el, '.cost-label'))).to.equal('Cost per Credit');
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('it-IT');
    });

    it('refuses what is not a locale or not a message, naming it', () => {
      expect(() => registerMessages('not a locale!', {})).to.throw(RangeError, 'not a locale!');
      expect(() =>
        registerMessages('de', { 'balance.title': { one: 'no other form' } as never }),
      ).to.throw(TypeError, 'balance.title');
    });
  });
});
