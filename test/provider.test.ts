import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CreditsClient, type CreditsBalance, type CreditsProvider } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import { $, has, text } from './helpers/dom.js';

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
  afterEach(restoreFetch);

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
    expect(server.calls).to.have.length(1);
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

  it('is invisible to layout and to assistive technology', async () => {
    const root = await fixture<CreditsProvider>(html`<credits-provider></credits-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
    await expect(root).to.be.accessible();
  });
});
