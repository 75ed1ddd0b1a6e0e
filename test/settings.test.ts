import { expect } from '@open-wc/testing';
import { CreditsClient, DEFAULT_TIMEOUT } from '../src/data/client.js';
import { userMessage } from '../src/data/errors.js';
import type { CreditsClientOptions } from '../src/data/options.js';
import { MAX_TIMEOUT } from '../src/data/settings.js';
import { sharedClient } from '../src/data/shared.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch, uniqueEndpoint } from './helpers/fake-server.js';
import { rejection } from './helpers/host.js';
import { recordWarnings, restoreWarnings } from './helpers/warnings.js';
import './helpers/setup.js';

/** Options as plain JavaScript or an attribute may give them, past the TypeScript types. */
const unchecked = (options: Record<string, unknown>) => options as unknown as CreditsClientOptions;

describe('CreditsClient settings', () => {
  afterEach(() => {
    restoreFetch();
    restoreWarnings();
  });

  describe('timeout', () => {
    for (const [given, shown] of [
      [NaN, 'NaN'],
      [0, '0'],
      [-5, '-5'],
      ['abc', '"abc"'],
    ] as const) {
      it(`uses the default for timeout ${shown} and warns once, naming it`, async () => {
        const warnings = recordWarnings();
        const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 300 } });
        const client = new CreditsClient(unchecked({ endpoint: server.endpoint, timeout: given }));
        expect((await client.getBalance()).available).to.equal(12_480);
        await client.getMonthlyUsage(4).catch(() => {});
        expect(client.timeout).to.equal(DEFAULT_TIMEOUT);
        expect(warnings.seen).to.deep.equal([
          `credits-widgets: timeout ${shown} is not a number of milliseconds above 0; using ${DEFAULT_TIMEOUT}.`,
        ]);
      });
    }

    for (const given of [2 ** 31, Infinity]) {
      it(`caps timeout ${given} to the longest a timer waits, which would otherwise fire at once`, async () => {
        const warnings = recordWarnings();
        const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 300 } });
        const client = new CreditsClient({ endpoint: server.endpoint, timeout: given });
        expect((await client.getBalance()).available).to.equal(12_480);
        expect(client.timeout).to.equal(MAX_TIMEOUT);
        expect(warnings.seen).to.have.length(1);
        expect(warnings.seen[0]).to.include(`timeout ${given} is longer than`);
      });
    }

    it('keeps a number above 0 as it is, without a warning', async () => {
      const warnings = recordWarnings();
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: Infinity } });
      const client = new CreditsClient({ endpoint: server.endpoint, timeout: 40 });
      expect((await rejection(client.getBalance())).kind).to.equal('timeout');
      expect(client.timeout).to.equal(40);
      expect(warnings.seen).to.deep.equal([]);
    });
  });

  describe('cacheTtl', () => {
    for (const given of [-1, NaN]) {
      it(`uses the default for cacheTtl ${given} and warns once`, async () => {
        const warnings = recordWarnings();
        const server = fakeServer({ 'GET /balance': { body: fx.balance } });
        const client = new CreditsClient({ endpoint: server.endpoint, cacheTtl: given });
        await client.getBalance();
        await client.getBalance();
        expect(server.calls, 'the second answer came from the cache').to.have.length(1);
        expect(warnings.seen).to.deep.equal([
          `credits-widgets: cacheTtl ${given} is not a number of milliseconds of 0 or more; using 10000.`,
        ]);
      });
    }

    it('takes 0 as "no cache", without a warning', async () => {
      const warnings = recordWarnings();
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient({ endpoint: server.endpoint, cacheTtl: 0 });
      await client.getBalance();
      await client.getBalance();
      expect(server.calls).to.have.length(2);
      expect(warnings.seen).to.deep.equal([]);
    });
  });

  describe('credentials', () => {
    it('rejects every request with kind "config" naming the setting, and sends none', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient(
        unchecked({ endpoint: server.endpoint, credentials: 'bogus' }),
      );
      const error = await rejection(client.getBalance());
      expect(error.kind).to.equal('config');
      expect(error.setting).to.deep.equal({
        name: 'credentials',
        given: 'bogus',
        allowed: 'same-origin, include, omit',
      });
      expect(error.message).to.equal(
        'credits-widgets: credentials "bogus" is not one of same-origin, include, omit; no request is sent.',
      );
      expect(userMessage(error)).to.equal(
        'This page sets the credits widgets’ credentials to "bogus", which is not allowed (it must be one of: same-origin, include, omit), so nothing was requested. This is a setting of the page, not a problem with your connection: tell the site’s support.',
      );
      expect((await rejection(client.createPurchase(1000))).kind).to.equal('config');
      expect((await rejection(client.getBalance())).kind, 'a retry fails the same way').to.equal(
        'config',
      );
      expect(server.calls).to.have.length(0);
    });

    it('sends each of the three allowed values as it is', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      for (const credentials of ['same-origin', 'include', 'omit'] as const) {
        await new CreditsClient({ endpoint: server.endpoint, credentials }).getBalance();
      }
      expect(server.calls.map((c) => c.credentials)).to.deep.equal([
        'same-origin',
        'include',
        'omit',
      ]);
    });
  });

  describe('fetch and headers', () => {
    it('a fetch that is not a function is a "config" error, not the network', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient(unchecked({ endpoint: server.endpoint, fetch: 'fetch' }));
      const error = await rejection(client.getBalance());
      expect(error.kind).to.equal('config');
      expect(userMessage(error)).to.include('a fetch of type string').and.include('a function');
      expect(server.calls).to.have.length(0);
    });

    it('headers of the wrong type are a "config" error that never shows their value', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      for (const headers of ['Bearer secret-token', [['X-Only-A-Name']]]) {
        const client = new CreditsClient(unchecked({ endpoint: server.endpoint, headers }));
        const error = await rejection(client.getBalance());
        expect(error.kind).to.equal('config');
        const said = userMessage(error);
        expect(said).to.include('headers of type').and.include('a function that returns one');
        expect(`${said} ${error.message}`).not.to.include('secret-token');
      }
      expect(server.calls).to.have.length(0);
    });
  });

  it('the shared client warns once for a bad value however many widgets ask for it', () => {
    const warnings = recordWarnings();
    const endpoint = uniqueEndpoint();
    const options = unchecked({ endpoint, timeout: 'abc' });
    const first = sharedClient(options);
    expect(sharedClient(unchecked({ endpoint, timeout: 'abc' }))).to.equal(first);
    expect(warnings.seen).to.have.length(1);
  });

  it('good options print nothing', () => {
    const warnings = recordWarnings();
    new CreditsClient({
      endpoint: uniqueEndpoint(),
      credentials: 'include',
      timeout: 300,
      cacheTtl: Infinity,
      headers: () => ({}),
      fetch: (...args) => fetch(...args),
    });
    expect(warnings.seen).to.deep.equal([]);
  });
});
