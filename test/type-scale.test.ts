import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CreditsDashboard } from '../src/components/dashboard/credits-dashboard.js';
import '../src/index.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';
import { contractRoutes } from './helpers/contract-routes.js';

/**
 * One type scale: every word the widgets show is in one of five sizes (12, 14, 16, 18 and 24 px
 * at the default root size) or the balance's figure (--credits-value-size, 44 px); every card's
 * title is the same size and weight.
 */
const SCALE = [12, 14, 16, 18, 24, 44];

/** Every element under `root` that shows text of its own, through shadow roots. */
function texts(root: ParentNode, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
    if (own && el.getClientRects().length) out.push(el);
    if (el.shadowRoot) texts(el.shadowRoot, out);
  }
  return out;
}

function api() {
  return fakeServer(contractRoutes());
}

/** The shadow roots under `root`, nested ones included. */
const roots = (root: ParentNode): ShadowRoot[] =>
  [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el.shadowRoot, ...roots(el.shadowRoot)] : [],
  );

const busy = (root: ParentNode): boolean =>
  [...root.querySelectorAll('*')].some(
    (el) =>
      el.getAttribute('aria-busy') === 'true' || (el.shadowRoot ? busy(el.shadowRoot) : false),
  );

describe('one type scale', () => {
  afterEach(restoreFetch);

  for (const tab of ['credits', 'subscription', 'billing'] as const) {
    it(`every word on the dashboard's ${tab} tab is in one of five sizes (or the balance's figure), every card title alike`, async () => {
      const server = api();
      const el = await fixture<CreditsDashboard>(
        html`<credits-dashboard
          endpoint=${server.endpoint}
          locale="en-US"
          admin
          tab=${tab}
          style="width: 1100px"
        ></credits-dashboard>`,
      );
      await waitUntil(
        () => texts(el.shadowRoot!).length > 3 && !busy(el.shadowRoot!),
        'never loaded',
        {
          timeout: 8000,
        },
      );
      const sizes = new Map<number, string[]>();
      for (const node of texts(el.shadowRoot!)) {
        const px = Math.round(parseFloat(getComputedStyle(node).fontSize));
        sizes.set(px, [...(sizes.get(px) ?? []), `${node.localName}.${node.className}`]);
      }
      const off = [...sizes].filter(([px]) => !SCALE.includes(px));
      expect(off, 'sizes outside the scale (px, where)').to.deep.equal([]);
      const titles = [el.shadowRoot!, ...roots(el.shadowRoot!)]
        .flatMap((r) => [...r.querySelectorAll('[part~="title"]')])
        .filter((t) => t.getBoundingClientRect().width > 1);
      // The Subscription tab's card title repeats the tab's name: kept off screen.
      if (tab === 'subscription') return;
      expect(titles.length).to.be.greaterThan(0);
      const looks = new Set(
        titles.map((t) => `${getComputedStyle(t).fontSize} ${getComputedStyle(t).fontWeight}`),
      );
      expect([...looks], 'every card title alike').to.have.length(1);
    });
  }

  it('says "nothing yet" in one size: Payments and Billing Details side by side on a new account', async () => {
    const server = fakeServer({
      ...contractRoutes(),
      'GET /payments': { body: { items: [], nextCursor: null } },
      'GET /billing-details': { body: { email: '' } },
    });
    const el = await fixture<CreditsDashboard>(
      html`<credits-dashboard
        endpoint=${server.endpoint}
        locale="en-US"
        admin
        tab="billing"
      ></credits-dashboard>`,
    );
    const said = (pattern: RegExp) =>
      texts(el.shadowRoot!).find((node) => pattern.test(node.textContent ?? ''));
    await waitUntil(
      () => said(/No payments yet/) && said(/No billing details yet/),
      'never said so',
      { timeout: 8000 },
    );
    const size = (node: Element | undefined) => getComputedStyle(node!).fontSize;
    expect(size(said(/No billing details yet/))).to.equal(size(said(/No payments yet/)));
  });
});
