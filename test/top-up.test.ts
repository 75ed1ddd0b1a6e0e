import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreditsBalance } from '../src/components/balance/credits-balance.js';
import { roughDate, runway } from '../src/components/balance/runway.js';
import { amountProblem, bundleFor, creditsForPhotos } from '../src/components/top-up/bundles.js';
import type { CreditsTopUp } from '../src/components/top-up/credits-top-up.js';
import type { CreditsCheckoutDetail } from '../src/events/credits-checkout.js';
import '../src/index.js';
import { multiply, round } from '../src/internal/decimal.js';
import { checkoutHref } from '../src/internal/url.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import {
  fakeServer,
  restoreFetch,
  type FakeReply,
  type FakeServer,
  type RecordedRequest,
  type Route,
} from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';

const COST = { amount: '0.01875', currency: 'USD' };

function api(purchase?: Route): FakeServer {
  return fakeServer({
    'GET /balance': { body: { available: 12_480, costPerCredit: COST } },
    'GET /usage/monthly': { body: fx.monthly },
    ...(purchase ? { 'POST /purchases': purchase } : {}),
  });
}

async function dialog(server: FakeServer, admin = true): Promise<CreditsTopUp> {
  const el = await fixture<CreditsTopUp>(
    html`<credits-top-up
      endpoint=${server.endpoint}
      locale="en-US"
      ?admin=${admin}
    ></credits-top-up>`,
  );
  return el;
}

/** Opens the dialog and waits for the prices (the balance brings the cost per credit). */
async function openDialog(
  el: CreditsTopUp,
  opts: Parameters<CreditsTopUp['show']>[0] = {},
): Promise<void> {
  await el.show(opts);
  await waitUntil(() => text($$(el, '.bundle .price')[0]) !== '', 'no prices');
}

const button = (el: Element, label: string | RegExp) =>
  $$(el, 'button').find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  ) as HTMLButtonElement | undefined;
const bundles = (el: Element) =>
  $$(el, '.bundle').map((b) => [text(b.querySelector('.amount')), text(b.querySelector('.price'))]);

/** Chooses Another amount (the last choice), which shows its field. */
async function chooseAnother(el: CreditsTopUp): Promise<void> {
  ($$(el, 'input[name="bundle"]').at(-1) as HTMLInputElement).click();
  await el.updateComplete;
}

