import type { Chart } from 'chart.js';
import { formatInteger, formatMonth } from '../../internal/format.js';
import type { MonthCard } from './months.js';

type ChartModule = typeof import('./usage-chart.js');

/**
 * The summary's bar chart: Chart.js is imported when the first summary joins the page, while its
 * data loads (a page without a summary never downloads it). Colours are read from probe elements in the host's shadow root,
 * so theme tokens, dark mode and forced colours all reach the canvas.
 */
export class UsageChart {
  readonly #host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  #chart?: Chart;
  #drawn?: { cards: MonthCard[]; locale: string };
  static #load?: Promise<ChartModule>;

  constructor(host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
  }

  /**
   * Starts downloading Chart.js now (a summary is on the page), so it comes while the data does
   * instead of after it.
   */
  static preload(): void {
    UsageChart.#load ??= import('./usage-chart.js');
  }

  #colours() {
    const read = (cls: string) => {
      const probe = this.#host.renderRoot.querySelector(`.probe.${cls}`);
      return probe ? getComputedStyle(probe).color : undefined;
    };
    return { bar: read('bar'), current: read('current'), text: read('text'), grid: read('grid') };
  }

  /**
   * Draws `cards` (oldest first) on `canvas`, or brings the chart drawn up to date. `recolour`
   * redraws the same data without animation (the colour scheme changed); otherwise the same data
   * and locale leave the chart alone rather than animating it again.
   */
  async draw(
    canvas: HTMLCanvasElement,
    cards: MonthCard[],
    locale: string,
    recolour: boolean,
  ): Promise<void> {
    const { Chart } = await (UsageChart.#load ??= import('./usage-chart.js'));
    // The element may have left the page or drawn something else while Chart.js loaded.
    if (!this.#host.isConnected || !canvas.isConnected) return;
    if (this.#chart && this.#chart.canvas !== canvas) this.destroy();
    const same = this.#drawn?.cards === cards && this.#drawn.locale === locale;
    if (this.#chart && same && !recolour) return;
    this.#drawn = { cards, locale };

    const colours = this.#colours();
    // The chart writes in the widget's font, not Chart.js's default Helvetica.
    const font = { family: getComputedStyle(canvas).fontFamily };
    const data = {
      labels: cards.map((c) => formatMonth(c.month, locale, 'short')),
      datasets: [
        {
          label: 'Credits used',
          data: cards.map((c) => c.credits),
          backgroundColor: cards.map((c) => (c.current ? colours.current : colours.bar)),
          borderRadius: 4,
        },
      ],
    };
    const scales = {
      x: { grid: { display: false }, ticks: { color: colours.text, font } },
      y: {
        beginAtZero: true,
        ticks: { color: colours.text, precision: 0, font },
        grid: { color: colours.grid },
        border: { display: false },
      },
    };

    if (this.#chart) {
      this.#chart.data = data;
      this.#chart.options.scales = scales;
      this.#chart.update(recolour ? 'none' : undefined);
      return;
    }
    const reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.#chart = new Chart(canvas, {
      type: 'bar',
      data,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale,
        animation: reducedMotion ? false : { duration: 400 },
        plugins: {
          tooltip: {
            titleFont: font,
            bodyFont: font,
            callbacks: { label: (item) => `${formatInteger(Number(item.raw), locale)} credits` },
          },
        },
        scales,
      },
    });
  }

  destroy(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#drawn = undefined;
  }
}
