import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CreditsBilling } from '../src/components/billing/credits-billing.js';
import type { CreditsBillingDetails } from '../src/components/billing-details/credits-billing-details.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import * as ar from '../src/i18n/locales/ar/billing.js';
import * as de from '../src/i18n/locales/de/billing.js';
import * as es from '../src/i18n/locales/es/billing.js';
import * as frBilling from '../src/i18n/locales/fr/billing.js';
import * as hi from '../src/i18n/locales/hi/billing.js';
import * as ptBR from '../src/i18n/locales/pt-BR/billing.js';
import { runStateTests } from './shared/element-states.js';

runStateTests({
  tag: 'credits-billing-details',
  title: 'Billing Details',
  route: 'GET /billing-details',
  data: fx.billingDetails,
  broken: {
    body: { companyName: 'Lumen' },
    issue: 'email is missing',
  },
  method: 'getBillingDetails',
  dataSelector: '[part~="details"]',
});

async function mount(server: FakeServer, admin = false): Promise<CreditsBillingDetails> {
  const el = await fixture<CreditsBillingDetails>(
    html`<credits-billing-details
      endpoint=${server.endpoint}
      locale="en-US"
      ?admin=${admin}
    ></credits-billing-details>`,
  );
  await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('aria-busy') === 'false');
  return el;
}

const serve = (extra = {}) =>
  fakeServer({ 'GET /billing-details': { body: fx.billingDetails }, ...extra });
const field = (el: Element, path: string) =>
  $(el, `[name="${path}"]`) as HTMLInputElement | HTMLSelectElement;
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;

async function openForm(el: CreditsBillingDetails): Promise<void> {
  button(el, 'Edit')!.click();
  await waitUntil(() => has(el, 'form'), 'the form never opened');
}

