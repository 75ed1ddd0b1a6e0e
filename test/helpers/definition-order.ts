/**
 * Tags already in the HTML, element code defined afterwards in a given order (as Astro or
 * Next.js import the npm modules, one element's module before another's): every child of a
 * `<credits-provider>` must find it and show its data, whatever came first. Each order runs in
 * a test file of its own (test/definition-order/), so nothing is defined when it starts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fakeServer, restoreFetch } from './fake-server.js';
import { contractRoutes } from './contract-routes.js';

export const MODULES: Record<string, () => Promise<unknown>> = {
  'credits-provider': () => import('../../src/components/provider/credits-provider.js'),
  'credits-balance': () => import('../../src/components/balance/credits-balance.js'),
  'credits-monthly-summary': () =>
    import('../../src/components/monthly-summary/credits-monthly-summary.js'),
  'credits-usage-table': () => import('../../src/components/usage-table/credits-usage-table.js'),
  'credits-purchase-history': () =>
    import('../../src/components/purchase-history/credits-purchase-history.js'),
  'credits-subscription': () => import('../../src/components/subscription/credits-subscription.js'),
  'credits-payments': () => import('../../src/components/payments/credits-payments.js'),
  'credits-billing-details': () =>
    import('../../src/components/billing-details/credits-billing-details.js'),
  'credits-auto-top-up': () => import('../../src/components/auto-top-up/credits-auto-top-up.js'),
  'credits-alerts': () => import('../../src/components/alerts/credits-alerts.js'),
  'credits-usage-breakdown': () =>
    import('../../src/components/usage-breakdown/credits-usage-breakdown.js'),
};

const CHILDREN = Object.keys(MODULES).filter((tag) => tag !== 'credits-provider');

/** Every element in `el`'s shadow trees, `el` included. */
function deep(el: Element): Element[] {
  const inner = [...(el.shadowRoot?.querySelectorAll('*') ?? [])];
  return [el, ...inner.flatMap((child) => (child.shadowRoot ? deep(child) : [child]))];
}

const words = (el: Element) =>
  deep(el)
    .map((e) => e.textContent ?? '')
    .join(' ');

export function runDefinitionOrder(name: string, order: string[]): void {
  describe(`elements defined in the order ${name}, tags already in the HTML`, () => {
    afterEach(restoreFetch);

    it('nothing is defined before its module runs', () => {
      for (const tag of Object.keys(MODULES))
        expect(customElements.get(tag), tag).to.equal(undefined);
    });

    it('every child of a provider shows its data', async () => {
      const server = fakeServer(contractRoutes());
      const page = await fixture(html`<div style="width: 1000px"></div>`);
      // Markup as a server would send it: the tags are there before any of their code.
      const provider = document.createElement('credits-provider');
      provider.setAttribute('endpoint', server.endpoint);
      provider.setAttribute('locale', 'en-US');
      for (const tag of CHILDREN) provider.append(document.createElement(tag));
      page.append(provider);

      for (const tag of order) {
        await MODULES[tag]!();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const children = [...provider.children];
      await waitUntil(
        () =>
          children.every(
            (child) =>
              deep(child).some((e) => e.getAttribute('aria-busy') === 'false') &&
              !deep(child).some((e) => e.getAttribute('aria-busy') === 'true'),
          ),
        'a child of the provider never showed its data',
        { timeout: 8000 },
      );
      for (const child of children) {
        expect(words(child), `<${child.localName}> found no data source`).not.to.include(
          'no data source',
        );
        expect(
          deep(child).some((e) => e.getAttribute('role') === 'alert'),
          `<${child.localName}> shows an error`,
        ).to.equal(false);
      }
      expect(server.calls.length, 'nothing was asked').to.be.greaterThan(0);
    });
  });
}
