/**
 * The states every credits element has, as one suite run for each element (on the model of
 * Shoelace's shared form-control tests): loading, loaded, empty, error with Retry, 401, a
 * contract error, a bug of its own, and no data source. Each state is checked with axe in
 * light, dark and forced colours, once it is drawn; the skeleton stands still under reduced motion.
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CreditsClient } from '../../src/data/client.js';
import * as fx from '../fixtures.js';
import { $, $$, has, running, text } from '../helpers/dom.js';
import { fakeServer, restoreFetch, type FakeReply } from '../helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from '../helpers/schemes.js';

export interface StateSpec {
  tag: string;
  /** The element's heading. */
  title: string;
  /** The route it loads, `GET /balance`. */
  route: string;
  /** A full answer (a whole page, for tables: the skeleton stands for a full page). */
  data: unknown;
  /** Attributes it is mounted with besides `endpoint` and `locale`. */
  attrs?: Record<string, string>;
  /** The answer of an empty account and the sentence it shows, if it has an empty state. */
  empty?: { body: unknown; says: string };
  /** An answer that breaks the contract, and how the field is named for support. */
  broken: { body: unknown; issue: string };
  /** The client method the element loads with (to make it fail with a bug of ours). */
  method: keyof CreditsClient;
  /** Something only the loaded data renders. */
  dataSelector: string;
  /** Other resources the element reads besides `route` (answered alike in every state). */
  routes?: Record<string, FakeReply>;
}

/** What a user reads for an answer outside the contract: what to do, not which field. */
export const CONTRACT_SAYS =
  'The credits service sent an answer this page cannot read. Try again; if it keeps happening, contact the site’s support.';

const base = (el: Element) => $(el, '[part~="base"]')!;
const busy = (el: Element) => base(el).getAttribute('aria-busy') === 'true';

async function mount(spec: StateSpec, endpoint: string): Promise<HTMLElement> {
  const el = document.createElement(spec.tag);
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('locale', 'en-US');
  for (const [k, v] of Object.entries(spec.attrs ?? {})) el.setAttribute(k, v);
  const wrapper = await fixture(html`<div style="width: 900px">${el}</div>`);
  return wrapper.firstElementChild as HTMLElement;
}

async function settled(el: Element): Promise<void> {
  await waitUntil(() => !busy(el), `${el.localName} never finished loading`);
}

function serve(spec: StateSpec, reply: FakeReply) {
  return fakeServer({ ...spec.routes, [spec.route]: reply });
}