function type(el: Element, path: string, value: string): void {
  const input = field(el, path);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

describe('<credits-billing-details>', () => {
  afterEach(restoreFetch);

  it('passes axe with its form open', async () => {
    const el = await mount(serve(), true);
    await openForm(el);
    await expectAccessibleInEveryScheme(el, 'the form open');
  });

  it('shows the details read-only: who is billed, email, phone, address with the country named', async () => {
    const el = await mount(serve());
    const pairs = $$(el, 'dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(pairs).to.deep.equal([
      ['Billed to', 'Lumen Events Pvt Ltd Asha Verma'],
      ['Email', 'billing@lumen.example'],
      ['Phone', 'Not set'],
      ['Address', '12 MG Road Bengaluru 560001 India'],
      ['Tax ID', 'Not set'],
    ]);
  });

  it('writes a German address "10115 Berlin" and a US one "City, ST ZIP" (item 13)', async () => {
    const berlin = {
      ...fx.billingDetails,
      address: {
        line1: 'Invalidenstraße 116',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    };
    let el = await mount(fakeServer({ 'GET /billing-details': { body: berlin } }));
    const address = () =>
      $$(el, 'dt').find((dt) => text(dt) === 'Address')!.nextElementSibling!.textContent;
    expect(address()).to.equal('Invalidenstraße 116\n10115 Berlin\nGermany');
    restoreFetch();
    const us = {
      ...fx.billingDetails,
      address: {
        line1: '1600 Amphitheatre Pkwy',
        city: 'Mountain View',
        state: 'CA',
        postalCode: '94043',
        country: 'US',
      },
    };
    el = await mount(fakeServer({ 'GET /billing-details': { body: us } }));
    expect(address()).to.equal('1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUnited States');
  });

  it('asks for the country first, then the place fields in its order, keeping what was typed (item 13)', async () => {
    const el = await mount(serve(), true);
    await openForm(el);
    const order = () =>
      $$(el, '[name^="address."]').map((c) => c.getAttribute('name')!.slice('address.'.length));
    expect(order()).to.deep.equal(['country', 'line1', 'line2', 'city', 'state', 'postalCode']);
    type(el, 'address.city', 'Berlin');
    type(el, 'address.postalCode', '10115');
    type(el, 'address.country', 'DE');
    await el.updateComplete;
    expect(order()).to.deep.equal(['country', 'line1', 'line2', 'postalCode', 'city', 'state']);
    expect(field(el, 'address.postalCode').value).to.equal('10115');
    expect(field(el, 'address.city').value).to.equal('Berlin');
    const postal = field(el, 'address.postalCode');
    expect(text(el.shadowRoot!.querySelector(`label[for="${postal.id}"]`))).to.equal('Postal code');
  });

  it('groups the form as a person fills it in: billed to, contact, address, tax', async () => {
    const el = await mount(serve(), true);
    await openForm(el);
    const groups = $$(el, 'form fieldset').map((set) => [
      text(set.querySelector('legend')),
      [...set.querySelectorAll('input, select')].map((c) => c.getAttribute('name')),
    ]);
    expect(groups).to.deep.equal([
      ['Billed to', ['companyName', 'name']],
      ['Contact', ['email', 'phone']],
      [
        'Address',
        [
          'address.country',
          'address.line1',
          'address.line2',
          'address.city',
          'address.state',
          'address.postalCode',
        ],
      ],
      ['Tax', ['taxId']],
    ]);
  });

  it('lays the address out whole where the form is wide: each street line on a row of its own, the place on one row', async () => {
    const el = await mount(serve(), true);
    el.style.width = '48rem';
    await openForm(el);
    const box = (path: string) => field(el, path).getBoundingClientRect();
    const row = (paths: string[]) => new Set(paths.map((p) => Math.round(box(p).top))).size === 1;
    expect(row(['companyName', 'name']), 'who: one row').to.be.true;
    expect(row(['email', 'phone']), 'contact: one row').to.be.true;
    expect(row(['address.city', 'address.state', 'address.postalCode']), 'the place: one row').to.be
      .true;
    const sets = $$(el, 'form fieldset');
    const address = sets[2]!.getBoundingClientRect();
    for (const line of ['address.line1', 'address.line2']) {
      expect(Math.round(box(line).width), `${line} spans its group`).to.equal(
        Math.round(address.width),
      );
    }
    expect(box('address.line2').top).to.be.above(box('address.line1').bottom);
    expect(box('address.city').top).to.be.above(box('address.line2').bottom);
    // Tax comes after the address, in a group of its own.
    expect(box('taxId').top).to.be.above(box('address.postalCode').bottom);
    expect(sets[3]!.contains(field(el, 'taxId'))).to.be.true;
  });

  it('puts one field on each line in a phone-wide form, in the order of the groups', async () => {
    const el = await mount(serve(), true);
    el.style.width = '320px';
    await openForm(el);
    const tops = $$(el, 'form input, form select').map((c) => c.getBoundingClientRect());
    for (let i = 1; i < tops.length; i++) {
      expect(tops[i]!.top, `field ${i} below field ${i - 1}`).to.be.above(tops[i - 1]!.bottom);
    }
  });

  it('never shows Edit or the form to non-admins', async () => {
    const el = await mount(serve());
    expect(button(el, 'Edit')).to.be.undefined;
    await el.edit();
    expect(has(el, 'form')).to.be.false;
  });

  it('gives the form labelled fields with autofill tokens, and a country select named by the browser', async () => {
    const el = await mount(serve(), true);
    await openForm(el);
    const tokens = $$(el, 'input, select').map((c) => [
      text(el.shadowRoot!.querySelector(`label[for="${c.id}"]`)),
      c.getAttribute('autocomplete'),
    ]);
    expect(tokens).to.deep.include(['Email *', 'email']);
    expect(tokens).to.deep.include(['Postal code', 'postal-code']);
    expect(tokens).to.deep.include(['Company name', 'organization']);
    const country = field(el, 'address.country') as HTMLSelectElement;
    expect(country.value).to.equal('IN');
    expect(text(country.selectedOptions[0])).to.equal('India');
    expect(country.options.length, 'every country the browser knows').to.be.greaterThan(200);
    expect(field(el, 'email').getAttribute('aria-required')).to.equal('true');
    expect(text($(el, 'form .note'))).to.contain('past invoices keep the details');
  });

  it('fits its form in a phone-wide container (the country select included)', async () => {
    const el = await mount(serve(), true);
    el.style.width = '320px';
    await openForm(el);
    const base = $(el, '[part~="base"]') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const right = base.getBoundingClientRect().right;
    for (const control of $$(el, 'input, select')) {
      expect(control.getBoundingClientRect().right).to.be.at.most(right);
    }
  });

  it('gives the focus back to Edit when the form is cancelled, by button or Escape', async () => {
    const el = await mount(serve(), true);
    await openForm(el);
    button(el, 'Cancel')!.click();
    await waitUntil(() => !has(el, 'form'));
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part~="edit-button"]'));
    await openForm(el);
    field(el, 'name').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await waitUntil(() => !has(el, 'form'), 'Escape did not close the form');
  });

  it('checks the email itself, in each of the seven languages, beside the field (item 12)', async () => {
    const catalogues: Record<string, Record<string, unknown>> = {
      ar: ar.default,
      de: de.default,
      es: es.default,
      fr: frBilling.default,
      hi: hi.default,
      'pt-BR': ptBR.default,
    };
    for (const locale of ['en', 'ar', 'de', 'es', 'fr', 'hi', 'pt-BR']) {
      const server = serve({ 'PUT /billing-details': { body: fx.billingDetails } });
      const el = await fixture<CreditsBillingDetails>(
        html`<credits-billing-details
          endpoint=${server.endpoint}
          locale=${locale}
          admin
        ></credits-billing-details>`,
      );
      await waitUntil(() => $(el, '[part~="edit-button"]'), `${locale}: no Edit`);
      await el.edit();
      const form = $(el, 'form') as HTMLFormElement;
      expect(form.noValidate, `${locale}: the browser's bubbles are off`).to.be.true;
      type(el, 'name', 'Asha Verma');
      type(el, 'email', '  ');
      ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
      const email = field(el, 'email');
      await waitUntil(() => email.getAttribute('aria-invalid') === 'true', `${locale}: no check`);
      const expected =
        locale === 'en'
          ? 'Enter the email address invoices are sent to.'
          : (catalogues[locale]!['billingDetails.emailRequired'] as string);
      if (locale !== 'en') expect(expected).to.not.contain('Enter the email');
      const described = el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!);
      expect(text(described), locale).to.equal(expected);
      expect(el.shadowRoot!.activeElement, `${locale}: focus on the email`).to.equal(email);
      expect(email.getAttribute('aria-required')).to.equal('true');
      expect(field(el, 'name').value, `${locale}: nothing typed is lost`).to.equal('Asha Verma');
      expect(server.callsTo('PUT /billing-details'), `${locale}: nothing sent`).to.have.length(0);
      restoreFetch();
    }
  });

  it('says an email is not an address, and takes the message away once it is (item 12)', async () => {
    const server = serve({ 'PUT /billing-details': { body: fx.billingDetails } });
    const el = await mount(server, true);
    await openForm(el);
    type(el, 'email', 'not an email');
    button(el, 'Save')!.click();
    await waitUntil(() => has(el, '.field-error'), 'no message');
    expect(text($(el, '.field-error'))).to.equal('Enter an email address like name@example.com.');
    expect(server.callsTo('PUT /billing-details')).to.have.length(0);
    el.locale = 'de';
    await waitUntil(
      () => text($(el, '.field-error')) === de.default['billingDetails.emailInvalid'],
      'the message did not follow the language',
    );
    expect(field(el, 'email').value, 'still what was typed').to.equal('not an email');
    el.locale = 'en-US';
    await waitUntil(() => button(el, 'Save'), 'back in English');
    type(el, 'email', 'billing@lumen.example');
    await el.updateComplete;
    expect(has(el, '.field-error'), 'fixed: the message goes').to.be.false;
    expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    button(el, 'Save')!.click();
    await waitUntil(() => server.callsTo('PUT /billing-details').length === 1, 'never sent');
  });

  it('puts each 422 message beside its field, focuses the first, and keeps what was typed', async () => {
    const server = serve({
      'PUT /billing-details': {
        status: 422,
        body: {
          error: {
            code: 'invalid',
            message: 'Some fields need attention.',
            fields: { taxId: 'Not a valid GSTIN.', 'address.postalCode': 'Six digits, please.' },
          },
        },
      },
    });
    const el = await mount(server, true);
    await openForm(el);
    type(el, 'taxId', '12AB');
    type(el, 'address.postalCode', '5600');
    button(el, 'Save')!.click();
    await waitUntil(() => has(el, '.field-error'), 'no field messages');
    const postal = field(el, 'address.postalCode');
    expect(postal.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = postal.getAttribute('aria-describedby')!;
    expect(text(el.shadowRoot!.getElementById(describedBy))).to.equal('Six digits, please.');
    expect(field(el, 'taxId').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement === postal, 'focus on the first invalid field').to.be.true;
    expect(field(el, 'taxId').value).to.equal('12AB');
    expect(postal.value).to.equal('5600');
    expect(server.callsTo('PUT /billing-details')[0]!.body).to.deep.include({ taxId: '12AB' });
    await expectAccessibleInEveryScheme(el, 'the form with field errors');
  });

  it('keeps what was typed when saving fails for another reason', async () => {
    const server = serve({ 'PUT /billing-details': fx.errorReply(503, 'Try again shortly') });
    const el = await mount(server, true);
    await openForm(el);
    type(el, 'phone', '+91 80 1234 5678');
    button(el, 'Save')!.click();
    await waitUntil(() => has(el, 'form [role="alert"]'));
    expect(text($(el, 'form [role="alert"]'))).to.equal('Try again shortly');
    expect(field(el, 'phone').value).to.equal('+91 80 1234 5678');
  });

  it('saves with PUT, shows the details saved and says past invoices keep theirs', async () => {
    const saved = { ...fx.billingDetails, phone: '+91 80 1234 5678' };
    const server = serve({ 'PUT /billing-details': { body: saved } });
    const el = await mount(server, true);
    await openForm(el);
    type(el, 'phone', ' +91 80 1234 5678 ');
    type(el, 'address.line2', '');
    button(el, 'Save')!.click();
    await waitUntil(() => has(el, '[role="status"]'), 'never saved');
    expect(server.callsTo('PUT /billing-details')[0]!.body).to.deep.equal(saved);
    expect(has(el, 'form')).to.be.false;
    expect(text($(el, '[role="status"]'))).to.contain('past invoices keep the details');
    await waitUntil(() => $$(el, 'dd').some((dd) => text(dd) === '+91 80 1234 5678'));
    expect(el.shadowRoot!.activeElement === $(el, '[part~="edit-button"]')).to.be.true;
  });
});