function type(el: Element, selector: string, value: string): void {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('exact money', () => {
  it('multiplies the contract decimal by whole credits without float artefacts', () => {
    expect(multiply('0.01875', 10_000)).to.equal('187.50000');
    expect(round(multiply('0.01875', 10_000), 2)).to.equal('187.50');
    expect(round(multiply('0.1', 3), 2)).to.equal('0.30');
    expect(0.1 * 3, 'what a float would say').to.not.equal(0.3);
    expect(round(multiply('0.0000001', 3_000_000), 2)).to.equal('0.30');
    expect(round(multiply('0.01875', 1_001), 2), 'halves round up').to.equal('18.77');
    expect(round(multiply('12345678901234.99', 1_000), 2)).to.equal('12345678901234990.00');
    expect(round('-1.005', 2)).to.equal('-1.01');
  });
});

describe('the top-up rules', () => {
  it('suggests the next event plus 10%, rounded up, never under 1,000', () => {
    expect(creditsForPhotos(2_000)).to.equal(2_200);
    expect(creditsForPhotos(1_234)).to.equal(1_358);
    expect(creditsForPhotos(300)).to.equal(1_000);
    expect(creditsForPhotos(0)).to.equal(1_000);
  });

  it('refuses an amount that is not a whole number of at least 1,000', () => {
    expect(amountProblem('999')).to.equal('Buy at least 1,000 credits.');
    expect(amountProblem('1500.5')).to.equal('Enter a whole number of credits.');
    expect(amountProblem('abc')).to.equal('Enter a whole number of credits.');
    expect(amountProblem('')).to.equal('Enter the number of credits.');
    expect(amountProblem('1,000')).to.equal(null);
    expect(amountProblem(' 25 000 ')).to.equal(null);
    expect(amountProblem('25.000'), 'German grouping').to.equal(null);
    expect(amountProblem('2,50'), 'a decimal comma is no grouping').to.equal(
      'Enter a whole number of credits.',
    );
  });

  it('picks the bundle that covers a month', () => {
    expect(bundleFor(800)).to.equal(1_000);
    expect(bundleFor(2_500)).to.equal(3_000);
    expect(bundleFor(40_000)).to.equal(10_000);
  });

  it('sends the page only to https checkouts, or http on a loopback host', () => {
    expect(checkoutHref('https://pay.example.com/c/1')).to.equal('https://pay.example.com/c/1');
    expect(checkoutHref('http://localhost:5173/checkout')).to.equal(
      'http://localhost:5173/checkout',
    );
    expect(checkoutHref('http://127.0.0.1/x')).to.equal('http://127.0.0.1/x');
    expect(checkoutHref('http://pay.example.com/c/1')).to.equal(null);
    expect(checkoutHref('javascript:alert(1)')).to.equal(null);
  });
});

describe('<credits-top-up>', () => {
  afterEach(restoreFetch);

  it('passes axe with the dialog open, on each step', async () => {
    const el = await dialog(api());
    await openDialog(el);
    await expectAccessibleInEveryScheme(el, 'the Credits step');
    button(el, 'Continue')!.click();
    await el.updateComplete;
    await expectAccessibleInEveryScheme(el, 'the review step');
  });

  it('has nothing for non-admins: no dialog, and show() does nothing', async () => {
    const el = await dialog(api(), false);
    await el.show();
    expect(has(el, 'dialog')).to.be.false;
  });

  it('offers the bundles with their prices at the cost per credit, and another amount', async () => {
    const el = await dialog(api());
    await openDialog(el);
    expect(bundles(el)).to.deep.equal([
      ['1,000 credits', '$18.75'],
      ['3,000 credits', '$56.25'],
      ['10,000 credits', '$187.50'],
      ['Another amount', ''],
    ]);
  });

  it('says what is wrong with a custom amount as it is typed, and refuses to continue', async () => {
    const el = await dialog(api());
    await openDialog(el);
    await chooseAnother(el);
    type(el, '#custom', '999');
    await el.updateComplete;
    expect(text($(el, '#custom-note'))).to.equal('Buy at least 1,000 credits.');
    expect($(el, '#custom')!.getAttribute('aria-invalid')).to.equal('true');
    button(el, 'Continue')!.click();
    await el.updateComplete;
    expect(has(el, '.review'), 'still on the Credits step').to.be.false;
    type(el, '#custom', '1500');
    await el.updateComplete;
    expect($(el, '#custom')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the amount field only once Another amount is chosen, keeping what was typed (item 12)', async () => {
    const el = await dialog(api());
    await openDialog(el);
    expect(has(el, '#custom'), 'a bundle is chosen: no field').to.be.false;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id, 'Tab leaves the bundles for the photos').to.equal(
      'photos',
    );
    await chooseAnother(el);
    type(el, '#custom', '2500');
    await el.updateComplete;
    ($$(el, 'input[name="bundle"]')[0] as HTMLInputElement).click();
    await el.updateComplete;
    expect(has(el, '#custom'), 'a bundle again: no field').to.be.false;
    await chooseAnother(el);
    expect(($(el, '#custom') as HTMLInputElement).value).to.equal('2500');
  });

  it('says the minimum beside the amount field only, not beside Another amount (item 12)', async () => {
    const el = await dialog(api());
    await openDialog(el);
    const another = $$(el, '.bundle').at(-1)!;
    expect(text(another.querySelector('.suits'))).to.equal(
      'Exactly as many as your next event needs',
    );
    await chooseAnother(el);
    expect(text($(el, '#custom-note'))).to.equal(
      'A whole number, at least 1,000. Credits never expire.',
    );
  });

  it('keeps its top where it opened, from one step to the next (item 12)', async () => {
    const el = await dialog(api());
    await openDialog(el);
    const top = () => Math.round($(el, 'dialog')!.getBoundingClientRect().top);
    const first = top();
    await chooseAnother(el);
    expect(top(), 'with the amount field').to.equal(first);
    ($$(el, 'input[name="bundle"]')[1] as HTMLInputElement).click();
    await el.updateComplete;
    button(el, 'Continue')!.click();
    await el.updateComplete;
    expect(has(el, '.review'), 'on the review step').to.be.true;
    expect(top(), 'on the review step, though shorter').to.equal(first);
  });

  it('turns the photos of the next event into credits plus 10%', async () => {
    const el = await dialog(api());
    await openDialog(el);
    type(el, '#photos', '4000');
    await el.updateComplete;
    expect(text($(el, '#photos-note'))).to.contain('4,400 credits');
    button(el, 'Use 4,400 credits')!.click();
    await el.updateComplete;
    expect(($(el, '#custom') as HTMLInputElement).value).to.equal('4400');
  });

  it('reviews the credits, the cost per credit, the exact total and the balance after', async () => {
    const el = await dialog(api());
    await openDialog(el, { credits: 10_000 });
    button(el, 'Continue')!.click();
    await el.updateComplete;
    const pairs = $$(el, '.review dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(pairs).to.deep.equal([
      ['Credits', '10,000'],
      ['Cost per credit', '$0.01875'],
      ['Total', '$187.50 (USD)'],
      ['Balance after purchase', '22,480 credits'],
    ]);
    expect(text($(el, '.body'))).to.contain('Taxes, where they apply, are added at checkout.');
    expect(button(el, 'Pay $187.50')).to.not.equal(undefined);
  });

  it('names the currency after the total only where its symbol is shared ($, not $US)', async () => {
    const el = await fixture<CreditsTopUp>(
      html`<credits-top-up endpoint=${api().endpoint} locale="fr-FR" admin></credits-top-up>`,
    );
    await openDialog(el, { credits: 10_000 });
    ($(el, '.btn-primary') as HTMLButtonElement).click();
    await waitUntil(() => has(el, '.review .total'), 'no review');
    const total = text($(el, '.review .total'));
    const french = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'USD' });
    expect(total).to.equal(french.format(187.5));
    expect(total).to.not.contain('(USD)');
  });

  it('posts once however often Pay is pressed, then fires credits-checkout', async () => {
    const server = api({
      status: 201,
      body: { checkoutUrl: 'https://pay.example.com/c/9', orderId: 'o_9' },
      delay: 50,
    });
    const el = await dialog(server);
    await openDialog(el, { credits: 3_000 });
    button(el, 'Continue')!.click();
    await el.updateComplete;
    const pay = button(el, /^Pay /)!;
    const checkout = oneEvent(el, 'credits-checkout');
    el.addEventListener('credits-checkout', (e) => e.preventDefault(), { once: true });
    pay.click();
    pay.click();
    await el.updateComplete;
    pay.click();
    const event = await checkout;
    expect(event.detail).to.deep.equal({
      checkoutUrl: 'https://pay.example.com/c/9',
      orderId: 'o_9',
    });
    expect(event.cancelable).to.be.true;
    expect(server.callsTo('POST /purchases')).to.have.length(1);
    expect(server.callsTo('POST /purchases')[0]!.body).to.deep.equal({ credits: 3_000 });
    await waitUntil(() => !el.open, 'a host that takes the checkout closes the dialog');
  });

  it("shows the server's 422 on the Credits step, with the amount kept", async () => {
    const server = api({
      status: 422,
      body: { error: { code: 'too_large', message: 'At most 500,000.' } },
    });
    const el = await dialog(server);
    await openDialog(el, { credits: 600_000 });
    button(el, 'Continue')!.click();
    await el.updateComplete;
    button(el, /^Pay /)!.click();
    await waitUntil(() => has(el, '#custom'), 'not back on the Credits step');
    expect(text($(el, '[role="alert"]'))).to.equal('At most 500,000.');
    expect(($(el, '#custom') as HTMLInputElement).value).to.equal('600000');
  });

  it('says only admins can buy on a 403', async () => {
    const el = await dialog(api(fx.errorReply(403, 'forbidden')));
    await openDialog(el);
    button(el, 'Continue')!.click();
    await el.updateComplete;
    button(el, /^Pay /)!.click();
    await waitUntil(() => has(el, '[role="alert"]'));
    expect(text($(el, '[role="alert"]'))).to.equal(
      'Only admins of your organisation can buy credits.',
    );
  });

  it('lets the user try again after a network failure, the choice kept', async () => {
    const server = api({ networkError: true });
    const el = await dialog(server);
    await openDialog(el, { credits: 10_000 });
    button(el, 'Continue')!.click();
    await el.updateComplete;
    button(el, /^Pay /)!.click();
    await waitUntil(() => has(el, '[role="alert"]'));
    expect(text($(el, '[role="alert"]'))).to.contain('press Pay to try again');
    server.on('POST /purchases', {
      status: 201,
      body: { checkoutUrl: 'https://pay.example.com/c/1' },
    });
    el.addEventListener('credits-checkout', (e) => e.preventDefault(), { once: true });
    const checkout = oneEvent(el, 'credits-checkout');
    button(el, 'Pay $187.50')!.click();
    await checkout;
    expect(server.callsTo('POST /purchases').map((c) => c.body)).to.deep.equal([
      { credits: 10_000 },
      { credits: 10_000 },
    ]);
  });

  it('is modal: closes on Escape and gives the focus back to what opened it', async () => {
    const server = api();
    const wrapper = await fixture(
      html`<div>
        <button id="opener">Open</button>
        <credits-top-up endpoint=${server.endpoint} admin></credits-top-up>
      </div>`,
    );
    const el = wrapper.querySelector('credits-top-up')!;
    const opener = wrapper.querySelector('button')!;
    opener.focus();
    await openDialog(el);
    expect(($(el, 'dialog') as HTMLDialogElement).matches(':modal')).to.be.true;
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('bundle');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open, 'Escape did not close it');
    expect(document.activeElement === opener, 'focus back on the opener').to.be.true;
  });

  it('has a labelled Close button that closes it and gives the focus back to the opener (item 12)', async () => {
    const server = api();
    const wrapper = await fixture(
      html`<div>
        <button id="opener">Open</button>
        <credits-top-up endpoint=${server.endpoint} locale="de-DE" admin></credits-top-up>
      </div>`,
    );
    const el = wrapper.querySelector('credits-top-up')!;
    const opener = wrapper.querySelector('button')!;
    opener.focus();
    await openDialog(el);
    const close = $(el, '[part~="close-button"]') as HTMLButtonElement;
    await waitUntil(() => close.getAttribute('aria-label') === 'Schließen', 'not in German');
    expect(close.closest('dialog'), 'inside the dialog').to.exist;
    close.click();
    await waitUntil(() => !el.open, 'Close did not close it');
    expect(document.activeElement === opener, 'focus back on the opener').to.be.true;
  });
});

