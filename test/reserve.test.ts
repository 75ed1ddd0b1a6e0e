/**
 * src/reserve.css (shipped as credits-widgets/reserve.css) against what it stands for: for each
 * element, at each width, the room the stylesheet holds for the tag before its code has run, and
 * the height of the element's loading skeleton once it is defined (from an API that never
 * answers, so it stays loading).
 *
 * One page holds both: this file imports no element module, so every tag is undefined while the
 * reserved room is measured; then it imports the library, which defines them all, and measures
 * the same tags again. Nothing else may import an element first (the first check says so).
 */
import { expect } from '@open-wc/testing';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';

/** Element widths: a small phone, the bench's phone page (390 px less its padding), a phone, a
 * tablet column, the bench's desktop column (64rem less its padding) and a wide desktop. */
const WIDTHS = [320, 358, 390, 768, 992, 1280];
/** What the room may miss the skeleton by, in px (a table row is 44 px, a line of text 18–22). */
const TOLERANCE = 8;
/**
 * The stylesheet's figures are the skeletons' heights with DejaVu Sans, Debian's system-ui and
 * sans-serif (and CI's): text that wraps elsewhere in another font changes them.
 */
const FONT = 'DejaVu Sans';

const TAGS = [
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
  'credits-purchase-history',
  'credits-subscription',
  'credits-payments',
  'credits-billing-details',
  'credits-billing',
  'credits-dashboard',
  'credits-top-up',
  'credits-provider',
  'credits-auto-top-up',
  'credits-alerts',
  'credits-usage-breakdown',
];

/** Inside a provider whose client never times out while the test runs. */
const inProvider =
  (inner: string, provider = '') =>
  (endpoint: string) =>
    `<credits-provider endpoint="${endpoint}" timeout="600000" ${provider}>${inner}</credits-provider>`;
const dashboard = (attrs: string) => (endpoint: string) =>
  `<credits-dashboard endpoint="${endpoint}" timeout="600000" ${attrs}></credits-dashboard>`;

