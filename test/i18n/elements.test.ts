/**
 * Every element, drawn in each shipped language with the same data as in English: no English
 * is left apart from the data itself. A text (or accessible name, title, placeholder, stacked
 * column label) that reads the same in both languages may only be made of words of the data
 * (the fixtures), of what Intl writes in that language (month and country names), of brands,
 * or of the translation's own words (German keeps "Credits").
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CreditsTopUp } from '../../src/index.js';
import { countries } from '../../src/internal/countries.js';
import * as fx from '../fixtures.js';
import { fakeServer, restoreFetch } from '../helpers/fake-server.js';
import '../helpers/setup.js';
import { forms, shippedMessages, SHIPPED_LOCALES } from './sources.js';

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'data-label', 'aria-description'];

/** What a reader can meet in `el`: text and the attributes read or shown, in every shadow root. */
function texts(el: Element, into = new Set<string>()): Set<string> {
  const add = (value: string | null) => {
    const clean = (value ?? '').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(clean)) into.add(clean);
  };
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node instanceof Text) add(node.data);
      if (!(node instanceof Element)) continue;
      if (node.localName === 'style' || node.localName === 'script') continue;
      for (const name of ATTRIBUTES) add(node.getAttribute(name));
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return into;
}

const words = (text: string) => text.match(/[\p{L}\p{M}]+/gu) ?? [];

/** Every word of a string in the fixtures (names, IDs, plan and event names: data). */
function dataWords(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const w of words(value)) into.add(w);
  else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) dataWords(v, into);
  }
  return into;
}

const DATA = dataWords(fx);
const BRANDS = new Set(['Razorpay', 'PayGlocal', 'Stripe', 'INR', 'USD', 'GST', 'ID']);

/** What Intl writes in `locale`: month names and the billing form's country names. */
function intlWords(locale: string): Set<string> {
  const into = new Set<string>();
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2026, m, 15));
    for (const month of ['long', 'short'] as const) {
      const text = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(date);
      for (const w of words(text)) into.add(w);
    }
  }
  for (const { name } of countries(locale)) for (const w of words(name)) into.add(w);
  return into;
}

const server = () =>
  fakeServer({
    'GET /balance': { body: fx.balance },
    'GET /usage/monthly': { body: fx.monthly },
    'GET /transactions': ({ url }) => ({
      body: url.searchParams.get('kind') === 'purchase' ? fx.purchasePage : fx.usagePage,
    }),
    'GET /subscription': {
      body: { ...fx.subscription, expiresAt: new Date(Date.now() + 9 * 86_400_000).toISOString() },
    },
    'GET /payments': { body: fx.paymentPage },
    'GET /billing-details': { body: fx.billingDetails },
    'GET /auto-top-up': { body: fx.autoTopUp },
    'GET /alerts': { body: fx.alerts },
    'GET /usage/breakdown': { body: fx.breakdownByEvent },
  });

const busy = (el: Element) =>
  [el, ...el.shadowRoot!.querySelectorAll('*')].some(
    (n) => n.shadowRoot?.querySelector('[aria-busy="true"]') ?? false,
  );

async function mount(markup: (endpoint: string) => string): Promise<Element> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  holder.innerHTML = markup(server().endpoint);
  const el = holder.firstElementChild!;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await waitUntil(() => !busy(el), `<${el.localName}> never finished loading`, { timeout: 5000 });
  return el;
}

interface Case {
  name: string;
  /** Draws the element in `locale`, brings it to the states under test, returns their texts. */
  draw: (locale: string) => Promise<Set<string>>;
}

const simple = (tag: string, attrs = ''): Case => ({
  name: `<${tag}> ${attrs}`.trim(),
  draw: async (locale) =>
    texts(
      await mount(
        (endpoint) => `<${tag} endpoint="${endpoint}" locale="${locale}" ${attrs}></${tag}>`,
      ),
    ),
});

