/**
 * Pages a server rendered (test/ssr/cases.ts, served by web-test-runner.config.mjs) hydrated in
 * the browser, as a host does: Lit's hydration support first, the server's HTML (declarative
 * shadow roots and the script with its client's answers), then the elements' code. No
 * hydration error, each widget once, the server's numbers kept, and nothing asked again that
 * the server answered. Nothing is defined when this page starts.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contractRoutes } from './helpers/contract-routes.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import './helpers/setup.js';

let endpoints = 0;

/** Every element under `root`, in its light DOM and in every shadow root, `root` included. */
function deep(root: Element | ShadowRoot): Element[] {
  const found: Element[] = root instanceof Element ? [root] : [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deep(el.shadowRoot));
  }
  if (root instanceof Element && root.shadowRoot) found.push(...deep(root.shadowRoot));
  return found;
}

/** The text a reader sees under `root`, shadow roots included. */
function words(root: Element): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    if (node instanceof Element && node.localName === 'style') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts.join(' ').replace(/\s+/g, ' ');
}

const problems: string[] = [];
const original = { error: console.error, warn: console.warn };
// The reader is in Kolkata (UTC+5:30) from the start, before anything formats a date; the
// server renders in UTC.
before(() => executeServerCommand('emulate-timezone', { timezoneId: 'Asia/Kolkata' }));
after(() => executeServerCommand('emulate-timezone', { timezoneId: '' }));
before(() => {
  console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    original.error(...args);
  };
  window.addEventListener('error', (e) => problems.push(String(e.error ?? e.message)));
  window.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
});
after(() => Object.assign(console, original));

/** The server's page for `name`, in this page, under an endpoint of its own. */
async function serverPage(name: string): Promise<{ root: HTMLElement; server: FakeServer }> {
  const endpoint = `/api/ssr-${++endpoints}`;
  const server = fakeServer(contractRoutes(), endpoint);
  const response = await fetch(`/ssr/${name}?endpoint=${encodeURIComponent(endpoint)}`);
  const page = (await response.json()) as { head: string; body: string };
  document.head.insertAdjacentHTML('beforeend', page.head);
  const root = document.createElement('div');
  root.style.width = '1000px';
  document.body.append(root);
  root.setHTMLUnsafe(page.body);
  return { root, server };
}

async function hydrated(root: HTMLElement): Promise<Element[]> {
  await import('../src/index.js');
  const widgets = deep(root).filter((e) => e.localName.startsWith('credits-'));
  for (const el of widgets)
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  return widgets;
}

describe('server-rendered widgets hydrate', () => {
  afterEach(() => {
    restoreFetch();
    problems.splice(0);
  });

  it('a widget with the server’s data keeps it and asks for none of it again', async () => {
    const { root, server } = await serverPage('balance-with-data');
    expect(words(root), 'the server drew the numbers').to.include('12,480');
    await hydrated(root);
    await new Promise((r) => setTimeout(r, 200));
    expect(problems, 'hydration errors').to.deep.equal([]);
    const balance = root.querySelector('credits-balance')!;
    expect(balance.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(words(root)).to.include('12,480');
    expect(
      server.calls.map((c) => c.path),
      'asked again',
    ).to.deep.equal([]);
  });

  it('a widget a server drew without data loads in the browser', async () => {
    const { root, server } = await serverPage('balance-without-data');
    expect(words(root)).not.to.include('12,480');
    await hydrated(root);
    await waitUntil(() => words(root).includes('12,480'), 'never loaded');
    expect(problems, 'hydration errors').to.deep.equal([]);
    expect(
      root.querySelector('credits-balance')!.shadowRoot!.querySelectorAll('[part~="base"]'),
    ).to.have.length(1);
    expect(server.callsTo('GET /balance')).to.have.length(1);
  });

  it('a skeleton the server drew hydrates as a skeleton, then shows the answers the page carries', async () => {
    const { root, server } = await serverPage('balance-skeleton-answers-in-page');
    expect(words(root)).not.to.include('12,480');
    await hydrated(root);
    await waitUntil(() => words(root).includes('12,480'), 'the answers never showed');
    expect(problems, 'hydration errors').to.deep.equal([]);
    const base = root
      .querySelector('credits-balance')!
      .shadowRoot!.querySelector('[part~="base"]')!;
    await waitUntil(
      () => base.getAttribute('aria-busy') === 'false',
      'still busy with its data shown',
    );
    expect(
      root.querySelector('credits-balance')!.shadowRoot!.querySelectorAll('[part~="base"]'),
    ).to.have.length(1);
    expect(
      server.calls.map((c) => c.path),
      'asked again',
    ).to.deep.equal([]);
  });

  it('children of a provider hydrate with their data, each once', async () => {
    const { root, server } = await serverPage('provider-with-data');
    await hydrated(root);
    await new Promise((r) => setTimeout(r, 200));
    expect(problems, 'hydration errors').to.deep.equal([]);
    for (const child of root.querySelector('credits-provider')!.children) {
      expect(child.shadowRoot!.querySelectorAll('[part~="base"]'), child.localName).to.have.length(
        1,
      );
    }
    for (const seen of ['12,480', 'Harbour Lights Wedding', 'Pay As You Go', 'pay_7QK2M']) {
      expect(words(root), seen).to.include(seen);
    }
    expect(
      server.calls.map((c) => `${c.path}${c.url.search}`),
      'asked again',
    ).to.deep.equal([]);
  });

  for (const tag of [
    'credits-monthly-summary',
    'credits-usage-table',
    'credits-purchase-history',
    'credits-subscription',
    'credits-payments',
    'credits-billing-details',
    'credits-billing',
    'credits-alerts',
    'credits-usage-breakdown',
  ]) {
    it(`<${tag}> alone hydrates with the server’s data, once, asking nothing`, async () => {
      const { root, server } = await serverPage(`${tag}-with-data`);
      await hydrated(root);
      await new Promise((r) => setTimeout(r, 200));
      expect(problems, 'hydration errors').to.deep.equal([]);
      const el = root.querySelector(tag)!;
      const cards = deep(el).filter((e) => e.getAttribute('part')?.split(' ').includes('base'));
      expect(cards.length, 'cards drawn').to.equal(tag === 'credits-billing' ? 2 : 1);
      expect(
        server.calls.map((c) => `${c.path}${c.url.search}`),
        'asked again',
      ).to.deep.equal([]);
    });
  }

  for (const tab of ['credits', 'subscription', 'billing']) {
    it(`the dashboard on its ${tab} tab hydrates with its data`, async () => {
      const { root, server } = await serverPage(`dashboard-${tab}`);
      await hydrated(root);
      await new Promise((r) => setTimeout(r, 300));
      expect(problems, 'hydration errors').to.deep.equal([]);
      const dashboard = root.querySelector('credits-dashboard')!;
      expect(dashboard.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(words(root)).to.include('Pay As You Go');
      expect(words(root)).not.to.include('unavailable');
      expect(
        server.calls.map((c) => `${c.path}${c.url.search}`),
        'asked again',
      ).to.deep.equal([]);
    });
  }

  it('times come in the reader’s time zone once hydrated, not the server’s', async () => {
    // The server wrote 09:30 UTC; this page reads in Kolkata (UTC+5:30): 3:00 PM.
    const { root } = await serverPage('balance-with-data');
    expect(words(root)).to.include('9:30 AM');
    await hydrated(root);
    await waitUntil(() => words(root).includes('3:00 PM'), 'still the server’s time');
    expect(words(root)).not.to.include('9:30 AM');
    expect(problems, 'hydration errors').to.deep.equal([]);
  });
});
