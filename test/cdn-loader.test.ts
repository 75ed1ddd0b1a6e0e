/**
 * The CDN loader's `loadCreditsElements(names)`: a host that creates elements from script, with
 * no tag in the page yet, loads and defines them first (awaiting `customElements.whenDefined`
 * alone would wait for ever: the loader only loads tags it sees). This page has no credits
 * element defined when it starts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadCreditsElements } from '../src/autoload.js';
import * as fx from './fixtures.js';
import { has } from './helpers/dom.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';

describe('loadCreditsElements(names)', () => {
  afterEach(restoreFetch);

  it('defines the elements named before any of their tags exists', async () => {
    expect(customElements.get('credits-balance')).to.equal(undefined);
    expect(document.querySelector('credits-balance')).to.equal(null);
    await loadCreditsElements(['credits-balance', 'credits-subscription']);
    expect(customElements.get('credits-balance'), 'credits-balance').not.to.equal(undefined);
    expect(customElements.get('credits-subscription'), 'credits-subscription').not.to.equal(
      undefined,
    );
  });

  it('then an element created from script works at once', async () => {
    await loadCreditsElements(['credits-balance']);
    const server = fakeServer({
      'GET /balance': { body: fx.balance },
      'GET /usage/monthly': { body: fx.monthly },
    });
    const Balance = customElements.get('credits-balance')!;
    const el = new Balance();
    el.setAttribute('endpoint', server.endpoint);
    el.setAttribute('locale', 'en-US');
    document.body.append(el);
    try {
      await waitUntil(() => has(el, '[part~="value"]'), 'the balance never showed');
    } finally {
      el.remove();
    }
  });

  it('rejects a name that is not a credits element, naming it, and loads nothing', async () => {
    let error: unknown;
    try {
      await loadCreditsElements(['credits-balance', 'credits-balence']);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(String(error)).to.include('"credits-balence"');
  });
});