/** `display`: the undefined tag's, when it is not flow-root. */
const CASES: { name: string; markup: (endpoint: string) => string; display?: string }[] = [
  { name: 'balance', markup: inProvider('<credits-balance></credits-balance>') },
  { name: 'balance, admin', markup: inProvider('<credits-balance admin></credits-balance>') },
  {
    name: 'balance in an admin provider',
    markup: inProvider('<credits-balance></credits-balance>', 'admin'),
  },
  {
    name: 'balance, admin="false" in an admin provider',
    markup: inProvider('<credits-balance admin="false"></credits-balance>', 'admin'),
  },
  {
    name: 'balance with --credits-value-size: 2rem',
    markup: inProvider('<credits-balance style="--credits-value-size: 2rem"></credits-balance>'),
  },
  {
    name: 'balance with text of the host inside',
    markup: inProvider('<credits-balance><p>Loading your credits…</p></credits-balance>'),
  },
  {
    name: 'monthly summary',
    markup: inProvider('<credits-monthly-summary></credits-monthly-summary>'),
  },
  {
    name: 'monthly summary with --credits-chart-height: 300px',
    markup: inProvider(
      '<credits-monthly-summary style="--credits-chart-height: 300px"></credits-monthly-summary>',
    ),
  },
  { name: 'usage table', markup: inProvider('<credits-usage-table></credits-usage-table>') },
  {
    name: 'usage table, page-size="10"',
    markup: inProvider('<credits-usage-table page-size="10"></credits-usage-table>'),
  },
  {
    name: 'usage table, page-size="37"',
    markup: inProvider('<credits-usage-table page-size="37"></credits-usage-table>'),
  },
  {
    name: 'usage table, paging="scroll"',
    markup: inProvider('<credits-usage-table paging="scroll"></credits-usage-table>'),
  },
  {
    name: 'usage table, paging="scroll", --credits-table-height: 20rem',
    markup: inProvider(
      '<credits-usage-table paging="scroll" style="--credits-table-height: 20rem"></credits-usage-table>',
    ),
  },
  {
    name: 'purchase history',
    markup: inProvider('<credits-purchase-history></credits-purchase-history>'),
  },
  {
    name: 'purchase history, page-size="3"',
    markup: inProvider('<credits-purchase-history page-size="3"></credits-purchase-history>'),
  },
  { name: 'subscription', markup: inProvider('<credits-subscription></credits-subscription>') },
  {
    name: 'subscription, compact',
    markup: inProvider('<credits-subscription compact></credits-subscription>'),
  },
  { name: 'payments', markup: inProvider('<credits-payments></credits-payments>') },
  {
    name: 'payments, page-size="10"',
    markup: inProvider('<credits-payments page-size="10"></credits-payments>'),
  },
  {
    name: 'payments, paging="scroll"',
    markup: inProvider('<credits-payments paging="scroll"></credits-payments>'),
  },
  {
    name: 'billing details',
    markup: inProvider('<credits-billing-details></credits-billing-details>'),
  },
  {
    name: 'billing details, admin',
    markup: inProvider('<credits-billing-details admin></credits-billing-details>'),
  },
  { name: 'auto top-up', markup: inProvider('<credits-auto-top-up></credits-auto-top-up>') },
  {
    name: 'auto top-up, admin',
    markup: inProvider('<credits-auto-top-up admin></credits-auto-top-up>'),
  },
  {
    name: 'auto top-up in an admin provider',
    markup: inProvider('<credits-auto-top-up></credits-auto-top-up>', 'admin'),
  },
  { name: 'billing', markup: inProvider('<credits-billing></credits-billing>') },
  { name: 'billing, admin', markup: inProvider('<credits-billing admin></credits-billing>') },
  { name: 'dashboard (Credits tab)', markup: dashboard('') },
  { name: 'dashboard (Credits tab), admin', markup: dashboard('admin') },
  {
    name: 'dashboard in an admin provider (a provider itself: not admin)',
    markup: (endpoint) => `<credits-provider admin>${dashboard('')(endpoint)}</credits-provider>`,
  },
  { name: 'dashboard, tab="subscription"', markup: dashboard('tab="subscription"') },
  { name: 'dashboard, tab="billing"', markup: dashboard('tab="billing"') },
  { name: 'dashboard, tab="billing", admin', markup: dashboard('tab="billing" admin') },
  { name: 'alerts', markup: inProvider('<credits-alerts></credits-alerts>') },
  { name: 'alerts, admin', markup: inProvider('<credits-alerts admin></credits-alerts>') },
  {
    name: 'alerts in an admin provider',
    markup: inProvider('<credits-alerts></credits-alerts>', 'admin'),
  },
  {
    name: 'usage breakdown',
    markup: inProvider('<credits-usage-breakdown></credits-usage-breakdown>'),
  },
  // A dialog: it takes no room, before or after.
  {
    name: 'top-up',
    markup: inProvider('<credits-top-up admin></credits-top-up>'),
    display: 'inline',
  },
  // A hidden tag, and one the host hides: no room (the stylesheet's rules are the weakest).
  {
    name: 'balance, hidden',
    markup: inProvider('<credits-balance hidden></credits-balance>'),
    display: 'none',
  },
  {
    name: 'balance the host hides',
    markup: inProvider('<credits-balance class="host-hides"></credits-balance>'),
    display: 'none',
  },
];

/** The case's element: the first credits tag that is not the provider. */
const subject = (box: Element) => box.querySelector<HTMLElement>(':not(credits-provider)')!;

interface LitLike {
  updateComplete: Promise<boolean>;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every credits element in `root`, shadow roots included. */
function creditsElements(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [
    ...(el.localName.startsWith('credits-') ? [el] : []),
    ...(el.shadowRoot ? creditsElements(el.shadowRoot) : []),
  ]);
}

/** Each box's element height at each width (width -> heights in CASES order). */
async function heights(boxes: HTMLElement[]): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>();
  for (const width of WIDTHS) {
    for (const box of boxes) box.style.width = `${width}px`;
    await frame();
    await frame();
    result.set(
      width,
      boxes.map((box) => subject(box).getBoundingClientRect().height),
    );
  }
  return result;
}

/** Why an element is not showing its skeleton, or undefined when every part of it is. */
function notLoading(box: HTMLElement): string | undefined {
  for (const el of creditsElements(box)) {
    const root = el.shadowRoot;
    if (!root) return `${el.localName} has not rendered`;
    if (root.querySelector('[role="alert"]')) return `${el.localName} shows an error`;
    const loads = !/^credits-(provider|dashboard|billing|top-up)$/.test(el.localName);
    if (loads && !root.querySelector('[part~="base"][aria-busy="true"]')) {
      return `${el.localName} is not loading`;
    }
  }
  return undefined;
}

