/**
 * The hostile values that got through (issue 21): each test is named for the fault it holds
 * shut, and fails without its fix. Answers come from a fake API at the fetch boundary, written
 * from the contract; only the values are extreme.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import type { CreditsPayments } from '../src/components/payments/credits-payments.js';
import type { CreditsTopUp } from '../src/components/top-up/credits-top-up.js';
import { toCsv, csvDecimal } from '../src/internal/csv.js';
import { parseFilters } from '../src/internal/filters.js';
import { formatInteger, formatMoney } from '../src/internal/format.js';
import { parseWhole } from '../src/internal/numbers.js';
import { amountProblem, parseAmount } from '../src/components/top-up/bundles.js';
import type { CreditsUsageTable } from '../src/components/usage-table/credits-usage-table.js';
import { runway } from '../src/components/balance/runway.js';
import { detailValue, gatewayLabel, paymentStatus, typeLabel } from '../src/internal/labels.js';
import { CreditsElement } from '../src/components/base/credits-element.js';
import type { CreditsBalance } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';

const month = (m: number, credits: number, current = false) => ({
  month: `2026-${String(m).padStart(2, '0')}`,
  credits,
  transactions: credits ? 1 : 0,
  current,
});
/** One credit used in each finished month: the slowest pace there is. */
const slowest = { months: [month(8, 1), month(9, 1), month(10, 1), month(11, 0, true)] };

async function balanceOf(available: number, usage: unknown = slowest): Promise<CreditsBalance> {
  const server = fakeServer({
    'GET /balance': { body: { available, costPerCredit: { amount: '0.0120', currency: 'USD' } } },
    'GET /usage/monthly': { body: usage },
  });
  const el = await fixture<CreditsBalance>(
    html`<credits-balance endpoint=${server.endpoint} locale="en-US" admin></credits-balance>`,
  );
  await waitUntil(() => has(el, '[part~="runway"]'), 'no runway line');
  return el;
}

