/**
 * How the dashboard lays out what it holds (issue 23's screenshot review): geometry a designer
 * would otherwise send back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CreditsDashboard } from '../src/components/dashboard/credits-dashboard.js';
import '../src/index.js';
import { contractRoutes } from './helpers/contract-routes.js';
import { $ } from './helpers/dom.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';

async function dashboard(width: number): Promise<CreditsDashboard> {
  const server = fakeServer(contractRoutes());
  return fixture<CreditsDashboard>(
    html`<credits-dashboard
      endpoint=${server.endpoint}
      locale="en-US"
      admin
      style=${`width: ${width}px`}
    ></credits-dashboard>`,
  );
}

/** The table in a history tab, loaded: its toolbar and Export CSV. */
async function history(el: CreditsDashboard, tag: string) {
  const table = await waitUntil(() => $(el, tag), `no ${tag}`).then(() => $(el, tag)!);
  await waitUntil(
    () => $(table, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    `${tag} never loaded`,
    { timeout: 8000 },
  );
  const box = (part: string) => $(table, `[part~="${part}"]`)!.getBoundingClientRect();
  return { toolbar: box('toolbar'), exportButton: box('export-button') };
}

const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;

describe('dashboard layout', () => {
  afterEach(restoreFetch);

  it("puts Export CSV on the filters' line in Credit Usage and Purchase History, whose titles are off screen", async () => {
    const el = await dashboard(1100);
    for (const [tab, tag] of [
      ['purchases', 'credits-purchase-history'],
      ['usage', 'credits-usage-table'],
    ] as const) {
      if (tab === 'purchases') ($(el, '#tab-purchases') as HTMLElement).click();
      else ($(el, '#tab-usage') as HTMLElement).click();
      const { toolbar, exportButton } = await history(el, tag);
      expect(sameLine(toolbar, exportButton), `${tag}: one line`).to.be.true;
      expect(exportButton.left, `${tag}: the button after the filters`).to.be.at.least(
        toolbar.right,
      );
      expect(
        Math.abs(exportButton.bottom - toolbar.bottom),
        `${tag}: on the fields' baseline`,
      ).to.be.below(1);
    }
  });

  it('keeps Export CSV on a line of its own above the filters on a phone, the filters their width', async () => {
    const el = await dashboard(350);
    const { toolbar, exportButton } = await history(el, 'credits-usage-table');
    expect(exportButton.bottom, 'the button above').to.be.at.most(toolbar.top);
  });
});