/** DejaVu Sans is installed: text in it is not as wide as in the fallback. */
function fontInstalled(): boolean {
  const probe = document.createElement('span');
  probe.textContent = 'Reading the trend of these months 0123456789';
  probe.style.cssText = 'position:absolute;white-space:nowrap;font-size:16px';
  document.body.append(probe);
  probe.style.fontFamily = `'${FONT}', monospace`;
  const wanted = probe.getBoundingClientRect().width;
  probe.style.fontFamily = 'monospace';
  const fallback = probe.getBoundingClientRect().width;
  probe.remove();
  return wanted !== fallback;
}

describe('reserve.css', function () {
  let stage: HTMLElement | undefined;
  let hostStyle: HTMLStyleElement | undefined;
  let link: HTMLLinkElement | undefined;
  let boxes: HTMLElement[];
  let definedFirst: string[] = [];
  let display: string[] = [];
  let reserved = new Map<number, number[]>();
  let skeleton = new Map<number, number[]>();
  let stillLoading: (string | undefined)[] = [];

  before(async function () {
    if (!fontInstalled()) {
      const why = `reserve.css is measured with ${FONT}, which this machine does not have`;
      // CI and the developers' machines are Debian; elsewhere (macOS, Windows) say so and skip.
      if (!navigator.userAgent.includes('Linux')) {
        console.warn(`${why}: its checks are skipped here.`);
        this.skip();
      }
      throw new Error(`${why}: install it (Debian: fonts-dejavu-core).`);
    }
    // A host's rule, before the stylesheet and no stronger than a class: it still wins.
    hostStyle = document.createElement('style');
    hostStyle.textContent = '.host-hides { display: none }';
    document.head.append(hostStyle);
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = new URL('../src/reserve.css', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      sheet.onload = resolve;
      sheet.onerror = () => reject(new Error(`${sheet.href} did not load`));
    });
    document.head.append((link = sheet));
    await loaded;

    const server = fakeServer(
      Object.fromEntries(
        [
          '/balance',
          '/usage/monthly',
          '/transactions',
          '/subscription',
          '/payments',
          '/billing-details',
          '/auto-top-up',
          '/alerts',
          '/usage/breakdown',
        ].map((path) => [`GET ${path}`, { delay: Infinity }]),
      ),
    );
    const page = (stage = document.createElement('div'));
    page.style.cssText = `position: absolute; top: 0; left: 0; font-family: '${FONT}'`;
    boxes = CASES.map(({ markup }) => {
      const box = document.createElement('div');
      box.innerHTML = markup(server.endpoint);
      return box;
    });
    page.append(...boxes);
    document.body.append(page);

    definedFirst = TAGS.filter((tag) => customElements.get(tag));
    display = boxes.map((box) => getComputedStyle(subject(box)).display);
    reserved = await heights(boxes);

    await import('../src/index.js');
    // Until every element, the ones the dashboard and billing render included, has rendered.
    for (let count = -1; count !== creditsElements(page).length;) {
      const elements = creditsElements(page);
      count = elements.length;
      await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(elements.map((el) => (el as HTMLElement & LitLike).updateComplete));
      await frame();
    }
    skeleton = await heights(boxes);
    stillLoading = boxes.map(notLoading);
  });

  after(() => {
    for (const added of [stage, hostStyle, link]) added?.remove();
    restoreFetch();
  });

  it('measures the tags before any of them is defined', () => {
    expect(definedFirst, 'defined before this file imported the library').to.deep.equal([]);
  });

  it('makes an undefined tag a block (flow-root), unless hidden; not the top-up dialog', () => {
    CASES.forEach(({ name, display: expected = 'flow-root' }, i) => {
      expect(display[i], name).to.equal(expected);
    });
  });

  CASES.forEach(({ name }, i) => {
    describe(name, () => {
      it('stayed in its loading skeleton while it was measured', () => {
        expect(stillLoading[i], name).to.equal(undefined);
      });
      for (const width of WIDTHS) {
        it(`is given its skeleton's height at ${width} px`, () => {
          const room = reserved.get(width)![i]!;
          const drawn = skeleton.get(width)![i]!;
          expect(room).to.be.closeTo(
            drawn,
            TOLERANCE,
            `${name} at ${width} px: reserved ${room.toFixed(1)} px, skeleton ${drawn.toFixed(1)} px` +
              ` (${(drawn / 16).toFixed(3)}rem)`,
          );
        });
      }
    });
  });
});
