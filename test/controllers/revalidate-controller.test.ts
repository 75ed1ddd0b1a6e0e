import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CreditsBalance } from '../../src/index.js';
import * as fx from '../fixtures.js';
import { fakeServer, restoreFetch } from '../helpers/fake-server.js';
import '../helpers/setup.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RevalidateController (refresh-interval)', () => {
  afterEach(restoreFetch);

  it('starts polling when refresh-interval is set later, and stops when the element leaves', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const el = await fixture<CreditsBalance>(
      html`<credits-balance endpoint=${server.endpoint} locale="en-US"></credits-balance>`,
    );
    await waitUntil(() => server.callsTo('GET /balance').length === 1);
    await pause(400);
    expect(server.callsTo('GET /balance'), 'no polling by default').to.have.length(1);

    el.refreshInterval = 0.2;
    await waitUntil(() => server.callsTo('GET /balance').length >= 3, 'never polled', {
      timeout: 3000,
    });
    el.remove();
    const calls = server.callsTo('GET /balance').length;
    await pause(500);
    expect(server.callsTo('GET /balance'), 'polled after leaving the page').to.have.length(calls);
  });
});
