import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { CreditsAutoTopUp } from '../src/components/auto-top-up/credits-auto-top-up.js';
import { price } from '../src/components/top-up/top-up-steps.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer, type Route } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { runStateTests } from './shared/element-states.js';

runStateTests({
  tag: 'credits-auto-top-up',
  title: 'Automatic top-up',
  route: 'GET /auto-top-up',
  data: fx.autoTopUp,
  broken: {
    body: { enabled: true, thresholdCredits: 2000, topUpCredits: 10000 },
    issue: 'monthlyLimit is missing',
  },
  method: 'getAutoTopUp',
  dataSelector: '[part~="rule"]',
  routes: { 'GET /balance': { body: fx.balance } },
});

const failed = fx.autoTopUpFailed;

const serve = (extra: Record<string, Route> = {}) =>
  fakeServer({
    'GET /auto-top-up': { body: fx.autoTopUp },
    'GET /balance': { body: fx.balance },
    ...extra,
  });

async function mount(
  server: FakeServer,
  { admin = false, locale = 'en-US', showCost = false } = {},
): Promise<CreditsAutoTopUp> {
  const el = await fixture<CreditsAutoTopUp>(
    html`<credits-auto-top-up
      endpoint=${server.endpoint}
      locale=${locale}
      ?admin=${admin}
      ?show-cost=${showCost}
    ></credits-auto-top-up>`,
  );
  await waitUntil(() => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false');
  return el;
}

/** The rule's terms, as `[term, description]` pairs. */
const terms = (el: Element) =>
  $$(el, '[part~="rule"] dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;
const field = (el: Element, name: string) => $(el, `[name="${name}"]`) as HTMLInputElement;
const described = (el: Element, name: string) =>
  text($(el, `#${field(el, name).getAttribute('aria-describedby')}`));

function type(el: Element, name: string, value: string): void {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function openForm(el: CreditsAutoTopUp): Promise<void> {
  button(el, 'Change')!.click();
  await waitUntil(() => has(el, 'form'), 'the form never opened');
}

async function save(el: CreditsAutoTopUp): Promise<void> {
  ($(el, '[part~="save-button"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

describe('<credits-auto-top-up>', () => {
  afterEach(restoreFetch);

  it('passes axe with its form open, in light, dark and forced colours', async () => {
    const el = await mount(serve(), { admin: true, showCost: true });
    await openForm(el);
    await expectAccessibleInEveryScheme(el, 'the form open');
  });

  it('reads the rule in words for everyone, with no inputs or Change for non-admins', async () => {
    const el = await mount(serve());
    expect(terms(el)).to.deep.equal([
      ['Status', 'On'],
      ['Rule', 'When the balance falls below 2,000 credits, buy 10,000 credits'],
      ['Monthly limit', 'At most 3 times a month'],
      ['Payment method', 'Visa ending 4242'],
      ['Last automatic top-up', 'November 15, 2026: 10,000 credits, completed'],
    ]);
    expect($$(el, 'input, select, textarea, [role="switch"]')).to.have.length(0);
    expect(button(el, 'Change')).to.be.undefined;
    await el.edit();
    expect(has(el, 'form'), 'edit() opens nothing for a non-admin').to.be.false;
  });

  it('says when it is off, has no limit and no payment method, in words', async () => {
    const off = { ...fx.autoTopUp, enabled: false, monthlyLimit: null, paymentMethod: null };
    const el = await mount(serve({ 'GET /auto-top-up': { body: { ...off, lastTopUp: null } } }));
    expect(terms(el)).to.deep.equal([
      ['Status', 'Off'],
      ['Rule', 'When the balance falls below 2,000 credits, buy 10,000 credits'],
      ['Monthly limit', 'No monthly limit'],
      ['Payment method', 'None saved'],
      ['Last automatic top-up', 'None yet'],
    ]);
  });

  it("writes the numbers in the locale's digits and words (de-DE)", async () => {
    const el = await mount(serve(), { locale: 'de-DE' });
    await waitUntil(() => text($(el, 'h2')) === 'Automatische Aufladung');
    expect(terms(el).slice(1, 3)).to.deep.equal([
      ['Regel', 'Wenn das Guthaben unter 2.000 Credits fällt, 10.000 Credits kaufen'],
      ['Monatliches Limit', 'Höchstens 3-mal im Monat'],
    ]);
  });

  it("shows a failed last top-up as a visible warning with the server's message", async () => {
    const el = await mount(serve({ 'GET /auto-top-up': { body: failed } }));
    const warning = $(el, '[part~="last-failed"]')!;
    expect(warning.classList.contains('notice')).to.be.true;
    expect(text(warning)).to.equal(
      'The last automatic top-up, on November 22, 2026 (10,000 credits), failed: Your card was declined (insufficient funds).',
    );
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);
    await expectAccessibleInEveryScheme(el, 'a failed last top-up');
  });

  it('with show-cost, prices one top-up at the cost per credit: 10,000 × 0.0120 USD = $120.00', async () => {
    const el = await mount(serve(), { showCost: true });
    await waitUntil(() => has(el, '.cost'), 'the price never showed');
    expect(terms(el).at(-1)).to.deep.equal(['Price of one top-up', '$120.00']);
  });

  it('prices a 30-decimal cost per credit exactly, as the top-up dialog does', async () => {
    const cost = { amount: '0.012345678901234567890123456789', currency: 'USD' };
    const el = await mount(
      serve({ 'GET /balance': { body: { ...fx.balance, costPerCredit: cost } } }),
      { showCost: true },
    );
    await waitUntil(() => has(el, '.cost'), 'the price never showed');
    // 10,000 × 0.0123456789… = 123.456789…: $123.46, never a float's rounding.
    expect(text($(el, '.cost'))).to.equal('$123.46');
    expect(text($(el, '.cost'))).to.equal(price(10000, cost, 'en-US'));
  });

  it('shows no price without show-cost, and takes show-cost from the provider', async () => {
    const server = serve();
    expect(has(await mount(server), '.cost')).to.be.false;
    const wrapper = await fixture(
      html`<credits-provider endpoint=${server.endpoint} locale="en-US" show-cost>
        <credits-auto-top-up></credits-auto-top-up>
      </credits-provider>`,
    );
    const el = wrapper.querySelector('credits-auto-top-up')!;
    await waitUntil(() => has(el, '.cost'), "the provider's show-cost was not taken");
    expect(text($(el, '.cost'))).to.equal('$120.00');
  });

  it('gives admins a real switch, whole-number fields and the bundles as quick picks', async () => {
    const el = await mount(serve(), { admin: true });
    await openForm(el);
    const toggle = $(el, '[role="switch"]') as HTMLButtonElement;
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    expect(el.shadowRoot!.activeElement, 'the focus goes to the switch').to.equal(toggle);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    expect(field(el, 'thresholdCredits').value).to.equal('2,000');
    expect(field(el, 'topUpCredits').value).to.equal('10,000');
    expect(field(el, 'monthlyLimit').value).to.equal('3');
    const picks = $$(el, '.pick');
    expect(picks.map(text)).to.deep.equal(['1,000', '3,000', '10,000']);
    expect(picks.map((p) => p.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'false',
      'true',
    ]);
    (picks[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(field(el, 'topUpCredits').value).to.equal('3,000');
  });

  it('shows each problem beside its field as the user types, and refuses Save until fixed', async () => {
    const server = serve({ 'PUT /auto-top-up': { body: fx.autoTopUp } });
    const el = await mount(server, { admin: true });
    await openForm(el);
    type(el, 'topUpCredits', '500');
    await el.updateComplete;
    expect(field(el, 'topUpCredits').getAttribute('aria-invalid')).to.equal('true');
    expect(described(el, 'topUpCredits')).to.equal('Buy at least 1,000 credits each time.');
    type(el, 'thresholdCredits', '2.5k');
    type(el, 'monthlyLimit', '0');
    await el.updateComplete;
    expect(described(el, 'thresholdCredits')).to.equal('Enter a whole number.');
    expect(described(el, 'monthlyLimit')).to.equal('Enter 1 or more.');
    expect($(el, '[part~="save-button"]')!.getAttribute('aria-disabled')).to.equal('true');
    await save(el);
    await save(el);
    expect(server.callsTo('PUT /auto-top-up'), 'nothing sent').to.have.length(0);
    expect(el.shadowRoot!.activeElement, 'the focus on the first problem').to.equal(
      field(el, 'thresholdCredits'),
    );
    type(el, 'thresholdCredits', '1 500');
    type(el, 'topUpCredits', '25.000');
    ($(el, '[name="noLimit"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect($$(el, '[aria-invalid="true"]')).to.have.length(0);
    expect(field(el, 'monthlyLimit').disabled).to.be.true;
    await save(el);
    await waitUntil(() => server.callsTo('PUT /auto-top-up').length === 1);
    expect(server.callsTo('PUT /auto-top-up')[0]!.body).to.deep.equal({
      enabled: true,
      thresholdCredits: 1500,
      topUpCredits: 25000,
      monthlyLimit: null,
    });
  });

  it('sends exactly one PUT however often Save is pressed, then shows and announces the stored rule', async () => {
    let answer = () => {};
    const until = new Promise<void>((resolve) => (answer = resolve));
    const stored = { ...fx.autoTopUp, thresholdCredits: 5000, monthlyLimit: 2 };
    const server = serve({ 'PUT /auto-top-up': { body: stored, until } });
    const el = await mount(server, { admin: true });
    await openForm(el);
    type(el, 'thresholdCredits', '5000');
    type(el, 'monthlyLimit', '2');
    await save(el);
    await save(el);
    await save(el);
    expect(text($(el, '[part~="save-button"]'))).to.equal('Saving…');
    answer();
    await waitUntil(() => !has(el, 'form'), 'the form never closed');
    expect(server.callsTo('PUT /auto-top-up')).to.have.length(1);
    expect(terms(el).slice(1, 3)).to.deep.equal([
      ['Rule', 'When the balance falls below 5,000 credits, buy 10,000 credits'],
      ['Monthly limit', 'At most 2 times a month'],
    ]);
    expect(text($(el, '[role="status"]'))).to.equal(
      'Automatic top-up saved and on. When the balance falls below 5,000 credits, buy 10,000 credits. At most 2 times a month.',
    );
    await waitUntil(
      () => el.shadowRoot!.activeElement === $(el, '[part~="edit-button"]'),
      'the focus goes back to Change',
    );
  });

  it('puts each 422 message beside its field, others in the form error, and keeps what was typed', async () => {
    const server = serve({
      'PUT /auto-top-up': {
        status: 422,
        body: {
          error: {
            code: 'invalid',
            message: 'Some fields need attention.',
            fields: {
              topUpCredits: 'At most 500,000 credits per automatic top-up.',
              monthlyLimit: 'Too many for this plan.',
              plan: 'Not on this plan.',
            },
          },
        },
      },
    });
    const el = await mount(server, { admin: true });
    await openForm(el);
    type(el, 'topUpCredits', '600,000');
    type(el, 'monthlyLimit', '40');
    await save(el);
    await waitUntil(() => field(el, 'topUpCredits').getAttribute('aria-invalid') === 'true');
    expect(described(el, 'topUpCredits')).to.equal('At most 500,000 credits per automatic top-up.');
    expect(described(el, 'monthlyLimit')).to.equal('Too many for this plan.');
    expect(text($(el, '[part~="form-error"]'))).to.equal(
      'Some fields need attention. plan: Not on this plan.',
    );
    expect(field(el, 'topUpCredits').value, 'the input is kept').to.equal('600,000');
    expect(field(el, 'monthlyLimit').value).to.equal('40');
    await waitUntil(() => el.shadowRoot!.activeElement === field(el, 'topUpCredits'));
    type(el, 'topUpCredits', '400,000');
    await el.updateComplete;
    expect(field(el, 'topUpCredits').getAttribute('aria-invalid'), 'edited: cleared').to.equal(
      'false',
    );
    await expectAccessibleInEveryScheme(el, 'a 422');
  });

  const required = (setupUrl: string): Route => ({
    status: 409,
    body: {
      error: {
        code: 'payment_method_required',
        message: 'Add a payment method before turning on automatic top-ups.',
        setupUrl,
      },
    },
  });
  const off = { ...fx.autoTopUp, enabled: false, paymentMethod: null, lastTopUp: null };

  it('409 payment_method_required: says a payment method is needed, links to an https setupUrl, keeps the choice', async () => {
    const server = serve({
      'GET /auto-top-up': { body: off },
      'PUT /auto-top-up': required('https://pay.example/setup?org=1'),
    });
    const el = await mount(server, { admin: true });
    await openForm(el);
    ($(el, '[role="switch"]') as HTMLButtonElement).click();
    await save(el);
    await waitUntil(() => has(el, '[part~="form-error"]'));
    expect(text($(el, '[part~="form-error"] p'))).to.equal(
      'A saved payment method is needed before automatic top-ups can be turned on. Your settings are kept: save again once it is added.',
    );
    const link = $(el, '[part~="form-error"] a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://pay.example/setup?org=1');
    expect(text(link)).to.equal('Add a payment method');
    expect(link.rel).to.contain('noopener');
    expect($(el, '[role="switch"]')!.getAttribute('aria-checked'), 'still on').to.equal('true');
    await waitUntil(() => el.shadowRoot!.activeElement === link, 'the focus goes to the link');
    await expectAccessibleInEveryScheme(el, 'a 409');
  });

  for (const setupUrl of [
    'javascript:alert(1)',
    'http://pay.example/setup',
    'data:text/html,<b>x</b>',
    '/billing/setup',
  ]) {
    it(`409 with setupUrl ${setupUrl.split(':')[0]}: never a link, never navigated to`, async () => {
      const server = serve({
        'GET /auto-top-up': { body: off },
        'PUT /auto-top-up': required(setupUrl),
      });
      const el = await mount(server, { admin: true });
      await openForm(el);
      ($(el, '[role="switch"]') as HTMLButtonElement).click();
      const before = location.href;
      await save(el);
      await waitUntil(() => has(el, '[part~="form-error"]'));
      expect($$(el, 'a'), 'no link').to.have.length(0);
      expect(text($(el, '[part~="form-error"]'))).to.contain('A saved payment method is needed');
      expect(el.shadowRoot!.textContent).not.to.contain(setupUrl);
      expect(location.href).to.equal(before);
    });
  }

  it('warns that a top-up starts right away when turned on with the threshold above the balance', async () => {
    const el = await mount(serve({ 'GET /auto-top-up': { body: off } }), { admin: true });
    await openForm(el);
    type(el, 'thresholdCredits', '20,000');
    await el.updateComplete;
    expect(has(el, '[part~="starts-now"]'), 'off: no warning').to.be.false;
    ($(el, '[role="switch"]') as HTMLButtonElement).click();
    await waitUntil(() => has(el, '[part~="starts-now"]'), 'no warning once on');
    expect(text($(el, '[part~="starts-now"]'))).to.equal(
      'The balance is 12,480 credits, below this threshold: a top-up will start right away once this is saved.',
    );
    type(el, 'thresholdCredits', '12,000');
    await el.updateComplete;
    expect(has(el, '[part~="starts-now"]'), 'below the balance: no warning').to.be.false;
  });

  it('404: the backend does not offer it, so it renders nothing, takes no room and fires no credits-error', async () => {
    const errors: Event[] = [];
    const listen = (e: Event) => errors.push(e);
    document.addEventListener('credits-error', listen);
    try {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const el = await fixture<CreditsAutoTopUp>(
        html`<credits-auto-top-up
          endpoint=${server.endpoint}
          locale="en-US"
          admin
        ></credits-auto-top-up>`,
      );
      await waitUntil(() => el.hasAttribute('not-offered'), 'never marked not offered');
      await el.updateComplete;
      await nextFrame();
      expect(server.callsTo('GET /auto-top-up')).to.have.length(1);
      expect($$(el, '*').filter((n) => n.localName !== 'style')).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(errors).to.have.length(0);
    } finally {
      document.removeEventListener('credits-error', listen);
    }
  });

  it('admin="false" set as a property (as React 19 does) is not an admin', async () => {
    const server = serve();
    const el = await fixture<CreditsAutoTopUp>(
      html`<credits-provider endpoint=${server.endpoint} locale="en-US" admin>
        <credits-auto-top-up .admin=${'false' as unknown as boolean}></credits-auto-top-up>
      </credits-provider>`,
    ).then((p) => p.querySelector('credits-auto-top-up')!);
    await waitUntil(() => has(el, '[part~="rule"]'));
    expect(el.admin).to.equal(false);
    expect(button(el, 'Change')).to.be.undefined;
    el.admin = '' as unknown as boolean;
    await el.updateComplete;
    expect(button(el, 'Change'), '"" is true').to.exist;
  });
});