export function runStateTests(spec: StateSpec): void {
  describe(`<${spec.tag}>: the states every element has`, () => {
    afterEach(restoreFetch);

    it('loading: aria-busy, the heading, a skeleton as tall as the loaded element, accessible', async () => {
      let answer = () => {};
      const until = new Promise<void>((resolve) => (answer = resolve));
      const server = serve(spec, { body: spec.data, until });
      const el = await mount(spec, server.endpoint);
      expect(busy(el), 'aria-busy while loading').to.be.true;
      expect(text($(el, 'h2'))).to.equal(spec.title);
      expect($$(el, '.skeleton, .skeleton-text').length).to.be.greaterThan(0);
      expect(has(el, spec.dataSelector), 'no data while loading').to.be.false;
      await expectAccessibleInEveryScheme(el, 'loading');
      expect(busy(el), 'still loading after the axe checks').to.be.true;
      const loading = base(el).getBoundingClientRect().height;
      answer();
      await settled(el);
      await waitUntil(() => has(el, spec.dataSelector), 'the data never showed');
      const loaded = base(el).getBoundingClientRect().height;
      expect(Math.abs(loaded - loading), `loading ${loading}px, loaded ${loaded}px`).to.be.at.most(
        1,
      );
    });

    it('loading: the skeleton pulses, and stands still under reduced motion', async () => {
      const el = await mount(spec, serve(spec, { body: spec.data, delay: Infinity }).endpoint);
      expect(running(el), 'the skeleton pulses').to.be.greaterThan(0);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
        await nextFrame();
        expect(running(el), 'animations under reduced motion').to.equal(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('data in hand: a second one on the same endpoint shows it in its first render, asking nothing', async () => {
      const server = serve(spec, { body: spec.data });
      const first = await mount(spec, server.endpoint);
      await settled(first);
      await waitUntil(() => has(first, spec.dataSelector), 'the data never showed');
      const asked = server.calls.length;
      const second = document.createElement(spec.tag) as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      second.setAttribute('endpoint', server.endpoint);
      second.setAttribute('locale', 'en-US');
      for (const [k, v] of Object.entries(spec.attrs ?? {})) second.setAttribute(k, v);
      first.after(second);
      await second.updateComplete;
      expect(has(second, spec.dataSelector), 'the data, in the first render').to.be.true;
      expect($$(second, '.skeleton, .skeleton-text'), 'no skeleton').to.have.length(0);
      await settled(second);
      expect(server.calls.length, 'no request').to.equal(asked);
    });

    it('loaded: accessible in light, dark and forced colours', async () => {
      const el = await mount(spec, serve(spec, { body: spec.data }).endpoint);
      await settled(el);
      await waitUntil(() => has(el, spec.dataSelector), 'the data never showed');
      await expectAccessibleInEveryScheme(el, 'loaded');
    });

    if (spec.empty) {
      const empty = spec.empty;
      it('empty: says so in words, accessible', async () => {
        const el = await mount(spec, serve(spec, { body: empty.body }).endpoint);
        await settled(el);
        expect(text(base(el))).to.contain(empty.says);
        expect(has(el, '[role="alert"]'), 'an empty account is no error').to.be.false;
        await expectAccessibleInEveryScheme(el, 'empty');
      });
    }

    it("error: the server's message in an alert, and Retry loads again, accessible", async () => {
      const server = serve(spec, fx.errorReply(503, 'Credits are being recalculated'));
      const el = await mount(spec, server.endpoint);
      await settled(el);
      expect(text($(el, '[role="alert"] p'))).to.equal('Credits are being recalculated');
      expect(has(el, spec.dataSelector)).to.be.false;
      await expectAccessibleInEveryScheme(el, 'error');
      server.on(spec.route, { body: spec.data });
      const retry = $$(el, '[role="alert"] button').find((b) => text(b) === 'Retry');
      (retry as HTMLButtonElement).click();
      await waitUntil(() => has(el, spec.dataSelector), 'Retry did not load the data');
      expect(has(el, '[role="alert"]')).to.be.false;
    });

    it('401: says the session has expired and fires credits-error, accessible', async () => {
      const server = serve(spec, fx.errorReply(401, 'unauthenticated'));
      const seen = oneEvent(document, 'credits-error');
      const el = await mount(spec, server.endpoint);
      const event = await seen;
      await settled(el);
      expect(text($(el, '[role="alert"] p'))).to.equal(
        'Your session has expired. Sign in again to see your credits.',
      );
      expect(event.detail.error.kind).to.equal('unauthenticated');
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await expectAccessibleInEveryScheme(el, 'expired session');
    });

    it('contract error: tells the user what to do, the field only in Details for support, the console and credits-error; renders none of the answer', async () => {
      const warned: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warned.push(args);
      try {
        const seen = oneEvent(document, 'credits-error');
        const el = await mount(spec, serve(spec, { body: spec.broken.body }).endpoint);
        const event = await seen;
        await settled(el);
        expect(text($(el, '[role="alert"] p'))).to.equal(CONTRACT_SAYS);
        expect(text($(el, '[role="alert"] p'))).not.to.contain(spec.broken.issue);
        const details = $(el, '[part~="error-details"]') as HTMLDetailsElement;
        expect(details.open, 'folded away').to.be.false;
        expect(text(details.querySelector('summary'))).to.equal('Details for support');
        expect(text(details)).to.contain(spec.broken.issue);
        expect(text(details)).to.contain(spec.route);
        const sentences = event.detail.error.issues.map((i: { sentence: string }) => i.sentence);
        expect(sentences).to.include(spec.broken.issue);
        expect(event.detail.message).to.equal(CONTRACT_SAYS);
        const logged = (w: unknown[]) =>
          String(w[0]).includes(spec.route) &&
          (w[1] as { sentence: string }[]).some((i) => i.sentence === spec.broken.issue);
        expect(warned.some(logged), 'the field is in the console').to.be.true;
        expect(has(el, spec.dataSelector)).to.be.false;
        await expectAccessibleInEveryScheme(el, 'contract error');
      } finally {
        console.warn = original;
      }
    });

    it('a bug of its own is reported as such, never as an HTTP error', async () => {
      // What else the element reads (the balance's and the alerts' monthly usage) is answered as
      // in every other state: nothing of this test goes to the network.
      const server = fakeServer({ ...spec.routes });
      const client = new CreditsClient({ endpoint: server.endpoint });
      const bug = () => Promise.reject(new TypeError('Cannot read properties of undefined'));
      Object.defineProperty(client, spec.method, { value: bug });
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args[0]);
      try {
        const el = document.createElement(spec.tag) as HTMLElement & { client?: CreditsClient };
        for (const [k, v] of Object.entries(spec.attrs ?? {})) el.setAttribute(k, v);
        el.client = client;
        const seen = oneEvent(document, 'credits-error');
        await fixture(html`<div>${el}</div>`);
        const event = await seen;
        await settled(el);
        expect(event.detail.error.kind).to.equal('internal');
        const message = text($(el, '[role="alert"] p'));
        expect(message).to.contain('ran into a problem of its own');
        expect(message).not.to.match(/HTTP/);
        expect(logged[0], 'the stack is in the console for developers').to.be.instanceOf(TypeError);
        await expectAccessibleInEveryScheme(el, 'a bug of its own');
      } finally {
        console.error = original;
      }
    });

    it('without an endpoint or a provider, says what to set instead of loading', async () => {
      const el = await fixture(html`<div></div>`);
      el.append(document.createElement(spec.tag));
      const child = el.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await child.updateComplete;
      expect(text($(child, '[role="alert"]'))).to.contain('set its endpoint attribute');
      expect(busy(child)).to.be.false;
      await expectAccessibleInEveryScheme(child, 'no endpoint');
    });
  });
}