describe('<credits-billing>', () => {
  afterEach(restoreFetch);

  const waiting = {
    ...fx.payment,
    status: 'completed',
    invoice: { status: 'waiting_for_billing' },
  };

  async function mountBilling(admin: boolean, server = serveBilling()): Promise<CreditsBilling> {
    const el = await fixture<CreditsBilling>(
      html`<credits-billing
        endpoint=${server.endpoint}
        locale="en-US"
        ?admin=${admin}
      ></credits-billing>`,
    );
    const payments = el.shadowRoot!.querySelector('credits-payments')!;
    await waitUntil(() => $$(payments, 'tbody tr[part~="row"]').length === 1);
    await waitUntil(() => text($(payments, 'tbody td[data-label="Action"]')).startsWith('Invoice'));
    return el;
  }

  function serveBilling(): FakeServer {
    return fakeServer({
      'GET /payments': { body: { items: [waiting], nextCursor: null } },
      'GET /billing-details': { body: fx.billingDetailsNoAddress },
    });
  }

  const parts = (el: CreditsBilling) => ({
    payments: el.shadowRoot!.querySelector('credits-payments')!,
    details: el.shadowRoot!.querySelector('credits-billing-details')!,
  });

  it("opens the billing details form from an invoice's Complete billing details", async () => {
    const el = await mountBilling(true);
    const { payments, details } = parts(el);
    button(payments, 'Complete billing details')!.click();
    await waitUntil(() => has(details, 'form'), 'the form never opened');
    await waitUntil(() => details.shadowRoot!.activeElement?.tagName === 'INPUT');
    await expectAccessibleInEveryScheme(el, 'the form opened from an invoice');
  });

  it('makes the invoice downloadable once the missing address is saved from the row', async () => {
    const server = serveBilling();
    let saved: unknown = null;
    server.on('PUT /billing-details', (request) => {
      saved = request.body;
      return { body: request.body };
    });
    // The server issues the invoice once the details hold an address.
    server.on('GET /payments', () => ({
      body: {
        items: [
          saved
            ? {
                ...waiting,
                invoice: { status: 'available', number: 'INV-7', url: 'https://example.com/7.pdf' },
              }
            : waiting,
        ],
        nextCursor: null,
      },
    }));
    const el = await mountBilling(true, server);
    const { payments, details } = parts(el);
    button(payments, 'Complete billing details')!.click();
    await waitUntil(() => has(details, 'form'), 'the form never opened');
    type(details, 'address.country', 'IN');
    type(details, 'address.line1', '12 MG Road');
    type(details, 'address.city', 'Bengaluru');
    button(details, 'Save')!.click();
    await waitUntil(
      () => has(payments, 'a[aria-label="Download invoice INV-7"]'),
      'the invoice never became downloadable',
    );
    expect(server.callsTo('GET /billing-details')).to.have.length(1);
  });

  it('leaves it to a host that cancels credits-edit-billing', async () => {
    const el = await mountBilling(true);
    const { payments, details } = parts(el);
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('credits-edit-billing', cancel);
    try {
      button(payments, 'Complete billing details')!.click();
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      await details.updateComplete;
      expect(has(details, 'form')).to.be.false;
    } finally {
      document.removeEventListener('credits-edit-billing', cancel);
    }
  });

  it('hands admin and the endpoint to both parts; operators get no billing actions', async () => {
    const el = await mountBilling(false);
    const { payments, details } = parts(el);
    expect(text($(payments, 'tbody td[data-label="Action"]'))).to.equal(
      'Invoice needs a postal address',
    );
    await waitUntil(() => has(details, '[part~="details"]'));
    expect(has(details, '[part~="edit-button"]')).to.be.false;
  });

  it('hands every setting to both parts: refresh-interval polls both, paging reaches the payments', async () => {
    const server = fakeServer({
      'GET /payments': { body: { items: [waiting], nextCursor: null } },
      'GET /billing-details': { body: fx.billingDetails },
    });
    const el = await fixture<CreditsBilling>(
      html`<credits-billing
        endpoint=${server.endpoint}
        refresh-interval="1.1"
        paging="scroll"
      ></credits-billing>`,
    );
    const { payments, details } = parts(el);
    expect((payments as unknown as { paging: string }).paging).to.equal('scroll');
    await waitUntil(
      () =>
        server.callsTo('GET /payments').length >= 2 &&
        server.callsTo('GET /billing-details').length >= 2,
      'both parts were not polled',
      { timeout: 4000 },
    );
    expect((details as unknown as { refreshInterval: number }).refreshInterval).to.equal(1.1);
  });
});