const CASES: Case[] = [
  simple('credits-balance', 'admin show-cost low-balance="20000"'),
  simple('credits-balance', 'show-cost'),
  simple('credits-monthly-summary'),
  simple('credits-usage-table'),
  simple('credits-purchase-history'),
  simple('credits-subscription'),
  simple('credits-payments', 'admin'),
  simple('credits-billing', 'admin'),
  simple('credits-dashboard', 'admin'),
  simple('credits-dashboard', 'admin tab="subscription"'),
  simple('credits-dashboard', 'admin tab="billing"'),
  simple('credits-auto-top-up', 'show-cost'),
  {
    name: '<credits-auto-top-up> with its form open, a failed top-up and a 409',
    draw: async (locale) => {
      const api = fakeServer({
        'GET /auto-top-up': { body: fx.autoTopUpFailed },
        'GET /balance': { body: fx.balance },
        'PUT /auto-top-up': fx.errorReply(409, 'Add a card.', 'payment_method_required'),
      });
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      holder.innerHTML = `<credits-auto-top-up endpoint="${api.endpoint}" locale="${locale}" admin show-cost></credits-auto-top-up>`;
      const el = holder.firstElementChild!;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~="edit-button"]'), 'never loaded');
      const seen = texts(el);
      root.querySelector<HTMLButtonElement>('[part~="edit-button"]')!.click();
      await waitUntil(() => root.querySelector('form'), 'the form never opened');
      const input = root.querySelector<HTMLInputElement>('[name="thresholdCredits"]')!;
      input.value = '50000';
      input.dispatchEvent(new Event('input'));
      texts(el, seen);
      input.value = 'x';
      input.dispatchEvent(new Event('input'));
      const credits = root.querySelector<HTMLInputElement>('[name="topUpCredits"]')!;
      credits.value = '5';
      credits.dispatchEvent(new Event('input'));
      const limit = root.querySelector<HTMLInputElement>('[name="monthlyLimit"]')!;
      root.querySelector<HTMLInputElement>('[name="noLimit"]')!.click();
      await waitUntil(() => !limit.disabled);
      limit.value = '0';
      limit.dispatchEvent(new Event('input'));
      await waitUntil(() => root.querySelectorAll('[aria-invalid="true"]').length === 3);
      texts(el, seen);
      input.value = '100';
      credits.value = '';
      limit.value = '';
      for (const i of [input, credits, limit]) i.dispatchEvent(new Event('input'));
      await waitUntil(() => root.querySelectorAll('[aria-invalid="true"]').length === 2);
      texts(el, seen);
      credits.value = '1000';
      limit.value = '9007199254740993';
      for (const i of [credits, limit]) i.dispatchEvent(new Event('input'));
      await waitUntil(() => root.querySelectorAll('[aria-invalid="true"]').length === 1);
      texts(el, seen);
      limit.value = '2';
      limit.dispatchEvent(new Event('input'));
      root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
      await waitUntil(() => root.querySelector('[part~="form-error"]'), 'no 409');
      texts(el, seen);
      root.querySelector<HTMLButtonElement>('[role="switch"]')!.click();
      root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
      return texts(el, seen);
    },
  },
  simple('credits-alerts'),
  simple('credits-alerts', 'admin'),
  simple('credits-usage-breakdown'),
  {
    name: '<credits-usage-breakdown> with a custom range refused, and with no usage',
    draw: async (locale) => {
      const el = await mount(
        (endpoint) =>
          `<credits-usage-breakdown endpoint="${endpoint}" locale="${locale}" from="2026-05-01" to="2026-04-01"></credits-usage-breakdown>`,
      );
      const seen = texts(el);
      el.setAttribute('from', '2023-01-01');
      el.setAttribute('to', '2026-01-01');
      await waitUntil(() => el.shadowRoot!.querySelector('.field-error'), 'no message');
      texts(el, seen);
      el.removeAttribute('from');
      el.removeAttribute('to');
      const api = fakeServer({ 'GET /usage/breakdown': { body: fx.breakdownEmpty } });
      el.setAttribute('endpoint', api.endpoint);
      await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'never said empty');
      return texts(el, seen);
    },
  },
  {
    name: '<credits-billing-details> with its form open',
    draw: async (locale) => {
      const el = await mount(
        (endpoint) =>
          `<credits-billing-details endpoint="${endpoint}" locale="${locale}" admin></credits-billing-details>`,
      );
      const seen = texts(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-button"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form never opened');
      return texts(el, seen);
    },
  },
  {
    name: '<credits-top-up>, its two steps',
    draw: async (locale) => {
      const el = (await mount(
        (endpoint) =>
          `<credits-top-up endpoint="${endpoint}" locale="${locale}" admin></credits-top-up>`,
      )) as CreditsTopUp;
      await el.show();
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('.bundle .price')?.textContent?.trim(), 'no prices');
      const seen = texts(el);
      root.querySelector<HTMLButtonElement>('.btn-primary')!.click();
      await waitUntil(() => root.querySelector('.review'), 'the review never showed');
      return texts(el, seen);
    },
  },
  {
    name: 'an error with Retry',
    draw: async (locale) => {
      const failing = fakeServer({ 'GET /balance': { status: 503, body: {} } });
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<credits-balance endpoint="${failing.endpoint}" locale="${locale}"></credits-balance>`;
      const el = holder.firstElementChild!;
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
      return texts(el);
    },
  },
  {
    name: 'an empty table',
    draw: async (locale) => {
      const empty = fakeServer({
        'GET /transactions': { body: { items: [], nextCursor: null, total: 0 } },
      });
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<credits-usage-table endpoint="${empty.endpoint}" locale="${locale}"></credits-usage-table>`;
      const el = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      await waitUntil(() => !busy(el), 'never loaded');
      return texts(el);
    },
  },
];

describe('every element in every shipped language', () => {
  afterEach(restoreFetch);

  for (const id of SHIPPED_LOCALES) {
    describe(id, () => {
      for (const c of CASES) {
        it(`${c.name}: no English left apart from data`, async () => {
          const allowed = intlWords(id);
          for (const text of Object.values(await shippedMessages(id)).flatMap(forms)) {
            for (const w of words(text.replace(/\{\w+\}/g, ' '))) allowed.add(w);
          }
          const english = await c.draw('en-US');
          restoreFetch();
          const translated = await c.draw(id);
          const left = [...translated].filter(
            (text) =>
              english.has(text) &&
              !words(text).every((w) => DATA.has(w) || BRANDS.has(w) || allowed.has(w)),
          );
          expect(left, `English left in ${id}`).to.deep.equal([]);
          const changed = [...translated].filter((text) => !english.has(text));
          expect(changed.length, 'nothing was translated').to.be.greaterThan(1);
        });
      }
    });
  }
});
