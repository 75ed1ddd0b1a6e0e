/**
 * The hostile values that got through (issue 21): each test is named for the fault it holds
 * shut, and fails without its fix. Answers come from a fake API at the fetch boundary, written
 * from the contract; only the values are extreme.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import type { CreditsPayments } from '../src/components/payments/credits-payments.js';
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

    it('shows them in the Gateway column and the pop-out of a payment', async () => {
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
      const gateways = $$(el, 'tbody td[data-label="Gateway"]').map((td) => text(td));
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
