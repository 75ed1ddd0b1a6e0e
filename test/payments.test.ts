import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CreditsPayments } from '../src/components/payments/credits-payments.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { runStateTests } from './shared/element-states.js';
import { runNextPageTests } from './shared/table-next-page.js';

runStateTests({
  tag: 'credits-payments',
  title: 'Payments',
  route: 'GET /payments',
  data: fx.paymentPage,
  attrs: { 'page-size': '1' },
  empty: { body: { items: [], nextCursor: null }, says: 'No payments yet.' },
  broken: {
    body: { items: [{ ...fx.payment, amount: 5900 }], nextCursor: null },
    issue: 'items[0].amount should be a string, not 5900',
  },
  method: 'getPayments',
  dataSelector: 'tbody tr[part~="row"]',
});

runNextPageTests({
  tag: 'credits-payments',
  route: 'GET /payments',
  item: (n) => ({ ...fx.payment, id: `pay_row${n}` }),
  mark: (n) => `pay_row${n}`,
  counted: false,
});

const completed = {
  ...fx.payment,
  id: 'pay_done',
  status: 'completed',
  invoice: { status: 'available', number: 'INV-1', url: 'https://example.com/inv/1.pdf' },
};

function serve(items: unknown[], extra: Record<string, unknown> = {}): FakeServer {
  return fakeServer({ 'GET /payments': { body: { items, nextCursor: null } }, ...extra });
}

async function mount(server: FakeServer, admin = false): Promise<CreditsPayments> {
  const el = await fixture<CreditsPayments>(
    html`<credits-payments
      endpoint=${server.endpoint}
      locale="en-IN"
      ?admin=${admin}
    ></credits-payments>`,
  );
  await waitUntil(() => $$(el, 'tbody tr[part~="row"]').length > 0, 'no rows');
  return el;
}

const rows = (el: Element) => $$(el, 'tbody tr[part~="row"]');
const cell = (row: Element, header: string) => row.querySelector(`td[data-label="${header}"]`);
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;

