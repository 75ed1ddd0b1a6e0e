import type { Chart } from 'chart.js';
import type { Translate } from '../../i18n/keys.js';
import { formatMonthLines } from '../../internal/format.js';
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
  #drawn?: { cards: MonthCard[]; locale: string; label: string; rtl: boolean };
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
   * and locale (and wording) leave the chart alone rather than animating it again. `t` gives the
   * chart's words in the element's language.
   */
  async draw(
    canvas: HTMLCanvasElement,
    cards: MonthCard[],
    locale: string,
    recolour: boolean,
    t: Translate,
  ): Promise<void> {
    const { Chart, hatch } = await (UsageChart.#load ??= import('./usage-chart.js'));
    // The element may have left the page or drawn something else while Chart.js loaded.
    if (!this.#host.isConnected || !canvas.isConnected) return;
    if (this.#chart && this.#chart.canvas !== canvas) this.destroy();
    const label = t('summary.chartDataset');
    // Right to left (the page's or the element's `dir`): months run from the right, the axis of
    // figures stands on the right, and the tooltip reads right to left.
    const rtl = getComputedStyle(canvas).direction === 'rtl';
    const drawn = this.#drawn;
    const same =
      drawn?.cards === cards &&
      drawn.locale === locale &&
      drawn.label === label &&
      drawn.rtl === rtl;
    if (this.#chart && same && !recolour) return;
    this.#drawn = { cards, locale, label, rtl };

    const colours = this.#colours();
    // The chart writes in the widget's font, not Chart.js's default Helvetica.
    const font = { family: getComputedStyle(canvas).fontFamily };
    const data = {
      labels: cards.map((c) => formatMonthLines(c.month, locale)),
      datasets: [
        {
          label,
          data: cards.map((c) => c.credits),
          // The month in progress: the same colour, hatched and outlined (not another hue), so
          // it reads without colour too, in forced colours as well.
          backgroundColor: cards.map((c) =>
            c.current ? hatch(colours.current, canvas) : colours.bar,
          ),
          borderColor: cards.map((c) => (c.current ? colours.current : colours.bar)),
          borderWidth: cards.map((c) => (c.current ? 2 : 0)),
          borderRadius: 4,
        },
      ],
    };
    const scales = {
      // Month over year, never rotated: a narrow chart keeps every label whole and level, in
      // either direction.
      x: {
        reverse: rtl,
        grid: { display: false },
        ticks: { color: colours.text, font, maxRotation: 0, autoSkip: false },
      },
      y: {
        position: rtl ? ('right' as const) : ('left' as const),
        beginAtZero: true,
        ticks: { color: colours.text, precision: 0, font },
        grid: { color: colours.grid },
        border: { display: false },
      },
    };

    if (this.#chart) {
      this.#chart.data = data;
      this.#chart.options.scales = scales;
      this.#chart.options.locale = locale;
      if (this.#chart.options.plugins?.tooltip) this.#chart.options.plugins.tooltip.rtl = rtl;
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
            rtl,
            titleFont: font,
            bodyFont: font,
            callbacks: {
              label: (item) => t('summary.chartTooltip', { count: Number(item.raw) }),
            },
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
