import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import type { CreditsMonthlySummary } from '../src/index.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { fakeServer, restoreFetch, type FakeServer } from './helpers/fake-server.js';
import { $, $$, has, text } from './helpers/dom.js';
import { emulateMediaFeatures, expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { runStateTests } from './shared/element-states.js';

function serve(body: unknown = fx.monthly, delay?: number): FakeServer {
  return fakeServer({ 'GET /usage/monthly': { body, delay } });
}

async function mount(
  server: FakeServer,
  extra: Record<string, string> = {},
  style = '',
): Promise<CreditsMonthlySummary> {
  const el = document.createElement('credits-monthly-summary');
  el.setAttribute('endpoint', server.endpoint);
  el.setAttribute('locale', 'en-US');
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  const wrapper = await fixture(html`<div style=${style}>${el}</div>`);
  await waitUntil(
    () => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'the summary never finished loading',
  );
  return wrapper.querySelector('credits-monthly-summary')!;
}

const cardTexts = (el: Element) =>
  $$(el, '[part~="card"]').map((card) => ({
    month: text(card.querySelector('h3 span')),
    usage: text(card.querySelector('.usage data')),
    runs: text(card.querySelector('dd:last-of-type data')),
  }));

/**
 * The text a screen reader reaches in `el`: none when it or anything above it (through shadow
 * roots) is aria-hidden or not rendered, and nothing from such a part of it.
 */
function spoken(el: Element): string {
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
  }
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    if (!node.checkVisibility({ visibilityProperty: true })) return '';
    return [...(node.shadowRoot ?? node).childNodes].map(read).join(' ');
  };
  return read(el).replace(/\s+/g, ' ');
}

async function drawnChart(el: CreditsMonthlySummary): Promise<Chart> {
  await waitUntil(() => {
    const canvas = $(el, 'canvas') as HTMLCanvasElement | null;
    return canvas && Chart.getChart(canvas);
  }, 'the chart was never drawn');
  return Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
}

/** The API's months as of November 2026, oldest first, the last one current. */
function monthsBody(values: number[]) {
  return {
    months: values.map((credits, i) => ({
      month: `2026-${String(12 - values.length + i).padStart(2, '0')}`,
      credits,
      transactions: Math.ceil(credits / 200),
      current: i === values.length - 1,
    })),
  };
}

runStateTests({
  tag: 'credits-monthly-summary',
  title: 'Monthly Usage Summary',
  route: 'GET /usage/monthly',
  data: fx.monthly,
  empty: { body: { months: [] }, says: 'No credits used in the last 4 months.' },
  broken: {
    body: { months: [{ month: 'November', credits: 3, transactions: 1 }] },
    issue: 'months[0].month should be a month such as "2026-11", not "November"',
  },
  method: 'getMonthlyUsage',
  dataSelector: '[part~="card"]',
});