describe('dismissing the dialog while Pay is under way', () => {
  afterEach(() => {
    restoreFetch();
    location.hash = '';
  });

  /** A checkout on this very page: going there changes only `location.hash`, which a test reads. */
  const checkoutHere = (orderId: string) => new URL(`#checkout-${orderId}`, location.href).href;

  /** A POST /purchases reply with a checkout on this page, sent only once the test calls `answer()`. */
  function heldPurchase(orderId: string) {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const reply: FakeReply = {
      status: 201,
      body: { checkoutUrl: checkoutHere(orderId), orderId },
      until: answered,
    };
    return { reply, answer, answered };
  }

  /** What every credits-checkout the element fires from now on carries. */
  function checkouts(el: CreditsTopUp): CreditsCheckoutDetail[] {
    const fired: CreditsCheckoutDetail[] = [];
    el.addEventListener('credits-checkout', (e) => fired.push(e.detail));
    return fired;
  }

  /** Opens the dialog at 3,000 credits and presses Pay; resolves once the POST is under way. */
  async function pay(el: CreditsTopUp, server: FakeServer): Promise<RecordedRequest> {
    const before = server.callsTo('POST /purchases').length;
    await openDialog(el, { credits: 3_000 });
    button(el, 'Continue')!.click();
    await el.updateComplete;
    button(el, 'Pay $56.25')!.click();
    await waitUntil(() => server.callsTo('POST /purchases').length > before, 'Pay sent nothing');
    await el.updateComplete;
    expect(text($(el, '.actions .btn-primary'))).to.equal('Starting the payment…');
    return server.callsTo('POST /purchases').at(-1)!;
  }

  /** The request ended one way or the other: a checkout, or aborted. */
  const settled = (fired: unknown[], request: RecordedRequest) =>
    waitUntil(
      () => fired.length > 0 || request.signal?.aborted,
      'the purchase neither went to checkout nor was aborted',
    );

  it('Escape while Pay is under way abandons the purchase: no checkout event, no navigation', async () => {
    const purchase = heldPurchase('o_1');
    const server = api(purchase.reply);
    const el = await dialog(server);
    const fired = checkouts(el);
    const request = await pay(el, server);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open, 'Escape did not close the dialog');
    purchase.answer();
    await settled(fired, request);
    expect(fired, 'credits-checkout after Escape').to.deep.equal([]);
    expect(location.hash, 'the page went to checkout after Escape').to.equal('');
    expect(request.signal?.aborted, 'the request was not aborted').to.be.true;
  });

  it('Back then Cancel while Pay is under way abandons the purchase', async () => {
    const purchase = heldPurchase('o_1');
    const server = api(purchase.reply);
    const el = await dialog(server);
    const fired = checkouts(el);
    const request = await pay(el, server);
    button(el, 'Back')!.click();
    await el.updateComplete;
    button(el, 'Cancel')!.click();
    await waitUntil(() => !el.open, 'Cancel did not close the dialog');
    purchase.answer();
    await settled(fired, request);
    expect(fired, 'credits-checkout after Cancel').to.deep.equal([]);
    expect(location.hash, 'the page went to checkout after Cancel').to.equal('');
    expect(request.signal?.aborted, 'the request was not aborted').to.be.true;
  });

  it('Back while Pay is under way abandons the purchase: the dialog stays open on the amount', async () => {
    const purchase = heldPurchase('o_1');
    const server = api(purchase.reply);
    const el = await dialog(server);
    const fired = checkouts(el);
    const request = await pay(el, server);
    button(el, 'Back')!.click();
    await el.updateComplete;
    purchase.answer();
    await settled(fired, request);
    expect(fired, 'credits-checkout after Back').to.deep.equal([]);
    expect(location.hash, 'the page went to checkout after Back').to.equal('');
    expect(request.signal?.aborted, 'the request was not aborted').to.be.true;
    expect(el.open, 'Back closed the dialog').to.be.true;
  });

  it('removing the element while Pay is under way abandons the purchase', async () => {
    const purchase = heldPurchase('o_1');
    const server = api(purchase.reply);
    const el = await dialog(server);
    const fired = checkouts(el);
    const request = await pay(el, server);
    el.remove();
    purchase.answer();
    await settled(fired, request);
    expect(fired, 'credits-checkout from a removed element').to.deep.equal([]);
    expect(location.hash, 'a removed element sent the page to checkout').to.equal('');
    expect(request.signal?.aborted, 'the request was not aborted').to.be.true;
  });

  it('closing the dialog just as the server answers goes nowhere; the next Pay reaches checkout', async () => {
    const purchase = heldPurchase('o_1');
    const server = api(purchase.reply);
    const el = await dialog(server);
    const fired = checkouts(el);
    await pay(el, server);
    // Registered after the fake server's own wait on the same promise, so the dialog closes
    // once the answer has been handed to the client, before the element has acted on it; and
    // closes as Escape does, the dialog's own close request, whose close event comes a task later.
    const native = $(el, 'dialog') as HTMLDialogElement;
    void purchase.answered.then(() => native.requestClose());
    purchase.answer();
    await waitUntil(() => !el.open, 'the close request did not close the dialog');
    server.on('POST /purchases', {
      status: 201,
      body: { checkoutUrl: checkoutHere('o_2'), orderId: 'o_2' },
    });
    const checkout = oneEvent(el, 'credits-checkout');
    await pay(el, server);
    // By now the first answer, sent before this second request, has long been handled.
    await checkout;
    expect(fired.map((d) => d.orderId)).to.deep.equal(['o_2']);
    expect(location.hash, 'the second purchase goes to its checkout').to.equal('#checkout-o_2');
    expect(server.callsTo('POST /purchases')).to.have.length(2);
  });
});

