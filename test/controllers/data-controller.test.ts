import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClientController } from '../../src/controllers/client-controller.js';
import { DataController } from '../../src/controllers/data-controller.js';
import type { CreditsClient } from '../../src/data/client.js';
import * as fx from '../fixtures.js';
import { fakeServer, restoreFetch, type FakeServer } from '../helpers/fake-server.js';
import { CountingClient, gate, pause, settle } from '../helpers/lifecycle.js';
import '../helpers/setup.js';

/** A bare host: a plain LitElement with only the two controllers under test. */
class DataHost extends LitElement {
  static override properties = {
    client: { attribute: false },
    endpoint: {},
    refreshInterval: { attribute: 'refresh-interval', type: Number },
  };
  client?: CreditsClient;
  endpoint = '';
  refreshInterval = 0;
  readonly clients = new ClientController(this);
  readonly balance = new DataController(this, this.clients, {
    args: () => [],
    run: (client, _args, signal) => client.getBalance({ signal }),
    peek: (client) => client.peekBalance(),
  });
  renders = 0;
  protected override render() {
    this.renders += 1;
    const { value, busy, error } = this.balance;
    return html`<p>${value ? value.available : error ? 'failed' : busy ? 'loading' : 'idle'}</p>`;
  }
}
customElements.define('data-host', DataHost);

const shown = (el: DataHost) => el.shadowRoot!.querySelector('p')!.textContent;

async function mount(server: FakeServer, attach = true) {
  const client = new CountingClient({ endpoint: server.endpoint });
  const el = document.createElement('data-host') as DataHost;
  el.client = client;
  const parent = await fixture(html`<div></div>`);
  if (attach) parent.append(el);
  return { el, client, parent };
}

describe('DataController and ClientController on a bare host', () => {
  afterEach(restoreFetch);

  it('loads through its client and shows the answer', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 20 } });
    const { el, client } = await mount(server);
    await waitUntil(() => shown(el) === '12480', 'the balance never showed');
    expect(server.callsTo('GET /balance')).to.have.length(1);
    expect(client.listeners, 'listens to its client while in the page').to.equal(2);
  });

  it('shows what the client already holds in its first render and asks nothing', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const client = new CountingClient({ endpoint: server.endpoint });
    await client.getBalance();
    const el = document.createElement('data-host') as DataHost;
    el.client = client;
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('12480');
    expect(el.renders, 'drawn once').to.equal(1);
    expect(server.callsTo('GET /balance'), 'nothing asked again').to.have.length(1);
  });

  it('removed before its request: sends nothing and holds nothing; added again, it loads', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const { el, client, parent } = await mount(server, false);
    parent.append(el);
    el.remove(); // same task: the first update has not run
    await settle();
    expect(server.calls, 'no request from a removed element').to.have.length(0);
    expect(client.listeners).to.equal(0);
    parent.append(el);
    await waitUntil(() => shown(el) === '12480', 'no load after coming back');
    expect(client.listeners).to.equal(2);
  });

  it('removed during its request: aborts it, holds nothing, and a refresh sends nothing', async () => {
    const held = gate();
    const server = fakeServer({ 'GET /balance': { body: fx.balance, until: held.promise } });
    const { el, client, parent } = await mount(server);
    await waitUntil(() => server.calls.length === 1);
    el.remove();
    await settle();
    expect(server.calls[0]!.signal?.aborted, 'the request was aborted').to.equal(true);
    expect(client.listeners, 'no listener left on the client').to.equal(0);
    held.release();
    client.refresh();
    client.revalidate();
    await settle();
    expect(server.calls, 'nothing asked after removal').to.have.length(1);

    parent.append(el);
    await waitUntil(() => shown(el) === '12480', 'no fresh load after coming back');
    expect(server.calls).to.have.length(2);
  });

  it('removed after its load: a refresh of the shared client sends nothing for it', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const { el, client } = await mount(server);
    await waitUntil(() => shown(el) === '12480');
    el.remove();
    client.refresh();
    await settle();
    expect(server.calls).to.have.length(1);
    expect(client.listeners).to.equal(0);
  });

  it('removed during a revalidation: aborts it; back, it shows the data while loading again', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const { el, client, parent } = await mount(server);
    await waitUntil(() => shown(el) === '12480');
    const held = gate();
    server.on('GET /balance', { body: { ...fx.balance, available: 99 }, until: held.promise });
    client.revalidate();
    await waitUntil(() => server.calls.length === 2);
    el.remove();
    await settle();
    expect(server.calls[1]!.signal?.aborted).to.equal(true);
    expect(client.listeners).to.equal(0);
    held.release();
    parent.append(el);
    await el.updateComplete;
    expect(shown(el), 'the data it had, not a skeleton').to.equal('12480');
    await waitUntil(() => shown(el) === '99', 'the newer answer never showed');
  });

  it('a poll never aborts the load it would repeat: a server slower than the interval is shown', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 2500 } });
    const { el } = await mount(server);
    el.refreshInterval = 1;
    await waitUntil(() => shown(el) === '12480', 'the first answer never showed', {
      timeout: 4000,
    });
    const aborted = server.calls.filter((c) => c.signal?.aborted);
    expect(aborted, 'no request was dropped').to.have.length(0);
    el.remove();
  });

  it('a failure is mended when another widget on the client loads the same data', async () => {
    const server = fakeServer({ 'GET /balance': fx.errorReply(500, 'Boom') });
    const { el, client } = await mount(server);
    await waitUntil(() => shown(el) === 'failed');
    server.on('GET /balance', { body: fx.balance });
    await client.getBalance();
    await waitUntil(() => shown(el) === '12480', 'still failed');
    expect(server.calls, 'mended from the cache, not asked again').to.have.length(2);
  });

  it('polls only while in the page', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const { el } = await mount(server);
    el.refreshInterval = 1.1;
    await waitUntil(() => server.calls.length >= 2, 'never polled', { timeout: 3000 });
    el.remove();
    const calls = server.calls.length;
    await pause(1500);
    expect(server.calls, 'polled after removal').to.have.length(calls);
  });
});
