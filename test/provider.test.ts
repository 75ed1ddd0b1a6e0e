import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsClient, type CreditsBalance, type CreditsProvider } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import { $, has, text } from './helpers/dom.js';
import { recordWarnings, restoreWarnings } from './helpers/warnings.js';
import './helpers/setup.js';

const figure = (el: CreditsBalance) => text($(el, '[part~="value"]'));

async function allLoaded(root: ParentNode): Promise<CreditsBalance[]> {
  const els = [...root.querySelectorAll('credits-balance')];
  await waitUntil(
    () => els.every((el) => has(el, '[part~="value"]') || has(el, '[role="alert"]')),
    'not every balance finished loading',
  );
  return els;
}

describe('<credits-provider>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    restoreFetch();
    restoreWarnings();
  });

  it('hands its endpoint to the credits elements inside it, through shadow roots too', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<credits-balance locale="en-US"></credits-balance>';
    await fixture(
      html`<credits-provider endpoint=${server.endpoint}
        ><section>${host}</section></credits-provider
      >`,
    );
    const [el] = await allLoaded(host.shadowRoot!);
    expect(figure(el!)).to.equal('12,480');
    expect(server.callsTo('GET /balance')).to.have.length(1);
  });

  it('hands down admin, show-cost and locale', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const root = await fixture(
      html`<credits-provider endpoint=${server.endpoint} admin show-cost locale="de-DE">
        <credits-balance></credits-balance>
      </credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(figure(el!)).to.equal('12.480');
    expect(has(el!, '[part~="purchase-button"]')).to.be.true;
    expect(text($(el!, '#cost-value'))).to.equal('0,0120\u00a0$');
  });

  it('switches admin live for the elements inside', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const root = await fixture<CreditsProvider>(
      html`<credits-provider endpoint=${server.endpoint}
        ><credits-balance></credits-balance
      ></credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(has(el!, '[part~="purchase-button"]')).to.be.false;
    root.admin = true;
    await root.updateComplete;
    await el!.updateComplete;
    expect(has(el!, '[part~="purchase-button"]')).to.be.true;
  });

  it('five balances in one provider make one /balance request', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 10 } });
    const root = await fixture(
      html`<credits-provider endpoint=${server.endpoint}>
        <credits-balance></credits-balance><credits-balance></credits-balance>
        <credits-balance></credits-balance><credits-balance></credits-balance>
        <credits-balance></credits-balance>
      </credits-provider>`,
    );
    const els = await allLoaded(root);
    expect(els).to.have.length(5);
    expect(server.callsTo('GET /balance')).to.have.length(1);
  });

  it('five standalone balances with the same endpoint make one request', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 10 } });
    const e = server.endpoint;
    const root = await fixture(
      html`<div>
        <credits-balance endpoint=${e}></credits-balance>
        <credits-balance endpoint=${e}></credits-balance>
        <credits-balance endpoint=${e + '/'}></credits-balance>
        <credits-balance endpoint=${new URL(e, document.baseURI).href}></credits-balance>
        <credits-balance endpoint=${e}></credits-balance>
      </div>`,
    );
    await allLoaded(root);
    expect(server.callsTo('GET /balance')).to.have.length(1);
  });

  it('sends the headers and credentials it is given as properties', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const root = await fixture<CreditsProvider>(
      html`<credits-provider
        endpoint=${server.endpoint}
        credentials="include"
        .headers=${{ Authorization: 'Bearer abc' }}
      >
        <credits-balance></credits-balance>
      </credits-provider>`,
    );
    await allLoaded(root);
    expect(server.calls[0]!.headers.get('Authorization')).to.equal('Bearer abc');
    expect(server.calls[0]!.credentials).to.equal('include');
    expect(root.hasAttribute('headers'), 'the token never sits in the DOM').to.be.false;
  });

  it('reloads every element inside when its endpoint changes', async () => {
    const first = fakeServer({ 'GET /balance': { body: { available: 1 } } });
    const second = fakeServer({ 'GET /balance': { body: { available: 2 } } });
    const root = await fixture<CreditsProvider>(
      html`<credits-provider endpoint=${first.endpoint}>
        <credits-balance></credits-balance>
      </credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(figure(el!)).to.equal('1');
    root.endpoint = second.endpoint;
    await waitUntil(() => figure(el!) === '2', 'did not reload from the new endpoint');
  });

  it('accepts a client of the host own making', async () => {
    const server = fakeServer({ 'GET /balance': { body: { available: 77 } } });
    const client = new CreditsClient({ endpoint: server.endpoint, headers: { 'X-Org': '9' } });
    const root = await fixture(
      html`<credits-provider .client=${client}
        ><credits-balance></credits-balance
      ></credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(figure(el!)).to.equal('77');
    expect(server.calls[0]!.headers.get('X-Org')).to.equal('9');
  });

  it('leaves the layout of its children to their parent', async () => {
    const root = await fixture(
      html`<div style="display: flex; gap: 10px; width: 400px">
        <credits-provider
          ><p style="flex: 1; margin: 0">a</p>
          <p style="flex: 1; margin: 0">b</p></credits-provider
        >
      </div>`,
    );
    const [a, b] = [...root.querySelectorAll('p')];
    expect(a!.getBoundingClientRect().width).to.equal(195);
    expect(b!.getBoundingClientRect().left - a!.getBoundingClientRect().right).to.equal(10);
  });

  it("an element's own attributes win over the provider's, in both directions", async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const root = await fixture(
      html`<credits-provider endpoint=${server.endpoint} admin show-cost locale="de-DE">
        <credits-balance admin="false" show-cost="false" locale="en-US"></credits-balance>
        <credits-balance></credits-balance>
      </credits-provider>`,
    );
    const [own, inherited] = await allLoaded(root);
    expect(has(own!, '[part~="purchase-button"]'), 'own admin="false" wins').to.be.false;
    expect(text($(own!, '#cost-value')), 'own show-cost="false" wins').to.equal('Hidden');
    expect(figure(own!), 'own locale wins').to.equal('12,480');
    expect(has(inherited!, '[part~="purchase-button"]')).to.be.true;
    expect(figure(inherited!)).to.equal('12.480');
  });

  it("an element's own admin wins over a provider without it", async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const root = await fixture(
      html`<credits-provider endpoint=${server.endpoint}>
        <credits-balance admin></credits-balance>
      </credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(has(el!, '[part~="purchase-button"]')).to.be.true;
  });

  it("an element's own endpoint wins over the provider's", async () => {
    const outer = fakeServer({ 'GET /balance': { body: { available: 1 } } });
    const own = fakeServer({ 'GET /balance': { body: { available: 2 } } });
    const root = await fixture(
      html`<credits-provider endpoint=${outer.endpoint}>
        <credits-balance endpoint=${own.endpoint}></credits-balance>
      </credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(figure(el!)).to.equal('2');
    expect(outer.calls).to.have.length(0);
  });

  it('never replaces a client the host set, on the element or on the provider', async () => {
    const server = fakeServer({ 'GET /balance': { body: { available: 77 } } });
    const other = fakeServer({ 'GET /balance': { body: { available: 1 } } });
    const client = new CreditsClient({ endpoint: server.endpoint });
    const root = await fixture<CreditsProvider>(
      html`<credits-provider .client=${client} endpoint=${other.endpoint}>
        <credits-balance></credits-balance>
        <credits-balance .client=${client}></credits-balance>
      </credits-provider>`,
    );
    const els = await allLoaded(root);
    expect(els.map(figure)).to.deep.equal(['77', '77']);
    expect(root.client === client, 'the provider kept the host client').to.be.true;
    expect(els[1]!.client === client, 'the element kept the host client').to.be.true;
    expect(other.calls).to.have.length(0);
  });

  it('reads admin="false" on the provider as false', async () => {
    const server = fakeServer({ 'GET /balance': { body: fx.balance } });
    const root = await fixture(
      html`<credits-provider endpoint=${server.endpoint} admin="false">
        <credits-balance></credits-balance>
      </credits-provider>`,
    );
    const [el] = await allLoaded(root);
    expect(has(el!, '[part~="purchase-button"]')).to.be.false;
  });

  it('hands refresh-interval to the elements inside that set none', async () => {
    const server = fakeServer({
      'GET /balance': { body: fx.balance },
      'GET /usage/monthly': { body: fx.monthly },
    });
    await fixture(
      html`<credits-provider endpoint=${server.endpoint} refresh-interval="1.1">
        <credits-balance locale="en-US"></credits-balance>
      </credits-provider>`,
    );
    await waitUntil(() => server.callsTo('GET /balance').length >= 2, 'never polled', {
      timeout: 4000,
    });
  });

  describe('a setting the page got wrong', () => {
    it('credentials="bogus": every widget inside names the attribute and its value, and nothing is requested', async () => {
      const server = fakeServer({
        'GET /balance': { body: fx.balance },
        'GET /subscription': { body: fx.subscription },
      });
      const root = await fixture(
        html`<credits-provider endpoint=${server.endpoint} credentials="bogus">
          <credits-balance></credits-balance>
          <credits-subscription></credits-subscription>
        </credits-provider>`,
      );
      const els = [...root.children] as HTMLElement[];
      await waitUntil(() => els.every((el) => has(el, '[role="alert"]')), 'no error panel');
      for (const el of els) {
        const said = text($(el, '[role="alert"] p'));
        expect(said, el.localName).to.include('credentials to "bogus"');
        expect(said, el.localName).to.include('same-origin, include, omit');
        expect(said, el.localName).not.to.include('Could not reach the credits service');
      }
      const retried = oneEvent(els[0]!, 'credits-error');
      ($(els[0]!, '[role="alert"] button') as HTMLButtonElement).click();
      const { detail } = await retried;
      expect(detail.error.kind, 'Retry fails the same way').to.equal('config');
      expect(detail.message).to.include('credentials to "bogus"');
      expect(server.calls, 'no request reached the server').to.have.length(0);
    });

    for (const given of ['abc', '', '-5']) {
      it(`timeout="${given}": a 300 ms answer shows, with one console warning naming timeout`, async () => {
        const warnings = recordWarnings();
        const server = fakeServer({ 'GET /balance': { body: fx.balance, delay: 300 } });
        const root = await fixture(
          html`<credits-provider endpoint=${server.endpoint} timeout=${given}>
            <credits-balance locale="en-US"></credits-balance>
            <credits-balance locale="en-US"></credits-balance>
          </credits-provider>`,
        );
        const els = await allLoaded(root);
        expect(els.map(figure)).to.deep.equal(['12,480', '12,480']);
        // An attribute that is a number ("-5") is quoted as one, text ("abc", "") as text.
        const shown = given === '-5' ? '-5' : JSON.stringify(given);
        expect(warnings.seen).to.deep.equal([
          `credits-widgets: timeout ${shown} is not a number of milliseconds above 0; using 15000.`,
        ]);
      });
    }
  });
});