describe('<credits-payments>', () => {
  afterEach(restoreFetch);

  it('exports amounts a French spreadsheet adds up: ";" columns, decimal commas, a French file name (item 11)', async () => {
    const server = serve([
      { ...fx.payment, amount: '12.50', tax: { amount: '1.90', currency: 'INR' } },
    ]);
    const el = await fixture<CreditsPayments>(
      html`<credits-payments endpoint=${server.endpoint} locale="fr-FR"></credits-payments>`,
    );
    const exportButton = () => $(el, '[part~="export-button"]') as HTMLButtonElement | null;
    await waitUntil(() => exportButton() && !exportButton()!.disabled, 'no rows to export');
    await waitUntil(() => text(exportButton()!) !== 'Export CSV', 'the French texts never came');
    const done = oneEvent(el, 'credits-export');
    el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
    exportButton()!.click();
    const { csv, filename, separator } = (await done).detail;
    expect(filename).to.equal('paiements.csv');
    expect(separator).to.equal(';');
    const row = csv.split('\r\n')[1]!;
    // Date; Type; Amount; Currency; Tax; Credits
    expect(row.split(';').slice(2, 6)).to.deep.equal(['12,50', 'INR', '1,90', '5000']);
  });

  it('passes axe with a pending, a completed and a waiting payment, as admin', async () => {
    const waiting = { ...completed, id: 'w', invoice: { status: 'waiting_for_billing' } };
    const el = await mount(serve([fx.payment, completed, waiting]), true);
    await expectAccessibleInEveryScheme(el, 'pending, completed and waiting payments');
  });

  it('has the columns Date, Type, Amount, Status, Payment ID and an action', async () => {
    const el = await mount(serve([fx.payment]));
    expect($$(el, 'thead th').map(text)).to.deep.equal([
      'Date',
      'Type',
      'Amount',
      'Status',
      'Payment ID',
      'Action',
    ]);
  });

  it('shows the amount with the tax it includes, the credits under the type and the gateway under the ID', async () => {
    const el = await mount(serve([fx.payment]));
    const [row] = rows(el);
    expect(text(cell(row!, 'Amount'))).to.equal('₹5,900.00 incl. ₹900.00 GST');
    expect(text(cell(row!, 'Type'))).to.equal('Credits 5,000 credits');
    expect(text(cell(row!, 'Payment ID'))).to.equal('pay_7QK2M Copy Razorpay');
  });

  it('names the types and statuses, humanises unknown types and shows unknown statuses as given', async () => {
    const el = await mount(
      serve([
        { ...fx.payment, id: 'a', type: 'subscription', status: 'failed', credits: 0 },
        { ...fx.payment, id: 'b', type: 'custom', status: 'abandoned' },
        { ...fx.payment, id: 'c', type: 'plan_upgrade', status: 'on_hold' },
      ]),
    );
    expect(rows(el).map((r) => text(cell(r, 'Type')))).to.deep.equal([
      'Subscription',
      'Custom Payment 5,000 credits',
      'Plan Upgrade 5,000 credits',
    ]);
    expect(rows(el).map((r) => text(cell(r, 'Status')))).to.deep.equal([
      'Failed',
      'Abandoned',
      'on_hold',
    ]);
    const subscription = cell(rows(el)[0]!, 'Type')!;
    expect(!!subscription.querySelector('.sub'), 'no credits, no line under the type').to.be.false;
  });

  it('explains a status one click away', async () => {
    const el = await mount(serve([fx.payment, { ...fx.payment, id: 'x', status: 'abandoned' }]));
    const [pending, abandoned] = rows(el).map(
      (r) => cell(r, 'Status')!.querySelector('button.info') as HTMLButtonElement,
    );
    expect(pending!.getAttribute('aria-label')).to.equal('About the status Pending');
    pending!.click();
    await el.updateComplete;
    expect(text($(el, '.popout'))).to.contain('Recheck asks the gateway again');
    abandoned!.click();
    await el.updateComplete;
    expect(text($(el, '.popout'))).to.contain('Nothing was charged');
  });

  it('copies the payment ID', async () => {
    const el = await mount(serve([fx.payment]));
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (v: string) => void copied.push(v),
    });
    try {
      const copy = cell(rows(el)[0]!, 'Payment ID')!.querySelector('button')!;
      copy.click();
      await waitUntil(() => text(copy) === 'Copied');
      expect(copied).to.deep.equal(['pay_7QK2M']);
    } finally {
      if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
      else delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  describe('invoices', () => {
    it('links a completed payment to its invoice', async () => {
      const el = await mount(serve([completed]));
      const link = cell(rows(el)[0]!, 'Action')!.querySelector('a')!;
      expect(text(link)).to.equal('Download invoice');
      expect(link.getAttribute('href')).to.equal('https://example.com/inv/1.pdf');
    });

    for (const url of ['javascript:alert(1)', 'data:application/pdf;base64,AAAA']) {
      it(`never makes ${url.split(':')[0]}: invoice URLs into links`, async () => {
        const el = await mount(
          serve([{ ...completed, invoice: { status: 'available', number: 'INV-1', url } }]),
        );
        const action = cell(rows(el)[0]!, 'Action')!;
        expect(action.querySelector('a')).to.equal(null);
        expect(text(action)).to.equal('Invoice unavailable');
      });
    }

    const waiting = { ...completed, invoice: { status: 'waiting_for_billing' } };
    const actionText = (el: Element) => text(cell(rows(el)[0]!, 'Action'));

    it("says an invoice waits for billing details, and offers admins to add them, when the details can't be read", async () => {
      const details = { 'GET /billing-details': fx.errorReply(500, 'Down for a moment.') };
      const operator = await mount(serve([waiting], details));
      expect(actionText(operator)).to.equal('Waiting for billing details');
      expect(button(operator, 'Add billing details')).to.be.undefined;

      const admin = await mount(serve([waiting], details), true);
      setTimeout(() => button(admin, 'Add billing details')!.click());
      const event = await oneEvent(admin, 'credits-edit-billing');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    });

    it('says which billing details a waiting invoice lacks, and offers admins to complete them', async () => {
      const details = { 'GET /billing-details': { body: fx.billingDetailsNoAddress } };
      const operator = await mount(serve([waiting], details));
      await waitUntil(() => actionText(operator) !== 'Waiting for billing details');
      expect(actionText(operator)).to.equal('Invoice needs a postal address');
      expect(cell(rows(operator)[0]!, 'Action')!.querySelector('button')).to.equal(null);

      const admin = await mount(serve([waiting], details), true);
      await waitUntil(() => button(admin, 'Complete billing details'), 'no Complete button');
      expect(actionText(admin)).to.equal('Invoice needs a postal address Complete billing details');
      setTimeout(() => button(admin, 'Complete billing details')!.click());
      await oneEvent(admin, 'credits-edit-billing');
    });

    it('asks for all of them when none are filled in: name, email and address', async () => {
      const details = { 'GET /billing-details': { body: { email: '' } } };
      const admin = await mount(serve([waiting], details), true);
      await waitUntil(() => actionText(admin).startsWith('Invoice needs'));
      expect(actionText(admin)).to.equal(
        'Invoice needs a name, an email address and a postal address Add billing details',
      );
    });

    it('says a waiting invoice is being prepared when its billing details lack nothing, with no form to open', async () => {
      const details = { 'GET /billing-details': { body: fx.billingDetails } };
      const admin = await mount(serve([waiting], details), true);
      await waitUntil(() => actionText(admin) === 'Invoice being prepared', actionText(admin));
      expect(cell(rows(admin)[0]!, 'Action')!.querySelector('button')).to.equal(null);
    });

    it('asks for the billing details only when an invoice waits for them', async () => {
      const server = serve([completed, fx.payment], {
        'GET /billing-details': { body: fx.billingDetails },
      });
      const el = await mount(server, true);
      await el.updateComplete;
      expect(server.callsTo('GET /billing-details')).to.have.length(0);
    });

    it("says what a waiting invoice lacks in the element's language (Arabic)", async () => {
      const server = serve([waiting], {
        'GET /billing-details': { body: { email: 'a@b.example' } },
      });
      const el = await fixture<CreditsPayments>(
        html`<credits-payments endpoint=${server.endpoint} locale="ar" admin></credits-payments>`,
      );
      // The Action column, as the Arabic table names it.
      const action = () => text(cell(rows(el)[0]!, 'الإجراء'));
      await waitUntil(() => rows(el).length && action().startsWith('تحتاج'), 'no Arabic');
      expect(action()).to.equal('تحتاج الفاتورة إلى اسم وعنوان بريدي إكمال بيانات الفوترة');
    });
  });

  describe('Recheck', () => {
    it('asks the gateway once however often it is clicked, shows progress, then shows the answer', async () => {
      const done = { ...completed, id: 'pay_7QK2M' };
      let confirmed = false;
      const server = serve([fx.payment], {
        'POST /payments/pay_7QK2M/recheck': () => {
          confirmed = true;
          return { body: done, delay: 100 };
        },
      });
      // The list as the server has it after the recheck, answered slowly: the row shows the
      // recheck's answer before the list comes back.
      server.on('GET /payments', () =>
        confirmed
          ? { body: { items: [done], nextCursor: null }, delay: 300 }
          : { body: { items: [fx.payment], nextCursor: null } },
      );
      const el = await mount(server);
      const recheck = button(el, 'Recheck')!;
      recheck.click();
      recheck.click();
      await el.updateComplete;
      recheck.click();
      expect(text(recheck)).to.equal('Rechecking…');
      expect(recheck.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(
        () => text(cell(rows(el)[0]!, 'Status')) === 'Completed',
        'the row never showed the answer',
      );
      expect(server.callsTo('POST /payments/pay_7QK2M/recheck')).to.have.length(1);
      expect(text(cell(rows(el)[0]!, 'Action'))).to.equal('Download invoice');
      expect(server.callsTo('GET /payments'), 'the list is asked for again').to.have.length(2);
      expect(text($(el, '[role="status"]'))).to.equal('Payment pay_7QK2M: Completed.');
      await waitUntil(
        () => el.shadowRoot!.activeElement?.textContent?.trim() === 'Download invoice',
        'the focus did not move to the new action',
      );
      await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('aria-busy') === 'false');
      expect(text(cell(rows(el)[0]!, 'Status'))).to.equal('Completed');
    });

    it('keeps the row as it was, with a message, when the recheck fails', async () => {
      const server = serve([fx.payment], {
        'POST /payments/pay_7QK2M/recheck': fx.errorReply(502, 'The gateway did not answer'),
      });
      const el = await mount(server);
      button(el, 'Recheck')!.click();
      await waitUntil(() => has(el, '.row-error'), 'no message');
      expect(text($(el, '.row-error'))).to.equal('Recheck failed: The gateway did not answer');
      expect(text(cell(rows(el)[0]!, 'Status'))).to.equal('Pending');
      expect(button(el, 'Recheck')!.getAttribute('aria-disabled')).to.equal('false');
      await expectAccessibleInEveryScheme(el, 'a failed recheck');
    });
  });
});
