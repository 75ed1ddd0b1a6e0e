import { expect } from '@open-wc/testing';
import { CreditsClient, INVALIDATE_EVENT } from '../src/data/client.js';
import { asCreditsError, CreditsError, supportDetails, userMessage } from '../src/data/errors.js';
import { sharedClient } from '../src/data/shared.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch, uniqueEndpoint } from './helpers/fake-server.js';
import './helpers/setup.js';
import { CONTRACT_SAYS } from './shared/element-states.js';
import { rejection } from './helpers/host.js';

describe('CreditsClient', () => {
  afterEach(restoreFetch);

  describe('requests', () => {
    it('resolves the endpoint against the page and appends contract paths', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient({ endpoint: server.endpoint + '/' });
      const value = await client.getBalance();
      expect(value.available).to.equal(12_480);
      expect(server.calls[0]!.url.href).to.equal(
        new URL(server.endpoint + '/balance', document.baseURI).href,
      );
    });

    it("appends contract paths to an endpoint at the origin's root without doubling the slash", async () => {
      const asked: string[] = [];
      const client = new CreditsClient({
        endpoint: 'https://credits.example/',
        fetch: async (input) => {
          asked.push(String(input));
          const body = String(input).includes('/usage/monthly') ? fx.monthly : fx.balance;
          return new Response(JSON.stringify(body), {
            headers: { 'Content-Type': 'application/json' },
          });
        },
      });
      await client.getBalance();
      await client.getMonthlyUsage(4);
      expect(client.endpoint).to.equal('https://credits.example/');
      expect(asked).to.deep.equal([
        'https://credits.example/balance',
        'https://credits.example/usage/monthly?months=4',
      ]);
    });

    it('sends the transaction filters as query parameters and leaves out empty ones', async () => {
      const server = fakeServer({ 'GET /transactions': { body: fx.usagePage } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      await client.getTransactions({
        kind: 'usage',
        limit: 50,
        cursor: 'abc',
        from: '2026-10-01',
        to: '2026-10-31',
        eventId: 1042,
      });
      await client.getTransactions({ kind: 'purchase', cursor: null, from: '' });
      const [first, second] = server.calls;
      expect(Object.fromEntries(first!.url.searchParams)).to.deep.equal({
        kind: 'usage',
        limit: '50',
        cursor: 'abc',
        from: '2026-10-01',
        to: '2026-10-31',
        eventId: '1042',
      });
      expect(Object.fromEntries(second!.url.searchParams)).to.deep.equal({ kind: 'purchase' });
    });

    it('escapes query values as a form would, and a value needing it keeps one cache key', async () => {
      const server = fakeServer({ 'GET /transactions': { body: fx.usagePage } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const cursor = 'a+b/c=d e&f~!é';
      await client.getTransactions({ kind: 'usage', limit: 25, cursor });
      await client.getTransactions({ kind: 'usage', limit: 25, cursor });
      await client.getTransactions({ kind: 'usage', limit: 25, cursor: 'opaque_1.2-3*' });
      expect(server.calls, 'the repeat came from the cache').to.have.length(2);
      const [special, plain] = server.calls;
      const form = (query: Record<string, string>) => `?${new URLSearchParams(query)}`;
      expect(special!.url.search).to.equal(form({ kind: 'usage', limit: '25', cursor }));
      expect(special!.url.searchParams.get('cursor')).to.equal(cursor);
      expect(plain!.url.search).to.equal('?kind=usage&limit=25&cursor=opaque_1.2-3*');
    });

    it('asks for the number of months it is given', async () => {
      const server = fakeServer({ 'GET /usage/monthly': { body: fx.monthly } });
      await new CreditsClient({ endpoint: server.endpoint }).getMonthlyUsage(6);
      expect(server.calls[0]!.url.searchParams.get('months')).to.equal('6');
    });

    it('sends cookies same-origin by default and the credentials it is given otherwise', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      await new CreditsClient({ endpoint: server.endpoint }).getBalance();
      await new CreditsClient({ endpoint: server.endpoint, credentials: 'include' }).getBalance();
      expect(server.calls.map((c) => c.credentials)).to.deep.equal(['same-origin', 'include']);
    });

    it('puts a request on the wire in the task that asked for it, unless headers come from a function', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const asked = new CreditsClient({ endpoint: server.endpoint }).getBalance();
      // (The CDN loader's first requests then go out before the chunks it imports next.)
      expect(server.calls, 'fetch called before any await').to.have.length(1);
      await asked;
      const later = new CreditsClient({
        endpoint: server.endpoint,
        headers: () => ({ Authorization: 'Bearer x' }),
      }).getBalance();
      expect(server.calls, 'a headers function is awaited first').to.have.length(1);
      await later;
      expect(server.calls[1]!.headers.get('Authorization')).to.equal('Bearer x');
    });

    it('adds host headers from an object or from a function called per request', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      await new CreditsClient({
        endpoint: server.endpoint,
        headers: { Authorization: 'Bearer one' },
      }).getBalance();
      let n = 0;
      const dynamic = new CreditsClient({
        endpoint: server.endpoint,
        headers: async () => ({ Authorization: `Bearer token-${++n}` }),
        cacheTtl: 0,
      });
      await dynamic.getBalance();
      await dynamic.getBalance();
      expect(server.calls.map((c) => c.headers.get('Authorization'))).to.deep.equal([
        'Bearer one',
        'Bearer token-1',
        'Bearer token-2',
      ]);
      expect(server.calls[0]!.headers.get('Accept')).to.equal('application/json');
    });

    it('uses a host-supplied fetch instead of the page one', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const seen: string[] = [];
      const client = new CreditsClient({
        endpoint: server.endpoint,
        fetch: (input, init) => {
          seen.push(String(input));
          return window.fetch(input, init);
        },
      });
      await client.getBalance();
      expect(seen).to.have.length(1);
      expect(seen[0]).to.match(/\/balance$/);
    });

    it('posts JSON bodies for purchases and returns the checkout', async () => {
      const server = fakeServer({
        'POST /purchases': { status: 201, body: { checkoutUrl: 'https://pay.example/c/1' } },
      });
      const result = await new CreditsClient({ endpoint: server.endpoint }).createPurchase(1000);
      expect(result.checkoutUrl).to.equal('https://pay.example/c/1');
      expect(server.calls[0]!.body).to.deep.equal({ credits: 1000 });
      expect(server.calls[0]!.headers.get('Content-Type')).to.equal('application/json');
    });
  });

  describe('sharing', () => {
    it('merges concurrent requests for the same resource into one', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 20 } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => client.getBalance()));
      expect(server.calls).to.have.length(1);
      expect(results.every((r) => r.available === 12_480)).to.be.true;
    });

    it('does not merge requests for different queries', async () => {
      const server = fakeServer({ 'GET /transactions': { body: fx.usagePage, delay: 10 } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      await Promise.all([
        client.getTransactions({ kind: 'usage' }),
        client.getTransactions({ kind: 'usage', cursor: 'c2' }),
      ]);
      expect(server.calls).to.have.length(2);
    });

    it('asks the server for a fresh request though the cache holds it, and keeps the newer answer', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      await client.getBalance();
      server.on('GET /balance', { body: { ...fx.balance, available: 7 } });
      const fresh = await client.getBalance({ fresh: true });
      expect(server.calls).to.have.length(2);
      expect(fresh.available).to.equal(7);
      expect(client.peekBalance()?.available, 'the cache holds the newer answer').to.equal(7);
    });

    it('serves a repeated request from its short cache', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      await client.getBalance();
      await client.getBalance();
      expect(server.calls).to.have.length(1);
    });

    it('asks again once the cache has expired', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient({ endpoint: server.endpoint, cacheTtl: 0 });
      await client.getBalance();
      await client.getBalance();
      expect(server.calls).to.have.length(2);
    });

    it('does not cache failures', async () => {
      const server = fakeServer({ 'GET /balance': fx.errorReply(500, 'Down') });
      const client = new CreditsClient({ endpoint: server.endpoint });
      await rejection(client.getBalance());
      server.on('GET /balance', { body: fx.balance });
      expect((await client.getBalance()).available).to.equal(12_480);
      expect(server.calls).to.have.length(2);
    });

    it('refresh() revalidates and tells its widgets to reload', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      let invalidated = 0;
      client.addEventListener(INVALIDATE_EVENT, () => invalidated++);
      await client.getBalance();
      client.refresh();
      server.on('GET /balance', { body: { ...fx.balance, available: 7 } });
      expect((await client.getBalance()).available).to.equal(7);
      expect(server.calls).to.have.length(2);
      expect(invalidated).to.equal(1);
    });

    it('a recheck makes the next payments request go to the server', async () => {
      const server = fakeServer({
        'GET /payments': { body: fx.paymentPage },
        'POST /payments/pay_7QK2M/recheck': { body: { ...fx.payment, status: 'completed' } },
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      await client.getPayments();
      const rechecked = await client.recheckPayment('pay_7QK2M');
      await client.getPayments();
      expect(rechecked.status).to.equal('completed');
      expect(server.callsTo('GET /payments')).to.have.length(2);
    });

    it('gives one shared client per resolved endpoint and options', () => {
      const endpoint = uniqueEndpoint();
      const absolute = new URL(endpoint, document.baseURI).href;
      const a = sharedClient({ endpoint });
      expect(sharedClient({ endpoint: endpoint + '/' })).to.equal(a);
      expect(sharedClient({ endpoint: absolute })).to.equal(a);
      expect(sharedClient({ endpoint, credentials: 'include' })).not.to.equal(a);
      const headers = { Authorization: 'x' };
      expect(sharedClient({ endpoint, headers })).to.equal(sharedClient({ endpoint, headers }));
      expect(sharedClient({ endpoint, headers })).not.to.equal(
        sharedClient({ endpoint, headers: { ...headers } }),
      );
    });
  });

  describe('revalidating', () => {
    it('keeps a request under way: a revalidation does not start it over', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 80 } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const first = client.getBalance();
      client.revalidate();
      const second = client.getBalance();
      await Promise.all([first, second]);
      expect(server.calls, 'joined, not asked again').to.have.length(1);
      expect(server.calls[0]!.signal?.aborted).to.equal(false);
    });

    it('drops a request under way on refresh(): a write may have changed the answer', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 40 } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const first = client.getBalance();
      client.refresh();
      await Promise.all([first, client.getBalance()]);
      expect(server.calls).to.have.length(2);
    });

    it('keeps a shared request when its only caller leaves and another joins in the same task', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 40 } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const leaving = new AbortController();
      const first = client.getBalance({ signal: leaving.signal }).catch(() => 'left');
      leaving.abort();
      const second = client.getBalance();
      expect(await first).to.equal('left');
      expect((await second).available).to.equal(12_480);
      expect(server.calls).to.have.length(1);
      expect(server.calls[0]!.signal?.aborted).to.equal(false);
    });
  });

  describe('cancelling', () => {
    it('rejects at once with kind "aborted" for a signal already aborted', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance } });
      const controller = new AbortController();
      controller.abort();
      const client = new CreditsClient({ endpoint: server.endpoint });
      const error = await rejection(client.getBalance({ signal: controller.signal }));
      expect(error.kind).to.equal('aborted');
      expect(server.calls).to.have.length(0);
    });

    it('one caller leaving does not cancel a request others still wait for', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 30 } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const leaving = new AbortController();
      const first = client.getBalance({ signal: leaving.signal });
      const second = client.getBalance();
      leaving.abort();
      expect((await rejection(first)).kind).to.equal('aborted');
      expect((await second).available).to.equal(12_480);
      expect(server.calls[0]!.signal!.aborted).to.be.false;
    });

    it('cancels the request on the wire when every caller has left', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: Infinity } });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const a = new AbortController();
      const b = new AbortController();
      const first = client.getBalance({ signal: a.signal });
      const second = client.getBalance({ signal: b.signal });
      a.abort();
      b.abort();
      await rejection(first);
      await rejection(second);
      expect(server.calls[0]!.signal!.aborted).to.be.true;
    });

    it('cancels a write when its signal aborts', async () => {
      const server = fakeServer({ 'POST /purchases': { delay: Infinity } });
      const controller = new AbortController();
      const pending = new CreditsClient({ endpoint: server.endpoint }).createPurchase(1000, {
        signal: controller.signal,
      });
      controller.abort();
      expect((await rejection(pending)).kind).to.equal('aborted');
    });

    it('ends a request that hangs with kind "timeout"', async () => {
      const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: Infinity } });
      const client = new CreditsClient({ endpoint: server.endpoint, timeout: 30 });
      const error = await rejection(client.getBalance());
      expect(error.kind).to.equal('timeout');
      expect(server.calls[0]!.signal!.aborted).to.be.true;
    });
  });

  describe('errors', () => {
    const cases: [string, number, string][] = [
      ['401 is "unauthenticated"', 401, 'unauthenticated'],
      ['403 is "forbidden"', 403, 'forbidden'],
      ['500 is "http"', 500, 'http'],
      ['404 is "http"', 404, 'http'],
    ];
    for (const [name, status, kind] of cases) {
      it(`${name} and carries the server's ErrorBody`, async () => {
        const server = fakeServer({
          'GET /balance': fx.errorReply(status, 'Said the server', 'x'),
        });
        const error = await rejection(
          new CreditsClient({ endpoint: server.endpoint }).getBalance(),
        );
        expect(error.kind).to.equal(kind);
        expect(error.status).to.equal(status);
        expect(error.serverMessage).to.equal('Said the server');
        expect(error.code).to.equal('x');
      });
    }

    it('an error status without an ErrorBody still rejects, without a server message', async () => {
      const server = fakeServer({
        'GET /balance': { status: 502, body: '<html>Bad gateway</html>' },
      });
      const error = await rejection(new CreditsClient({ endpoint: server.endpoint }).getBalance());
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(502);
      expect(error.serverMessage).to.be.undefined;
    });

    it('a fetch that fails is "network"', async () => {
      const server = fakeServer({ 'GET /balance': { networkError: true } });
      const error = await rejection(new CreditsClient({ endpoint: server.endpoint }).getBalance());
      expect(error.kind).to.equal('network');
    });

    it('a 422 on saving billing details is "validation" with the field messages', async () => {
      const server = fakeServer({
        'PUT /billing-details': {
          status: 422,
          body: {
            error: { code: 'invalid', message: 'Check the fields', fields: { taxId: 'Bad GSTIN' } },
          },
        },
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const error = await rejection(client.saveBillingDetails(fx.billingDetails));
      expect(error.kind).to.equal('validation');
      expect(error.fields).to.deep.equal({ taxId: 'Bad GSTIN' });
      expect(server.calls[0]!.body).to.deep.equal(fx.billingDetails);
    });
  });

  describe('contract validation', () => {
    async function violation(
      route: string,
      body: unknown,
      call: (c: CreditsClient) => Promise<unknown>,
    ) {
      const server = fakeServer({ [route]: { body } });
      const error = await rejection(call(new CreditsClient({ endpoint: server.endpoint })));
      expect(error.kind).to.equal('contract');
      return error;
    }

    it('names the field and the wrong value', async () => {
      const error = await violation('GET /balance', { available: 'lots' }, (c) => c.getBalance());
      expect(error.issueSummary).to.equal('available: expected an integer, got "lots"');
    });

    it('names a missing required field', async () => {
      const error = await violation('GET /balance', { costPerCredit: null }, (c) => c.getBalance());
      expect(error.issueSummary).to.equal('available: is missing');
    });

    it('rejects fractional credits', async () => {
      const error = await violation('GET /balance', { available: 1.5 }, (c) => c.getBalance());
      expect(error.issueSummary).to.equal('available: expected an integer, got 1.5');
    });

    it('names the path inside arrays', async () => {
      const body = {
        ...fx.usagePage,
        items: [fx.usagePage.items[0], { ...fx.usagePage.items[1], credits: '-35' }],
      };
      const error = await violation('GET /transactions', body, (c) =>
        c.getTransactions({ kind: 'usage' }),
      );
      expect(error.issueSummary).to.equal('items[1].credits: expected an integer, got "-35"');
    });

    it('rejects money as a float instead of a decimal string', async () => {
      const body = { available: 1, costPerCredit: { amount: 0.012, currency: 'USD' } };
      const error = await violation('GET /balance', body, (c) => c.getBalance());
      expect(error.issueSummary).to.equal('costPerCredit.amount: expected a string, got 0.012');
    });

    it('rejects an instant without an offset', async () => {
      const body = { ...fx.balance, asOf: '2026-11-02T10:15:00' };
      const error = await violation('GET /balance', body, (c) => c.getBalance());
      expect(error.issueSummary).to.match(/^asOf: expected an RFC 3339 date-time/);
    });

    it('rejects a month that is not YYYY-MM', async () => {
      const body = { months: [{ month: '2026-13', credits: 1, transactions: 1 }] };
      const error = await violation('GET /usage/monthly', body, (c) => c.getMonthlyUsage());
      expect(error.issueSummary).to.match(/^months\[0\]\.month: expected a month/);
    });

    it('a body that is not JSON is a contract violation', async () => {
      const error = await violation('GET /balance', 'Service OK', (c) => c.getBalance());
      expect(error.issueSummary).to.equal('the response: expected JSON, got text that is not JSON');
    });

    it('requires nextCursor to be present, even when null', async () => {
      const error = await violation('GET /payments', { items: [] }, (c) => c.getPayments());
      expect(error.issueSummary).to.equal('nextCursor: is missing');
    });

    it('keeps a null nextCursor null (the last page)', async () => {
      const server = fakeServer({ 'GET /transactions': { body: fx.purchasePage } });
      const page = await new CreditsClient({ endpoint: server.endpoint }).getTransactions({
        kind: 'purchase',
      });
      expect(page.nextCursor).to.equal(null);
    });

    it('ignores fields the contract does not list', async () => {
      const server = fakeServer({ 'GET /balance': { body: { ...fx.balance, tier: 'gold' } } });
      const value = await new CreditsClient({ endpoint: server.endpoint }).getBalance();
      expect(value).to.deep.equal(fx.balance);
    });

    it('passes unknown type and status values through as given', async () => {
      const server = fakeServer({
        'GET /transactions': {
          body: { items: [{ ...fx.usagePage.items[0], type: 'face_reindex' }], nextCursor: null },
        },
        'GET /payments': {
          body: {
            items: [{ ...fx.payment, status: 'disputed', type: 'voucher' }],
            nextCursor: null,
          },
        },
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      expect((await client.getTransactions({ kind: 'usage' })).items[0]!.type).to.equal(
        'face_reindex',
      );
      const payment = (await client.getPayments()).items[0]!;
      expect([payment.status, payment.type]).to.deep.equal(['disputed', 'voucher']);
    });

    it('accepts every schema of the contract with its fixture', async () => {
      const server = fakeServer({
        'GET /subscription': { body: fx.subscription },
        'GET /billing-details': { body: fx.billingDetails },
        'GET /usage/monthly': { body: fx.monthly },
        'GET /transactions': { body: fx.purchasePage },
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      expect((await client.getSubscription()).plan.name).to.equal('Pay As You Go');
      expect((await client.getBillingDetails()).email).to.equal('billing@lumen.example');
      const months = (await client.getMonthlyUsage()).months;
      expect(months.map((m) => m.current)).to.deep.equal([false, true, false]);
      const page = await client.getTransactions({ kind: 'purchase' });
      expect(page.items[0]!.details).to.deep.equal(fx.purchasePage.items[0]!.details);
    });
  });

  describe('walking every page', () => {
    it('transactionPages follows nextCursor with the query, and stops at null', async () => {
      const server = fakeServer({
        'GET /transactions': (req) =>
          req.url.searchParams.get('cursor') === 'c2'
            ? { body: fx.usagePage2 }
            : { body: fx.usagePage },
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const ids: string[] = [];
      for await (const page of client.transactionPages({ kind: 'usage', limit: 100, eventId: 7 })) {
        ids.push(...page.items.map((tx) => tx.id));
      }
      expect(ids).to.deep.equal(['tx_1', 'tx_2', 'tx_3']);
      expect(server.calls.map((c) => c.url.searchParams.get('cursor'))).to.deep.equal([null, 'c2']);
      expect(server.calls.every((c) => c.url.searchParams.get('eventId') === '7')).to.be.true;
    });

    it('ends with a contract error when the server repeats a cursor', async () => {
      const server = fakeServer({
        'GET /payments': (req) => ({
          body: { items: [], nextCursor: req.url.searchParams.get('cursor') === 'a' ? 'b' : 'a' },
        }),
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const walk = async () => {
        for await (const page of client.paymentPages()) void page;
      };
      const error = await rejection(walk());
      expect(error.kind).to.equal('contract');
      expect(error.issueSummary).to.equal('nextCursor: repeated "a"');
      expect(server.callsTo('GET /payments')).to.have.length(3);
    });

    /**
     * Empty pages with a fresh cursor each, forever; past `runaway` requests a 500, so a walk
     * without a bound fails on the request count instead of hanging the suite.
     */
    function endlessEmptyPages(route: string, runaway = 1_000) {
      const server = fakeServer({
        [route]: () =>
          server.calls.length > runaway
            ? fx.errorReply(500, 'runaway walk')
            : { body: { items: [], nextCursor: `e${server.calls.length}` } },
      });
      return server;
    }

    for (const [route, walk] of [
      [
        'GET /transactions',
        (c: CreditsClient) => c.transactionPages({ kind: 'usage', limit: 100 }),
      ],
      ['GET /payments', (c: CreditsClient) => c.paymentPages({ limit: 100 })],
    ] as const) {
      it(`ends ${route} with a contract error after 10 empty pages in a row with new cursors`, async () => {
        const server = endlessEmptyPages(route);
        const client = new CreditsClient({ endpoint: server.endpoint });
        const error = await rejection(
          (async () => {
            for await (const page of walk(client)) void page;
          })(),
        );
        expect(server.calls.length, 'requests before it stops').to.equal(10);
        expect(error.kind).to.equal('contract');
        expect(error.walkBound).to.deep.equal({ bound: 'maxEmptyPages', count: 10 });
        expect(error.issueSummary).to.equal(
          'nextCursor: led to 10 pages in a row without items, each with another nextCursor',
        );
      });
    }

    it('takes its bounds from the options: fewer empty pages, fewer pages in all', async () => {
      const empty = endlessEmptyPages('GET /payments');
      const client = new CreditsClient({ endpoint: empty.endpoint });
      const emptyError = await rejection(
        (async () => {
          for await (const page of client.paymentPages({}, { maxEmptyPages: 3 })) void page;
        })(),
      );
      expect(empty.calls.length).to.equal(3);
      expect(emptyError.walkBound).to.deep.equal({ bound: 'maxEmptyPages', count: 3 });

      const endless = fakeServer({
        'GET /payments': () => ({
          body: { items: [fx.payment], nextCursor: `p${endless.calls.length}` },
        }),
      });
      const other = new CreditsClient({ endpoint: endless.endpoint });
      const limitError = await rejection(
        (async () => {
          for await (const page of other.paymentPages({}, { maxPages: 25 })) void page;
        })(),
      );
      expect(endless.calls.length).to.equal(25);
      expect(limitError.kind).to.equal('limit');
      expect(limitError.walkBound).to.deep.equal({ bound: 'maxPages', count: 25 });
    });
  });

  describe('what users read', () => {
    it('words a contract error for the user; the request and every field are in supportDetails', async () => {
      const server = fakeServer({
        'GET /transactions': {
          body: {
            items: [{ ...fx.usagePage.items[0], id: 1, credits: 'x', createdAt: 5 }],
            nextCursor: null,
          },
        },
      });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const error = await rejection(client.getTransactions({ kind: 'usage' }));
      expect(userMessage(error)).to.equal(CONTRACT_SAYS);
      const details = supportDetails(error);
      expect(details[0]).to.match(/^GET \/transactions/);
      expect(details.slice(1)).to.have.length(3);
      expect(details[1]).to.equal('items[0].id should be a string, not 1');
    });

    it('says a body that is not JSON is not JSON', async () => {
      const server = fakeServer({ 'GET /balance': { body: '<html>' } });
      const error = await rejection(new CreditsClient({ endpoint: server.endpoint }).getBalance());
      expect(userMessage(error)).to.equal(CONTRACT_SAYS);
      expect(supportDetails(error)).to.deep.equal(['GET /balance', 'the response is not JSON']);
    });

    it('points at CORS when a request to another origin fails while the browser is online', async () => {
      const client = new CreditsClient({
        endpoint: 'https://credits.example.invalid/api',
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      });
      const error = await rejection(client.getBalance());
      expect(error.kind).to.equal('network');
      expect(error.crossOrigin).to.be.true;
      expect(userMessage(error)).to.contain('may not accept requests from this site (CORS)');
      expect(userMessage(error)).to.contain('"Cross-origin APIs"');
    });

    it('blames the connection when a request to this origin fails', async () => {
      const server = fakeServer({ 'GET /balance': { networkError: true } });
      const error = await rejection(new CreditsClient({ endpoint: server.endpoint }).getBalance());
      expect(error.crossOrigin).to.be.false;
      expect(userMessage(error)).to.equal(
        'Could not reach the credits service. Check your connection and try again.',
      );
    });

    it('says the server kept sending pages without rows, and how many in a row', () => {
      const error = new CreditsError('contract', 'x', {
        walkBound: { bound: 'maxEmptyPages', count: 10 },
      });
      expect(userMessage(error)).to.equal(
        'The server kept sending pages without rows, each pointing to another one, so loading stopped after 10 empty pages in a row. If it keeps happening, tell the site’s support.',
      );
    });

    it('says after how many pages a list that did not end was stopped', () => {
      const error = new CreditsError('limit', 'x', {
        walkBound: { bound: 'maxPages', count: 10_000 },
      });
      expect(userMessage(error)).to.equal(
        'Loading stopped after 10,000 pages without reaching the end of the list. If the list really is that long, narrow it with a filter; otherwise tell the site’s support.',
      );
    });

    it('reports anything that is not a CreditsError as a bug of the widget, not of the server', () => {
      const error = asCreditsError(new TypeError('x is undefined'));
      expect(error.kind).to.equal('internal');
      expect(userMessage(error)).to.contain('ran into a problem of its own');
      expect(userMessage(error)).not.to.contain('HTTP');
    });
  });
});
