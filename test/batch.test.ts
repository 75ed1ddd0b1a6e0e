/**
 * The first renders held together while the CDN loader fetches the page's elements
 * (src/internal/batch.ts): an element waits for its siblings' code, never longer than a moment.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { batchFirstRenders } from '../src/internal/batch.js';
import * as fx from './fixtures.js';
import { $ } from './helpers/dom.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function balance() {
  const server = fakeServer({
    'GET /balance': { body: fx.balance },
    'GET /usage/monthly': { body: fx.monthly },
  });
  const el = document.createElement('credits-balance') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  el.setAttribute('endpoint', server.endpoint);
  el.setAttribute('locale', 'en-US');
  return el;
}

const rendered = (el: Element) => $(el, '[part~="base"]') !== null;

describe('first renders held for the elements still loading', () => {
  afterEach(() => {
    restoreFetch();
    document.querySelectorAll('credits-balance').forEach((el) => el.remove());
  });

  it('an element renders once the loads it waits for have settled, and not before', async () => {
    let settle!: (value: unknown) => void;
    batchFirstRenders([new Promise((resolve) => (settle = resolve))]);
    const el = balance();
    document.body.append(el);
    await sleep(80);
    expect(rendered(el), 'rendered while a sibling was loading').to.be.false;
    settle(undefined);
    await el.updateComplete;
    expect(rendered(el)).to.be.true;
  });

  it('a failed load releases the elements too', async () => {
    let fail!: (reason: unknown) => void;
    batchFirstRenders([new Promise((_, reject) => (fail = reject))]);
    const el = balance();
    document.body.append(el);
    await sleep(30);
    expect(rendered(el)).to.be.false;
    fail(new Error('chunk failed'));
    await el.updateComplete;
    expect(rendered(el)).to.be.true;
  });

  it('waits at most a moment for a load that never ends', async () => {
    batchFirstRenders([new Promise(() => {})]);
    const el = balance();
    const start = performance.now();
    document.body.append(el);
    await waitUntil(() => rendered(el), 'never rendered', { timeout: 2000 });
    const waited = performance.now() - start;
    expect(waited).to.be.at.least(200);
    expect(waited).to.be.below(1500);
  });

  it('without a load in progress an element renders at once, and later renders never wait', async () => {
    const el = balance();
    document.body.append(el);
    await el.updateComplete;
    expect(rendered(el)).to.be.true;
    batchFirstRenders([new Promise(() => {})]);
    el.setAttribute('low-balance', '5');
    const start = performance.now();
    await el.updateComplete;
    expect(performance.now() - start, 'an update after the first is not held').to.be.below(200);
  });
});