describe('Purchase Credits in the balance', () => {
  afterEach(restoreFetch);

  async function balance(server: FakeServer, attrs = 'admin'): Promise<CreditsBalance> {
    const wrapper = await fixture(html`<div></div>`);
    const holder = document.createElement('template');
    holder.innerHTML = `<credits-balance endpoint="${server.endpoint}" locale="en-US" ${attrs}></credits-balance>`;
    wrapper.append(holder.content);
    const el = wrapper.querySelector('credits-balance')!;
    await waitUntil(() => has(el, '[part~="value"]'));
    return el;
  }

  it('opens the top-up dialog when the host neither cancels it nor set a purchase-href', async () => {
    const el = await balance(api());
    ($(el, '[part~="purchase-button"]') as HTMLButtonElement).click();
    const topUp = () => $(el, 'credits-top-up') as CreditsTopUp | null;
    await waitUntil(() => topUp()?.open, 'the dialog did not open');
  });

  it('leaves it to a host that cancels credits-purchase', async () => {
    const el = await balance(api());
    el.addEventListener('credits-purchase', (e) => e.preventDefault(), { once: true });
    ($(el, '[part~="purchase-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(has(el, 'credits-top-up')).to.be.false;
  });
});

describe('the runway', () => {
  afterEach(restoreFetch);
  const months = (values: number[]) =>
    values.map((credits, i) => ({
      month: `2026-${String(8 + i).padStart(2, '0')}`,
      credits,
      transactions: 1,
      current: i === values.length - 1,
    }));

  it('reads the pace of the finished months and when the credits run out', () => {
    const now = new Date(2026, 10, 25);
    const r = runway(9_400, months([4_600, 4_800, 4_700, 900]), now)!;
    expect(Math.round(r.perMonth)).to.equal(4_700);
    expect(r.months).to.equal(2);
    expect(roughDate(r.until!, 'en-US', now)).to.equal('late January 2027');
    expect(r.warning).to.be.false;
    expect(runway(2_000, months([4_600, 4_800, 4_700, 900]), now)!.warning).to.be.true;
  });

  it('says nothing with too little history, no usage, or nothing left', () => {
    expect(runway(9_400, months([4_600, 900]))).to.equal(null);
    expect(runway(9_400, months([0, 0, 0, 0]))).to.equal(null);
    expect(runway(0, months([4_600, 4_800, 4_700, 900]))).to.equal(null);
  });

  it('shows on the balance, and under a month leads admins to the top-up with a bundle', async () => {
    const server = fakeServer({
      'GET /balance': { body: { available: 2_000, costPerCredit: COST } },
      'GET /usage/monthly': { body: { months: months([4_600, 4_800, 4_700, 900]) } },
    });
    const el = await fixture<CreditsBalance>(
      html`<credits-balance endpoint=${server.endpoint} locale="en-US" admin></credits-balance>`,
    );
    await waitUntil(() => has(el, '[part~="runway"]'), 'no runway line');
    expect(text($(el, '[part~="runway"]'))).to.match(
      /^At your recent pace \(about 4,700 credits a month\), this lasts until (early|mid-|late) ?\w+/,
    );
    expect($(el, '[part~="runway"]')!.classList.contains('notice')).to.be.true;
    button(el, 'Top up 10,000 credits')!.click();
    await waitUntil(() => ($(el, 'credits-top-up') as CreditsTopUp | null)?.open);
    await expectAccessibleInEveryScheme(el, 'opened from the runway');
  });
});

describe('the runway warning offers automatic top-ups and alerts to admins', () => {
  afterEach(restoreFetch);
  const short = () =>
    fakeServer({
      'GET /balance': { body: { available: 2_000, costPerCredit: COST } },
      'GET /usage/monthly': {
        body: {
          months: [4_600, 4_800, 4_700, 900].map((credits, i) => ({
            month: `2026-${String(8 + i).padStart(2, '0')}`,
            credits,
            transactions: 1,
            current: i === 3,
          })),
        },
      },
    });
  const link = (el: CreditsBalance) => $(el, '[part~="auto-top-up-link"]') as HTMLElement | null;

  it('links to auto-top-up-href, announcing credits-view-auto-top-up first', async () => {
    const server = short();
    const el = await fixture<CreditsBalance>(
      html`<credits-balance
        endpoint=${server.endpoint}
        locale="en-US"
        admin
        auto-top-up-href="https://app.example/settings/credits"
      ></credits-balance>`,
    );
    await waitUntil(() => link(el), 'no link in the runway warning');
    const a = link(el)!;
    expect(a.localName).to.equal('a');
    expect(a.getAttribute('href')).to.equal('https://app.example/settings/credits');
    expect(text(a)).to.equal('Set up automatic top-ups and alerts');
    let detail: unknown;
    el.addEventListener('credits-view-auto-top-up', (e) => {
      detail = e.detail;
      e.preventDefault(); // the host routes in-app: the page stays
    });
    a.click();
    expect(detail).to.deep.equal({ href: 'https://app.example/settings/credits' });
  });

  it('is a button firing the event when the page shows them nearby (the dashboard), never for non-admins', async () => {
    const server = short();
    const el = await fixture<CreditsBalance>(
      html`<credits-balance endpoint=${server.endpoint} locale="en-US" admin></credits-balance>`,
    );
    await waitUntil(() => has(el, '[part~="runway"]'));
    expect(link(el), 'neither an href nor nearby: no link').to.equal(null);
    el.autoTopUpNearby = true;
    await el.updateComplete;
    expect(link(el)!.localName).to.equal('button');
    const fired = oneEvent(el, 'credits-view-auto-top-up');
    link(el)!.click();
    expect((await fired).detail).to.deep.equal({ href: null });
    el.admin = false;
    el.autoTopUpHref = 'https://app.example/settings/credits';
    await el.updateComplete;
    expect(link(el), 'not for non-admins').to.equal(null);
    expect(text($(el, '[part~="runway"]'))).to.include('Ask an admin to top up.');
  });

  it('offers no link for an auto-top-up-href that is not http(s)', async () => {
    const server = short();
    const el = await fixture<CreditsBalance>(
      html`<credits-balance
        endpoint=${server.endpoint}
        locale="en-US"
        admin
        auto-top-up-href="javascript:alert(1)"
      ></credits-balance>`,
    );
    await waitUntil(() => has(el, '[part~="runway"]'));
    expect(link(el), 'a javascript: href leads nowhere').to.equal(null);
  });
});

describe('fresh numbers after paying', () => {
  afterEach(restoreFetch);

  it('revalidates when the tab comes back, keeping the figure on screen meanwhile', async () => {
    const server = api();
    const el = await fixture<CreditsBalance>(
      html`<credits-balance endpoint=${server.endpoint} locale="en-US"></credits-balance>`,
    );
    await waitUntil(() => has(el, '[part~="value"]'));
    server.on('GET /balance', { body: { available: 22_480 }, delay: 100 });
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(text($(el, '[part~="value"]')), 'no loading flash').to.equal('12,480');
    expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => text($(el, '[part~="value"]')) === '22,480', 'never revalidated');
    expect(server.callsTo('GET /balance')).to.have.length(2);
  });

  it('polls every refresh-interval seconds', async () => {
    const server = api();
    const el = await fixture<CreditsBalance>(
      html`<credits-balance endpoint=${server.endpoint} refresh-interval="1.2"></credits-balance>`,
    );
    await waitUntil(() => has(el, '[part~="value"]'));
    server.on('GET /balance', { body: { available: 1 } });
    await waitUntil(() => text($(el, '[part~="value"]')) === '1', 'never polled', {
      timeout: 3000,
    });
  });
});
