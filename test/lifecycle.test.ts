/**
 * Every element mounted and removed at each stage of its load, as a single-page app does when
 * the route changes: before its first request, during it, after it, during a revalidation and
 * (tables) during an export. A removed element must hold nothing: no listener on the client, no
 * request (those under way are aborted), no timer (a poll after removal); added again, it
 * loads like a fresh mount.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { fakeServer, restoreFetch, type FakeServer, type Route } from './helpers/fake-server.js';
import { CountingClient, gate, pause, settle } from './helpers/lifecycle.js';
import './helpers/setup.js';
import { contractRoutes } from './helpers/contract-routes.js';

const ROUTES: Record<string, Route> = contractRoutes();

/** Every element that loads (the provider and the top-up dialog load nothing of their own). */
const ELEMENTS = [
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
  'credits-purchase-history',
  'credits-subscription',
  'credits-payments',
  'credits-billing-details',
  'credits-billing',
  'credits-dashboard',
  'credits-auto-top-up',
  'credits-alerts',
  'credits-usage-breakdown',
];
const TABLES = ['credits-usage-table', 'credits-purchase-history', 'credits-payments'];

/** Every element in `el`'s shadow trees, `el` included. */
function deep(el: Element): Element[] {
  const inner = [...(el.shadowRoot?.querySelectorAll('*') ?? [])];
  return [el, ...inner.flatMap((child) => (child.shadowRoot ? deep(child) : [child]))];
}

const loading = (el: Element) => deep(el).some((e) => e.getAttribute('aria-busy') === 'true');
const hasCard = (el: Element) => deep(el).some((e) => e.getAttribute('aria-busy') === 'false');

async function loaded(el: Element): Promise<void> {
  await waitUntil(() => hasCard(el) && !loading(el), `<${el.localName}> never finished loading`);
}

interface Mounted {
  el: HTMLElement & {
    client?: unknown;
    refreshInterval?: number;
    updateComplete: Promise<boolean>;
  };
  client: CountingClient;
  parent: Element;
}

async function mount(tag: string, server: FakeServer, attach = true): Promise<Mounted> {
  const client = new CountingClient({ endpoint: server.endpoint });
  const el = document.createElement(tag) as Mounted['el'];
  el.setAttribute('locale', 'en-US');
  el.client = client;
  const parent = await fixture(html`<div style="width: 1000px"></div>`);
  if (attach) parent.append(el);
  return { el, client, parent };
}

/** Nothing is left of a removed element: no listener, no request under way, none sent later. */
async function expectNothingHeld({ el, client }: Mounted, server: FakeServer): Promise<void> {
  await settle();
  expect(client.listeners, `<${el.localName}> left listeners on its client`).to.equal(0);
  const calls = server.calls.length;
  client.refresh();
  await settle();
  expect(server.calls.length, `<${el.localName}> asked again after its removal`).to.equal(calls);
}

describe('mounting and removing every element at every stage of its load', () => {
  afterEach(restoreFetch);

  for (const tag of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('removed before its first request: sends nothing, holds nothing; back, it loads', async () => {
        const server = fakeServer(ROUTES);
        const mounted = await mount(tag, server, false);
        mounted.parent.append(mounted.el);
        mounted.el.remove();
        await expectNothingHeld(mounted, server);
        expect(server.calls, 'a request from a removed element').to.have.length(0);
        mounted.parent.append(mounted.el);
        await loaded(mounted.el);
        expect(mounted.client.listeners).to.be.greaterThan(0);
      });

      it('removed during its first request: aborts it, holds nothing; back, it loads', async () => {
        const held = gate();
        const server = fakeServer(ROUTES);
        const hold = (route: string) => {
          const reply = ROUTES[route]!;
          server.on(route, (r) => ({
            ...(typeof reply === 'function' ? reply(r) : reply),
            until: held.promise,
          }));
        };
        Object.keys(ROUTES).forEach(hold);
        const mounted = await mount(tag, server);
        await waitUntil(() => server.calls.length > 0, 'no request');
        await pause(40);
        mounted.el.remove();
        await settle();
        const open = server.calls.filter((c) => !c.signal?.aborted);
        expect(
          open.map((c) => c.path),
          'requests left running',
        ).to.deep.equal([]);
        held.release();
        await expectNothingHeld(mounted, server);
        const calls = server.calls.length;
        for (const route of Object.keys(ROUTES)) server.on(route, ROUTES[route]!);
        mounted.parent.append(mounted.el);
        await loaded(mounted.el);
        expect(server.calls.length, 'a fresh load after coming back').to.be.greaterThan(calls);
      });

      it('removed after its load: a refresh or a poll sends nothing for it', async () => {
        const server = fakeServer(ROUTES);
        const mounted = await mount(tag, server);
        await loaded(mounted.el);
        mounted.el.refreshInterval = 0.3;
        await mounted.el.updateComplete;
        mounted.el.remove();
        await expectNothingHeld(mounted, server);
        const calls = server.calls.length;
        await pause(1200);
        expect(server.calls.length, 'polled after removal').to.equal(calls);
      });

      it('removed during a revalidation: aborts it and holds nothing', async () => {
        const server = fakeServer(ROUTES);
        const mounted = await mount(tag, server);
        await loaded(mounted.el);
        const held = gate();
        const before = server.calls.length;
        for (const [route, reply] of Object.entries(ROUTES)) {
          server.on(route, (r) => ({
            ...(typeof reply === 'function' ? reply(r) : reply),
            until: held.promise,
          }));
        }
        mounted.client.revalidate();
        await waitUntil(() => server.calls.length > before, 'no revalidation');
        mounted.el.remove();
        await settle();
        const open = server.calls.slice(before).filter((c) => !c.signal?.aborted);
        expect(
          open.map((c) => c.path),
          'revalidations left running',
        ).to.deep.equal([]);
        held.release();
        await expectNothingHeld(mounted, server);
      });
    });
  }

  for (const tag of TABLES) {
    it(`<${tag}> removed during an export: the export stops and holds nothing`, async () => {
      const server = fakeServer(ROUTES);
      const mounted = await mount(tag, server);
      await loaded(mounted.el);
      const held = gate();
      const before = server.calls.length;
      const route = tag === 'credits-payments' ? 'GET /payments' : 'GET /transactions';
      const reply = ROUTES[route]!;
      server.on(route, (r) => ({
        ...(typeof reply === 'function' ? reply(r) : reply),
        until: held.promise,
      }));
      void (mounted.el as unknown as { exportCsv(): Promise<void> }).exportCsv();
      await waitUntil(() => server.calls.length > before, 'the export asked nothing');
      mounted.el.remove();
      await settle();
      const open = server.calls.slice(before).filter((c) => !c.signal?.aborted);
      expect(
        open.map((c) => c.path),
        'export requests left running',
      ).to.deep.equal([]);
      held.release();
      await expectNothingHeld(mounted, server);
    });
  }
});
