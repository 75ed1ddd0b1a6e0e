import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';

const chartRequested = () =>
  performance.getEntriesByType('resource').some((e) => /\/chart\.js\//.test(e.name));

// Its own file, so its own page: nothing else here may have drawn a chart before.
describe('Chart.js loading', () => {
  afterEach(restoreFetch);

  it('is not requested by a page without a monthly summary, and is once one appears', async () => {
    const server = fakeServer({
      'GET /balance': { body: fx.balance },
      'GET /usage/monthly': { body: fx.monthly },
    });
    const balance = await fixture(
      html`<credits-balance endpoint=${server.endpoint}></credits-balance>`,
    );
    await waitUntil(
      () => balance.shadowRoot!.querySelector('[part~="value"]'),
      'balance not loaded',
    );
    expect(chartRequested(), 'Chart.js requested by a balance-only page').to.be.false;

    const summary = await fixture(
      html`<credits-monthly-summary endpoint=${server.endpoint}></credits-monthly-summary>`,
    );
    await waitUntil(() => summary.shadowRoot!.querySelector('canvas'), 'summary not loaded');
    await waitUntil(chartRequested, 'Chart.js was never loaded for the summary');
  });
});
