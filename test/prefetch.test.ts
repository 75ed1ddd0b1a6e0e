/**
 * The CDN loader's early requests (src/prefetch.ts) against what each element then asks for: an
 * element mounted after them must find everything in the shared client (no request of its own)
 * and draw the data in its first render. So the loader's table cannot drift from the elements.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { sharedClient } from '../src/data/shared.js';
import { startFirstLoads } from '../src/prefetch.js';
import { $, $$, has } from './helpers/dom.js';
import { contractRoutes } from './helpers/contract-routes.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import './helpers/setup.js';

function api(): FakeServer {
  return fakeServer(contractRoutes());
}

const asked = (server: FakeServer) => server.calls.map((c) => `${c.path}${c.url.search}`).sort();

function tag(name: string, server: FakeServer, attrs: Record<string, string> = {}) {
  const el = document.createElement(name) as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute('endpoint', server.endpoint);
  el.setAttribute('locale', 'en-US');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

const busy = (el: Element) => $(el, '[part~="base"]')?.getAttribute('aria-busy') !== 'false';

const CASES: [string, Record<string, string>, string[], string][] = [
  ['credits-balance', {}, ['/balance', '/usage/monthly?months=4'], '[part~="value"]'],
  ['credits-monthly-summary', {}, ['/usage/monthly?months=4'], '[part~="card"]'],
  ['credits-monthly-summary', { months: '6' }, ['/usage/monthly?months=6'], '[part~="card"]'],
  ['credits-usage-table', {}, ['/transactions?kind=usage&limit=25'], 'tbody tr[part~="row"]'],
  [
    'credits-usage-table',
    { 'page-size': '50', paging: 'scroll' },
    ['/transactions?kind=usage&limit=50'],
    'tbody tr[part~="row"]',
  ],
  [
    'credits-purchase-history',
    {},
    ['/transactions?kind=purchase&limit=25'],
    'tbody tr[part~="row"]',
  ],
  ['credits-subscription', {}, ['/subscription'], '[part~="badge"]'],
  ['credits-payments', {}, ['/payments?limit=25'], 'tbody tr[part~="row"]'],
  ['credits-billing-details', {}, ['/billing-details'], '[part~="details"]'],
  ['credits-alerts', {}, ['/alerts', '/usage/monthly?months=4'], '[part~="rules"]'],
  [
    'credits-usage-breakdown',
    { by: 'user', from: '2026-01-01', to: '2026-03-31', limit: '3' },
    ['/usage/breakdown?by=user&from=2026-01-01&to=2026-03-31&limit=3'],
    'meter',
  ],
];

describe('the CDN loader starting first requests', () => {
  afterEach(restoreFetch);

  for (const [name, attrs, expected, data] of CASES) {
    const given = Object.keys(attrs).length ? ` with ${JSON.stringify(attrs)}` : '';
    it(`<${name}>${given}: asks what the element would, which then asks nothing`, async () => {
      const server = api();
      const el = tag(name, server, attrs);
      expect(startFirstLoads(el), 'started').to.be.true;
      await waitUntil(() => server.calls.length >= expected.length, 'the requests never went');
      expect(asked(server)).to.deep.equal(expected);
      document.body.append(el);
      try {
        await el.updateComplete;
        await waitUntil(() => has(el, data), 'the data never showed');
        await waitUntil(() => !busy(el), 'it never settled');
        expect($$(el, '.skeleton, .skeleton-text'), 'no skeleton left').to.have.length(0);
        expect(asked(server), 'the element asked nothing more').to.deep.equal(expected);
      } finally {
        el.remove();
      }
    });
  }

  it('an element drawn from the cache draws once: the run confirming its data does not render again', async () => {
    const server = api();
    const el = tag('credits-balance', server);
    startFirstLoads(el);
    const client = sharedClient({ endpoint: server.endpoint });
    await waitUntil(
      () => client.peekBalance() && client.peekMonthlyUsage(4),
      'the answers never came',
    );
    let renders = 0;
    const updated = (el as unknown as { updated: (c: unknown) => void }).updated.bind(el);
    Object.assign(el, { updated: (changed: unknown) => (renders++, updated(changed)) });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(has(el, '[part~="value"]'), 'the first render has the data').to.be.true;
      // Both loads run (answered from the cache) and end; give them every chance to re-render.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(renders).to.equal(1);
      expect(busy(el)).to.be.false;
      expect(asked(server), 'nothing asked again').to.deep.equal([
        '/balance',
        '/usage/monthly?months=4',
      ]);
    } finally {
      el.remove();
    }
  });

  it('leaves alone what it cannot read from the tag', async () => {
    const server = api();
    const withClient = tag('credits-balance', server);
    (withClient as unknown as { client: unknown }).client = {};
    const cases = [
      tag('credits-usage-table', server, { from: '2026-01-01' }),
      tag('credits-purchase-history', server, { 'event-id': 'evt_1' }),
      tag('credits-usage-table', server, { 'page-size': 'many' }),
      tag('credits-monthly-summary', server, { months: '2.5' }),
      tag('credits-payments', server, { 'page-size': '500' }),
      tag('credits-dashboard', server),
      withClient,
    ];
    for (const el of cases) expect(startFirstLoads(el), el.outerHTML).to.be.false;
    const noEndpoint = document.createElement('credits-balance');
    const badEndpoint = tag('credits-balance', server, { endpoint: 'javascript:alert(1)' });
    expect(startFirstLoads(noEndpoint), 'no endpoint').to.be.false;
    expect(startFirstLoads(badEndpoint), 'not http(s)').to.be.false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.calls, 'no request').to.have.length(0);
  });
});