describe('hostile values', () => {
  afterEach(restoreFetch);

  describe('1. a large balance renders (its runway runs past any date)', () => {
    it('computes no date past ten years (Date would throw "Invalid time value")', () => {
      const pace = runway(Number.MAX_SAFE_INTEGER, slowest.months)!;
      expect(pace.beyond).to.be.true;
      expect(pace.until).to.equal(null);
      const tenYears = runway(1_000, [month(8, 10), month(9, 10), month(10, 10)])!;
      expect(tenYears.beyond, '100 months is within the horizon').to.be.false;
      expect(tenYears.until).to.be.instanceOf(Date);
    });

    it('shows 9,007,199,254,740,991 credits, and "more than ten years"', async () => {
      const el = await balanceOf(Number.MAX_SAFE_INTEGER);
      expect(text($(el, '[part~="value"]'))).to.equal('9,007,199,254,740,991');
      expect(text($(el, '[part~="runway"]'))).to.equal(
        'At your recent pace (about 1 credit a month), this lasts more than ten years.',
      );
    });

    it('shows a realistic 2,000,000 credits at 1 credit a month', async () => {
      const el = await balanceOf(2_000_000);
      expect(text($(el, '[part~="value"]'))).to.equal('2,000,000');
      expect(text($(el, '[part~="runway"]'))).to.include('more than ten years');
    });
  });

  describe('2. codes named like object members read as codes', () => {
    const codes = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

    it('names gateways, types and statuses from own entries only', () => {
      for (const code of codes) {
        for (const label of [
          gatewayLabel(code),
          detailValue('gateway', code),
          typeLabel(code),
          paymentStatus(code).label,
        ]) {
          expect(label, code).to.be.a('string');
          expect(label, code).not.to.match(/native code|\[object|function/);
        }
      }
      expect(gatewayLabel('constructor')).to.equal('Constructor');
      expect(gatewayLabel('__proto__')).to.equal('Proto');
      expect(paymentStatus('__proto__').label, 'an unknown status as given').to.equal('__proto__');
    });

    it('shows them as gateways (under the payment ID) and in the pop-out of a payment', async () => {
      const items = codes.map((code, i) => ({
        ...fx.payment,
        id: `pay_${i}`,
        gateway: code,
        status: code,
        type: code,
      }));
      const server = fakeServer({ 'GET /payments': { body: { items, nextCursor: null } } });
      const el = await fixture<CreditsPayments>(
        html`<credits-payments endpoint=${server.endpoint} locale="en-US"></credits-payments>`,
      );
      await waitUntil(() => $$(el, 'tbody tr[part~="row"]').length === codes.length, 'no rows');
      const shown = text($(el, 'tbody'));
      expect(shown).not.to.match(/native code|\[object Object\]|function /);
      const gateways = $$(el, 'tbody td[data-label="Payment ID"] .sub').map((td) => text(td));
      expect(gateways).to.deep.equal(['Constructor', 'Proto', 'To String', 'Has Own Property']);
    });

    it('shows a usage type named constructor as a code', async () => {
      const row = {
        ...fx.usagePage.items[0],
        type: 'constructor',
        details: { gateway: '__proto__' },
      };
      const server = fakeServer({
        'GET /transactions': { body: { items: [row], nextCursor: null, total: 1 } },
      });
      const el = await fixture<CreditsUsageTable>(
        html`<credits-usage-table
          endpoint=${server.endpoint}
          locale="en-US"
        ></credits-usage-table>`,
      );
      await waitUntil(() => $$(el, 'tbody tr[part~="row"]').length === 1, 'no row');
      expect(el.shadowRoot!.textContent).not.to.match(/native code|\[object Object\]/);
    });
  });

  describe('3. available: -0', () => {
    it('shows "0 credits", never "-0"', async () => {
      expect(formatInteger(-0, 'en-US')).to.equal('0');
      const server = fakeServer({
        // JSON.parse('-0') is -0: the server's own text, as sent.
        'GET /balance': { body: '{"available": -0, "costPerCredit": null}' },
        'GET /usage/monthly': { body: slowest },
      });
      const el = await fixture<CreditsBalance>(
        html`<credits-balance endpoint=${server.endpoint} locale="en-US"></credits-balance>`,
      );
      await waitUntil(() => has(el, '[part~="value"]'), 'no figure');
      expect(text($(el, '[part~="value"]'))).to.equal('0');
      expect(el.shadowRoot!.textContent).not.to.include('-0');
    });
  });

  describe('4. a cost per credit with 30 decimals', () => {
    const tiny = '0.000000000000000000000000000001';

    it('keeps every digit the API sent (not cut at 20, not read as zero)', () => {
      expect(formatMoney({ amount: tiny, currency: 'EUR' }, 'en-US')).to.equal(`€${tiny}`);
      expect(formatMoney({ amount: tiny, currency: 'EUR' }, 'de-DE')).to.equal(
        `${tiny.replace('.', ',')}\u00a0€`,
      );
      const long = '1234.1234567890123456789012345';
      expect(formatMoney({ amount: long, currency: 'USD' }, 'en-US')).to.equal(
        `$1,${long.slice(1)}`,
      );
    });

    it('keeps what was right before: minor units, grouping, sign, locale digits', () => {
      expect(formatMoney({ amount: '0.0125', currency: 'EUR' }, 'de-DE')).to.equal('0,0125\u00a0€');
      expect(formatMoney({ amount: '5900', currency: 'INR' }, 'en-IN')).to.equal('₹5,900.00');
      expect(formatMoney({ amount: '-12.5', currency: 'USD' }, 'en-US')).to.equal('-$12.50');
      expect(formatMoney({ amount: '1200', currency: 'JPY' }, 'en-US')).to.equal('¥1,200');
      expect(formatMoney({ amount: '12.50', currency: 'EGP' }, 'ar-EG')).to.equal(
        new Intl.NumberFormat('ar-EG', { style: 'currency', currency: 'EGP' }).format(12.5),
      );
    });
  });

  describe('5. CSV amounts stay numbers', () => {
    it('writes a refund of -12.50 and its tax -1.90 as numbers, and still guards text', () => {
      const csv = toCsv(
        ['Amount', 'Tax', 'Note'],
        [[csvDecimal('-12.50'), csvDecimal('-1.90'), '-1+cmd|calc']],
      );
      expect(csv).to.equal("Amount,Tax,Note\r\n-12.50,-1.90,'-1+cmd|calc\r\n");
      expect(toCsv(['A'], [[csvDecimal('=1+1')]]), 'not a decimal: guarded text').to.equal(
        "A\r\n'=1+1\r\n",
      );
    });

    it('exports a refund payment with its amount and tax as numbers', async () => {
      const refund = {
        ...fx.payment,
        id: 'pay_refund',
        type: 'refund',
        status: 'completed',
        amount: '-12.50',
        tax: { amount: '-1.90', currency: 'INR' },
        credits: -1000,
      };
      const server = fakeServer({
        'GET /payments': { body: { items: [refund], nextCursor: null } },
      });
      const el = await fixture<CreditsPayments>(
        html`<credits-payments endpoint=${server.endpoint} locale="en-US"></credits-payments>`,
      );
      await waitUntil(() => $$(el, 'tbody tr[part~="row"]').length === 1, 'no row');
      el.addEventListener('credits-export', (e) => e.preventDefault(), { once: true });
      const exported = new Promise<string>((resolve) =>
        el.addEventListener('credits-export', (e) => resolve(e.detail.csv), { once: true }),
      );
      const exportButton = $$(el, 'button').find((b) => /Export/.test(text(b)));
      expect(exportButton, 'an Export CSV button').to.exist;
      (exportButton as HTMLElement).click();
      const line = (await exported).split('\r\n')[1]!;
      expect(line).to.include(',-12.50,');
      expect(line).to.include(',-1.90,');
      expect(line).not.to.include("'-");
    });
  });

  describe('6. an unsafe checkout URL never reaches the host', () => {
    for (const checkoutUrl of [
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'http://pay.example.com/checkout',
    ]) {
      it(`fires no credits-checkout for ${checkoutUrl.slice(0, 24)}…, and says why`, async () => {
        const server = fakeServer({
          'GET /balance': {
            body: { available: 100, costPerCredit: { amount: '0.01', currency: 'USD' } },
          },
          'GET /usage/monthly': { body: fx.monthly },
          'POST /purchases': { status: 201, body: { checkoutUrl, orderId: 'o_1' } },
        });
        const el = await fixture<CreditsTopUp>(
          html`<credits-top-up endpoint=${server.endpoint} locale="en-US" admin></credits-top-up>`,
        );
        await el.show({ credits: 1_000 });
        await waitUntil(() => text($$(el, '.bundle .price')[0]) !== '', 'no prices');
        ($$(el, 'button').find((b) => text(b) === 'Continue') as HTMLElement).click();
        await el.updateComplete;
        const fired: unknown[] = [];
        el.addEventListener('credits-checkout', (e) => {
          fired.push(e.detail);
          e.preventDefault();
        });
        ($$(el, 'button').find((b) => /^Pay /.test(text(b))) as HTMLElement).click();
        await waitUntil(() => has(el, '[role="alert"]'), 'no message');
        expect(fired, 'the host never hears of it').to.deep.equal([]);
        expect(server.callsTo('POST /purchases')).to.have.length(1);
        expect(location.protocol).to.match(/^https?:$/);
      });
    }
  });

  describe('7. numbers typed the way the page shows them', () => {
    it('reads what formatInteger writes, in every shipped locale, back to the same number', () => {
      for (const locale of [
        'en-US',
        'en-IN',
        'hi-IN',
        'hi',
        'ar',
        'ar-EG',
        'de-DE',
        'fr-FR',
        'es-ES',
        'pt-BR',
        'de-CH',
      ]) {
        for (const n of [1_000, 3_000, 25_000, 100_000, 1_234_567]) {
          const shown = formatInteger(n, locale);
          expect(parseWhole(shown, locale), `${locale}: "${shown}"`).to.equal(n);
        }
      }
    });

    it('takes Indian grouping, Arabic-Indic and Devanagari digits for a custom amount', () => {
      expect(parseAmount('1,00,000', 'hi-IN')).to.equal(100_000);
      expect(parseAmount('٣٠٠٠', 'ar')).to.equal(3_000);
      expect(parseAmount('٣٬٠٠٠', 'ar-EG')).to.equal(3_000);
      expect(parseAmount('३०००', 'hi')).to.equal(3_000);
      expect(parseAmount('३,००,०००', 'hi')).to.equal(300_000);
      expect(amountProblem('३०००', undefined, 'hi')).to.equal(null);
    });

    it("refuses the locale's decimal separator and bad grouping", () => {
      expect(parseAmount('2,50', 'de-DE'), 'two and a half in German').to.be.NaN;
      expect(parseAmount('25.000', 'de-DE')).to.equal(25_000);
      expect(parseAmount('1500.5', 'en-US')).to.be.NaN;
      expect(parseAmount('1,0,0', 'en-US')).to.be.NaN;
      expect(parseAmount('12,34', 'en-US')).to.be.NaN;
      expect(parseAmount('3000abc', 'ar')).to.be.NaN;
    });

    it("reads an event ID in the locale's digits, never grouped", () => {
      const arabic = parseFilters('', '', '١٠٤٢', undefined, 'ar');
      expect(arabic).to.deep.equal({ ok: true, filters: { eventId: 1042 } });
      expect(parseFilters('', '', '1,042', undefined, 'en-US').ok).to.be.false;
    });

    it('lets a Hindi user buy a custom amount typed as the page shows it', async () => {
      const server = fakeServer({
        'GET /balance': {
          body: { available: 100, costPerCredit: { amount: '0.50', currency: 'INR' } },
        },
        'GET /usage/monthly': { body: fx.monthly },
        'POST /purchases': { status: 201, body: { checkoutUrl: 'https://pay.example.com/c/1' } },
      });
      const el = await fixture<CreditsTopUp>(
        html`<credits-top-up endpoint=${server.endpoint} locale="hi-IN" admin></credits-top-up>`,
      );
      await el.show({ credits: 1_000 });
      await waitUntil(() => text($$(el, '.bundle .price')[0]) !== '', 'no prices');
      // Another amount: the last choice (its field is shown once it is chosen).
      ($$(el, 'input[name="bundle"]').at(-1) as HTMLInputElement).click();
      await el.updateComplete;
      const input = $(el, '#custom') as HTMLInputElement;
      input.value = '1,00,000';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '#custom')!.getAttribute('aria-invalid'), 'accepted').not.to.equal('true');
      el.addEventListener('credits-checkout', (e) => e.preventDefault());
      const continueButton = $$(el, '.actions button, button').find((b) =>
        b.classList.contains('btn-primary'),
      ) as HTMLElement;
      continueButton.click();
      await el.updateComplete;
      const pay = $$(el, 'button').find((b) => b.classList.contains('btn-primary')) as HTMLElement;
      pay.click();
      await waitUntil(() => server.callsTo('POST /purchases').length === 1, 'never bought');
      expect(server.callsTo('POST /purchases')[0]!.body).to.deep.equal({ credits: 100_000 });
    });
  });

  describe('no computation takes a widget down', () => {
    @customElement('hostile-throwing-widget')
    class ThrowingWidget extends CreditsElement {
      fail = true;
      protected override render() {
        if (this.fail) throw new RangeError('Invalid time value');
        return html`<div class="card base" part="base"><p part="value">drawn</p></div>`;
      }
    }

    it('draws the error panel with Retry, and reports kind internal, when a render throws', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const reported: string[] = [];
        const host = document.createElement('div');
        host.addEventListener('credits-error', (e) => reported.push(e.detail.error.kind));
        const el = document.createElement('hostile-throwing-widget') as ThrowingWidget;
        host.append(el);
        await fixture(host);
        await el.updateComplete;
        const alert = $(el, '[role="alert"]');
        expect(alert, 'an error panel, not a blank widget').to.exist;
        expect(text(alert)).to.include('Retry');
        expect(reported).to.deep.equal(['internal']);
        expect(logged.length, 'the developer is told in the console').to.equal(1);
        el.fail = false;
        ($(el, '[role="alert"] button') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(text($(el, '[part~="value"]')), 'Retry draws it again').to.equal('drawn');
        expect($(el, '[role="alert"]')).to.equal(null);
      } finally {
        console.error = original;
      }
    });
  });
});