describe('<credits-monthly-summary>', () => {
  afterEach(restoreFetch);

  it('passes axe with its cards, chart and trend', async () => {
    const el = await mount(serve());
    await drawnChart(el);
    await expectAccessibleInEveryScheme(el, 'cards, chart and trend');
  });

  describe('cards', () => {
    it('while loading, shows the Current badge as a placeholder bar, not the word', async () => {
      const server = fakeServer({ 'GET /usage/monthly': { body: fx.monthly, delay: Infinity } });
      const el = await fixture<CreditsMonthlySummary>(
        html`<credits-monthly-summary endpoint=${server.endpoint}></credits-monthly-summary>`,
      );
      const badge = $(el, '.current-badge')!;
      expect(badge, 'the badge keeps its room').to.exist;
      expect(getComputedStyle(badge).visibility, 'its word hidden').to.equal('hidden');
      expect(badge.classList.contains('skeleton-text'), 'a bar in its place').to.be.true;
    });

    it("gives every card the same height, none holding room for another's (item 9)", async () => {
      const el = await mount(serve(), {}, 'width: 640px');
      const cards = $$(el, '[part~="card"]');
      const round = (n: number) => Math.round(n);
      const tops = (selector: string) =>
        new Set(cards.map((c) => round(c.querySelector(selector)!.getBoundingClientRect().top)));
      expect(tops('.month-head').size, 'one row of cards').to.equal(1);
      expect(tops('dd.usage').size, 'every Usage figure on one line').to.equal(1);
      expect(new Set(cards.map((c) => round(c.getBoundingClientRect().height))).size).to.equal(1);
      // What is under the last figure is the card's padding, in every card: no empty row.
      for (const card of cards) {
        const last = [...card.querySelectorAll('dd')].at(-1)!.getBoundingClientRect().bottom;
        const padding = parseFloat(getComputedStyle(card).paddingBottom);
        expect(card.getBoundingClientRect().bottom - last, text(card)).to.be.at.most(padding + 8);
      }
      // The Current badge sits on the card's edge: it takes no line of the heading.
      const heads = new Set(cards.map((c) => round(c.querySelector('.month-head')!.clientHeight)));
      expect(heads.size, 'every heading one line high').to.equal(1);
    });

    it('at phone width: a card per row, its two figures side by side', async () => {
      const el = await mount(serve(), {}, 'width: 358px');
      const cards = $$(el, '[part~="card"]');
      const lefts = new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(lefts.size, 'one column').to.equal(1);
      for (const card of cards) {
        const [usage, runs] = [...card.querySelectorAll('dd')].map((d) =>
          d.getBoundingClientRect(),
        );
        expect(Math.abs(usage!.top - runs!.top), 'figures on one row').to.be.lessThan(12);
      }
    });

    it('shows the three months before the current one and then it, oldest first like the chart, gaps as zero', async () => {
      const el = await mount(serve());
      expect(cardTexts(el)).to.deep.equal([
        { month: 'August 2026', usage: '0', runs: '0' },
        { month: 'September 2026', usage: '3,120', runs: '14' },
        { month: 'October 2026', usage: '2,875', runs: '12' },
        { month: 'November 2026', usage: '950', runs: '5' },
      ]);
      expect(text($(el, 'h2'))).to.equal('Monthly Usage Summary');
      expect($$(el, 'dt').slice(0, 2).map(text)).to.deep.equal(['Usage', 'Usage transactions']);
    });

    it('writes months and numbers for the locale', async () => {
      const el = await mount(serve(), { locale: 'de-DE' });
      expect(cardTexts(el)[2]).to.deep.equal({ month: 'Oktober 2026', usage: '2.875', runs: '12' });
    });

    it('puts exactly one Current badge, on the month the API flags, and says under the chart that it is not over (item 9)', async () => {
      const el = await mount(serve());
      const badges = $$(el, '[part~="badge"]');
      expect(badges.map(text)).to.deep.equal(['Current']);
      const current = $(el, '[part~="current-card"]')!;
      expect(text(current.querySelector('h3 span'))).to.equal('November 2026');
      expect(text(current.querySelector('p')), 'no note inside a card').to.equal('');
      const key = $(el, '[part~="chart-key"]')!;
      expect(text(key)).to.equal(
        'November 2026 is not over yet: its total grows until the month ends.',
      );
      expect(key.previousElementSibling!.matches('[part~="chart"]'), 'right under the chart').to.be
        .true;
    });

    it('shows usage as the biggest figure, in the spend colour, and zero usage in a neutral one', async () => {
      const el = await mount(
        serve(),
        {},
        '--credits-color-danger: rgb(200, 1, 2); --credits-color-text: rgb(5, 5, 5)',
      );
      const [august, september] = $$(el, '.usage');
      expect(getComputedStyle(september!).color).to.equal('rgb(200, 1, 2)');
      expect(text(august), 'August had no usage').to.equal('0 credits');
      expect(getComputedStyle(august!).color).to.equal('rgb(5, 5, 5)');
      const runs = $(el, 'dd:last-of-type')!;
      expect(parseFloat(getComputedStyle(september!).fontSize)).to.be.greaterThan(
        parseFloat(getComputedStyle(runs).fontSize),
      );
    });

    it('asks for the months attribute and shows that many cards', async () => {
      const server = serve();
      const el = await mount(server, { months: '6' });
      expect(server.calls[0]!.url.searchParams.get('months')).to.equal('6');
      expect($$(el, '[part~="card"]')).to.have.length(6);
    });

    it('keeps months within the contract (1 to 24)', async () => {
      const server = serve();
      await mount(server, { months: '99' });
      await mount(server, { months: '0' });
      await mount(server, { months: 'many' });
      expect(server.calls.map((c) => c.url.searchParams.get('months'))).to.deep.equal([
        '24',
        '1',
        '4',
      ]);
    });
  });

  describe('chart', () => {
    it('draws a bar chart of the same months in the same order as the cards, with a size', async () => {
      const el = await mount(serve());
      const chart = await drawnChart(el);
      // The axis writes the short month over the year, never rotated (narrow charts too).
      expect(cardTexts(el).map((c) => c.month.replace(/^(\w{3})\w* /, '$1 '))).to.deep.equal(
        (chart.data.labels as string[][]).map((lines) => lines.join(' ')),
      );
      const canvas = $(el, 'canvas') as HTMLCanvasElement;
      expect(canvas.width).to.be.greaterThan(0);
      expect(canvas.height).to.be.greaterThan(0);
      expect(chart.data.labels).to.deep.equal([
        ['Aug', '2026'],
        ['Sep', '2026'],
        ['Oct', '2026'],
        ['Nov', '2026'],
      ]);
      expect(
        (chart.options.scales as { x: { ticks: { maxRotation: number } } }).x.ticks.maxRotation,
      ).to.equal(0);
      expect(chart.data.datasets[0]!.data).to.deep.equal([0, 3120, 2875, 950]);
    });

    it('is left alone by a re-render with the same data, and follows a locale change', async () => {
      const el = await mount(serve());
      const chart = await drawnChart(el);
      const updates: unknown[] = [];
      const update = chart.update.bind(chart);
      chart.update = (mode) => {
        updates.push((chart.data.labels?.[0] as string[]).join(' '));
        update(mode);
      };
      el.requestUpdate();
      await el.updateComplete;
      // Draws run in order: once the locale change is drawn, the re-render's turn has passed.
      el.locale = 'fr-FR';
      await waitUntil(
        () => (chart.data.labels?.[0] as string[]).join(' ') === 'août 2026',
        'labels kept their locale',
      );
      expect(updates, 'only the locale change redrew').to.deep.equal(['août 2026']);
    });

    it('labels the canvas as an image stating the figures', async () => {
      const el = await mount(serve());
      const canvas = $(el, 'canvas')!;
      expect(canvas.getAttribute('role')).to.equal('img');
      expect(canvas.getAttribute('aria-label')).to.equal(
        'Bar chart of credits used per month. August 2026: 0 credits; September 2026: 3,120 credits; ' +
          'October 2026: 2,875 credits; November 2026 (in progress): 950 credits.',
      );
    });

    it("keeps the chart's figures on the page as text, for screen readers: each bar's month and credits in its card", async () => {
      const el = await mount(serve());
      const chart = await drawnChart(el);
      const cards = $$(el, '[part~="card"]');
      const values = chart.data.datasets[0]!.data as number[];
      expect(cards.length, 'a card per bar').to.equal(values.length);
      values.forEach((credits, i) => {
        const said = spoken(cards[i]!);
        const figure = credits.toLocaleString('en-US');
        expect(said, `card ${i + 1}`).to.match(new RegExp(`(?<![\\d,.])${figure} credits`));
        // The chart's label is the short month ("Aug 2026"), the card's the full one.
        const [month, year] = chart.data.labels![i] as string[];
        expect(said, `card ${i + 1}`).to.match(new RegExp(`\\b${month}\\w* ${year}\\b`));
      });
    });

    it('takes its colours from the theme tokens', async () => {
      const el = await mount(
        serve(),
        {},
        '--credits-chart-bar: rgb(1, 2, 3); --credits-chart-bar-current: rgb(4, 5, 6)',
      );
      const dataset = (await drawnChart(el)).data.datasets[0]!;
      const fills = dataset.backgroundColor as unknown[];
      expect(fills.slice(0, 3)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
      expect(fills[3]).to.be.instanceOf(CanvasPattern);
      expect((dataset.borderColor as string[])[3]).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, '[part~="current-card"]')!).borderTopColor).to.equal(
        'rgb(4, 5, 6)',
      );
    });

    it('marks the month in progress in the usage colour, hatched, as its card is: not another hue (item 14)', async () => {
      const el = await mount(serve(), {}, '--credits-color-danger: rgb(200, 1, 2)');
      const dataset = (await drawnChart(el)).data.datasets[0]!;
      const fills = dataset.backgroundColor as unknown[];
      expect(fills[0], 'a finished month').to.equal('rgb(200, 1, 2)');
      expect(fills[3], 'the month in progress: hatched').to.be.instanceOf(CanvasPattern);
      expect((dataset.borderColor as string[])[3], 'outlined in the same colour').to.equal(
        'rgb(200, 1, 2)',
      );
      expect((dataset.borderWidth as number[])[3]).to.be.greaterThan(0);
      const card = $(el, '[part~="current-card"]')!;
      expect(getComputedStyle(card).borderTopColor, "the card's edge").to.equal('rgb(200, 1, 2)');
      expect(getComputedStyle(card.querySelector('.usage')!).color).to.equal('rgb(200, 1, 2)');
      // The badge and the key under the chart carry the bar's hatching.
      for (const swatch of [
        $(el, '[part~="badge"] .swatch')!,
        $(el, '[part~="chart-key"] .swatch')!,
      ]) {
        const style = getComputedStyle(swatch);
        expect(style.backgroundImage).to.contain('repeating-linear-gradient');
        expect(style.backgroundImage).to.contain('rgb(200, 1, 2)');
      }
    });

    it('keeps the hatching in forced colours, in the system text colour', async () => {
      try {
        await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        const el = await mount(serve());
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const dataset = (await drawnChart(el)).data.datasets[0]!;
        const bar = (dataset.backgroundColor as unknown[])[0];
        expect((dataset.backgroundColor as unknown[])[3]).to.be.instanceOf(CanvasPattern);
        expect((dataset.borderColor as string[])[3]).to.equal(bar);
        const swatch = getComputedStyle($(el, '[part~="chart-key"] .swatch')!);
        expect(swatch.backgroundImage).to.contain('repeating-linear-gradient');
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('uses dark colours under a dark colour scheme', async () => {
      const el = await mount(serve(), { style: 'color-scheme: dark' });
      const chart = await drawnChart(el);
      expect((chart.data.datasets[0]!.backgroundColor as string[])[0]).to.equal('rgb(248, 81, 73)');
    });

    it('recolours when the user switches to dark mode', async () => {
      try {
        await emulateMedia({ colorScheme: 'light' });
        const el = await mount(serve());
        const chart = await drawnChart(el);
        expect((chart.data.datasets[0]!.backgroundColor as string[])[0]).to.equal(
          'rgb(198, 40, 40)',
        );
        await emulateMedia({ colorScheme: 'dark' });
        await waitUntil(
          () => (chart.data.datasets[0]!.backgroundColor as string[])[0] === 'rgb(248, 81, 73)',
          'the bars kept their light colour',
        );
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('does not animate under reduced motion', async () => {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        const chart = await drawnChart(await mount(serve()));
        expect(chart.options.animation).to.equal(false);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('animates otherwise', async () => {
      const chart = await drawnChart(await mount(serve()));
      expect((chart.options.animation as { duration?: number }).duration).to.equal(400);
    });

    it('resizes with its container', async () => {
      const el = await mount(serve(), {}, 'width: 600px');
      await drawnChart(el);
      const canvas = $(el, 'canvas') as HTMLCanvasElement;
      await waitUntil(() => canvas.clientWidth > 400, 'chart never filled the container');
      el.parentElement!.style.width = '320px';
      await waitUntil(() => canvas.clientWidth < 320, 'chart did not shrink with its container');
    });

    it('is destroyed when the element leaves the page, and drawn again when it returns', async () => {
      const el = await mount(serve());
      await drawnChart(el);
      const canvas = $(el, 'canvas') as HTMLCanvasElement;
      const parent = el.parentElement!;
      el.remove();
      expect(Chart.getChart(canvas)).to.equal(undefined);
      parent.append(el);
      await drawnChart(el);
    });
  });

  describe('trend', () => {
    const trend = (el: Element) => text($(el, '[part~="trend"]'));

    it('reads steady growth and links the upgrade page when given', async () => {
      const el = await mount(serve(monthsBody([1000, 1300, 1700, 200])), {
        'upgrade-href': '#upgrade',
      });
      expect(trend(el)).to.contain(
        'Usage is growing steadily, from 1,000 credits in August 2026 to 1,700 in October 2026.',
      );
      expect(trend(el)).to.contain('check whether Pro economics now beat per-credit pricing');
      expect($(el, '[part~="trend"] a')!.getAttribute('href')).to.match(/#upgrade$/);
    });

    it('reads one spike month and points at Credit Usage', async () => {
      const el = await mount(serve(monthsBody([1000, 8000, 1100, 200])), {
        'usage-href': '#usage',
      });
      expect(trend(el)).to.contain('One spike month: September 2026 used 8,000 credits');
      expect(trend(el)).to.contain('open Credit Usage to identify it');
      const link = $(el, '[part~="trend"] a')!;
      expect(text(link)).to.equal('Open Credit Usage');
      expect(link.getAttribute('href')).to.match(/#usage$/);
    });

    it('reads flat usage as a reason to stay on Pay As You Go', async () => {
      const el = await mount(serve(monthsBody([1000, 1100, 950, 4000])));
      expect(trend(el)).to.contain('Flat usage: about 1,017 credits');
      expect(trend(el)).to.contain('stay on Pay As You Go');
    });

    it('reads empty months as off-season', async () => {
      const el = await mount(serve(monthsBody([1000, 0, 950, 10])));
      expect(trend(el)).to.contain('Empty months (September 2026): off-season.');
      expect(trend(el)).to.contain("credits don't expire");
    });
  });

  describe('states', () => {
    it('a new account shows zeros and words, not an error or a chart', async () => {
      const el = await mount(serve({ months: [] }));
      expect(cardTexts(el).map((c) => c.usage)).to.deep.equal(['0', '0', '0', '0']);
      expect(text($(el, '[part~="trend"]'))).to.contain('No credits used in the last 4 months.');
      expect(has(el, '[role="alert"]')).to.be.false;
      expect(has(el, 'canvas')).to.be.false;
      expect(has(el, '[part~="chart-key"]'), 'no month in progress to compare').to.be.false;
      expect(text($(el, '[part~="base"]'))).not.to.match(/compare|not over/i);
      await expectAccessibleInEveryScheme(el, 'a new account');
    });

    it('gives a month in progress with nothing spent the neutral edge of the others, not the usage colour', async () => {
      const el = await mount(serve({ months: [] }), {}, '--credits-color-danger: rgb(200, 1, 2)');
      const current = getComputedStyle($(el, '[part~="current-card"]')!);
      const other = getComputedStyle($(el, '[part~="card"]:not([part~="current-card"])')!);
      expect(current.borderTopColor).to.equal(other.borderTopColor);
      expect(current.borderTopColor).not.to.equal('rgb(200, 1, 2)');
      expect(current.boxShadow).to.equal('none');
      expect(text($(el, '[part~="badge"]')), 'still marked as the month in progress').to.equal(
        'Current',
      );
    });
  });
});
