import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { emulateMediaFeatures } from './helpers/schemes.js';
import { contractRoutes } from './helpers/contract-routes.js';
import './helpers/setup.js';

/**
 * The colour scheme a page pins above an element (`color-scheme` on `<html>`, a wrapper, the
 * dashboard) is the element's, as for the platform's own controls; where the page pins none,
 * the elements follow the user's preference.
 */
const api = (): FakeServer => fakeServer(contractRoutes());

/** The card's background of `el` (a credits element): dark or light by its luminance. */
function cardIsDark(el: Element): boolean {
  const card = el.shadowRoot!.querySelector('.card')!;
  const [r, g, b] = getComputedStyle(card).backgroundColor.match(/\d+/g)!.map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
}

async function balanceIn(style: string): Promise<HTMLElement> {
  const server = api();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${style}>
      <credits-balance endpoint=${server.endpoint} locale="en-US"></credits-balance>
    </div>`,
  );
  const el = wrapper.querySelector('credits-balance')!;
  await waitUntil(() => el.shadowRoot?.querySelector('.card'), 'never drawn');
  return el;
}

describe('the colour scheme a page pins', () => {
  afterEach(async () => {
    restoreFetch();
    document.documentElement.style.colorScheme = '';
    await emulateMediaFeatures([]);
  });

  it('a standalone widget follows color-scheme: dark pinned on a wrapper above it', async () => {
    expect(cardIsDark(await balanceIn('color-scheme: dark'))).to.be.true;
  });

  it('a page pinned light keeps it light for a user who prefers dark', async () => {
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    expect(cardIsDark(await balanceIn('color-scheme: light'))).to.be.false;
  });

  it('a page that pins nothing follows the user: dark for a user who prefers dark', async () => {
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await balanceIn('');
    expect(getComputedStyle(el.parentElement!).colorScheme).to.equal('normal');
    expect(cardIsDark(el)).to.be.true;
  });

  it('every card inside the dashboard follows color-scheme: dark pinned on the dashboard', async () => {
    const server = api();
    const el = await fixture<HTMLElement>(
      html`<credits-dashboard
        endpoint=${server.endpoint}
        locale="en-US"
        style="color-scheme: dark"
      ></credits-dashboard>`,
    );
    const panel = () => el.shadowRoot!.querySelector('#panel-credits')!;
    const tags = ['credits-balance', 'credits-monthly-summary', 'credits-usage-breakdown'];
    await waitUntil(
      () => tags.every((t) => panel().querySelector(t)?.shadowRoot?.querySelector('.card')),
      'the cards were never drawn',
    );
    for (const tag of tags) expect(cardIsDark(panel().querySelector(tag)!), tag).to.be.true;
  });

  it("follows the page's dark-mode switch on <html> after it is drawn, and back", async () => {
    const el = await balanceIn('');
    expect(cardIsDark(el)).to.be.false;
    document.documentElement.style.colorScheme = 'dark';
    await waitUntil(() => cardIsDark(el), 'stayed light after the page turned dark');
    document.documentElement.style.colorScheme = '';
    await waitUntil(() => !cardIsDark(el), 'stayed dark after the page turned back');
  });
});
