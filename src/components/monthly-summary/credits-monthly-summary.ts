import { Task, TaskStatus } from '@lit/task';
import type { Chart } from 'chart.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { CreditsClient } from '../../data/client.js';
import { CreditsElement } from '../../internal/credits-element.js';
import { formatInteger, formatMonth } from '../../internal/format.js';
import { safeHref } from '../../internal/url.js';
import { hostStyles } from '../../styles/shared.js';
import { monthlySummaryStyles } from './credits-monthly-summary.styles.js';
import { classifyTrend, monthCards, type MonthCard, type Trend } from './months.js';

export const DEFAULT_MONTHS = 4;
const MAX_MONTHS = 24;

function clampMonths(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_MONTHS;
  return Math.min(Math.max(Math.round(value), 1), MAX_MONTHS);
}

/**
 * The Monthly Usage Summary: a card per month (the month in progress and the ones before it)
 * with the credits used and the number of processing runs, a bar chart of the same months, and
 * a plain-language reading of the trend.
 *
 * @summary Credits used per month, as cards, a chart and what the trend means.
 *
 * @event {CreditsErrorEvent} credits-error - The usage could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The section around everything.
 * @csspart cards - The list of month cards.
 * @csspart card - One month's card.
 * @csspart current-card - The card of the month in progress (also has part `card`).
 * @csspart badge - The Current badge.
 * @csspart chart - The box around the chart canvas.
 * @csspart trend - The reading of the trend.
 * @csspart error - The error panel.
 *
 * @cssprop --credits-color-danger - The usage figures and bars (spend).
 * @cssprop --credits-color-accent - The Current badge, the current card's outline and bar.
 * @cssprop --credits-chart-bar - Bar colour, overriding the danger colour.
 * @cssprop --credits-chart-bar-current - Colour of the current month's bar.
 * @cssprop --credits-chart-height - Height of the chart (default 220px).
 * @cssprop --credits-color-subtle - Background of the trend note.
 */
@customElement('credits-monthly-summary')
export class CreditsMonthlySummary extends CreditsElement {
  static override styles = [hostStyles, monthlySummaryStyles];

  /** How many months to show, counting back from the current one: 1 to 24, default 4. */
  @property({ type: Number }) months = DEFAULT_MONTHS;

  /** Optional page comparing Pro with per-credit pricing, linked when usage is growing. */
  @property({ attribute: 'upgrade-href' }) upgradeHref = '';

  /** Optional page with the Credit Usage table, linked when one month spikes. */
  @property({ attribute: 'usage-href' }) usageHref = '';

  @query('canvas') private canvas?: HTMLCanvasElement;

  #chart?: Chart;
  #drawn?: { cards: MonthCard[]; locale: string };
  #chartLoad?: Promise<typeof import('./usage-chart.js')>;
  readonly #schemeQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  readonly #onScheme = () => {
    const data = this.current;
    if (data && this.#chart) void this.#drawChart(data.cards, true);
  };

  private readonly usageTask = new Task(this, {
    task: async ([client, count], { signal }) =>
      client
        ? {
            client,
            count,
            cards: monthCards(
              (await this.load(signal, () => client.getMonthlyUsage(count, { signal }))).months,
              count,
            ),
          }
        : undefined,
    args: () => [this.resolvedClient, clampMonths(this.months)] as const,
  });

  protected reload(): void {
    void this.usageTask.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schemeQuery?.addEventListener('change', this.#onScheme);
    // Coming back into the page: draw the chart again (it was destroyed on disconnect).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#schemeQuery?.removeEventListener('change', this.#onScheme);
    this.#destroyChart();
  }

  private get current(): { client: CreditsClient; cards: MonthCard[] } | undefined {
    const value = this.usageTask.value;
    return value && value.client === this.resolvedClient && value.count === clampMonths(this.months)
      ? value
      : undefined;
  }

  protected override render(): TemplateResult {
    const task = this.usageTask;
    const data = this.current;
    let body: TemplateResult;
    if (!this.resolvedClient) body = this.renderUnconfigured();
    else if (task.status === TaskStatus.ERROR)
      body = this.renderError(task.error, () => this.reload());
    else if (data) body = this.renderSummary(data.cards);
    else body = this.renderSkeleton();
    return this.renderFrame('Monthly Usage Summary', this.isLoading(task), body);
  }

  private renderSkeleton(): TemplateResult {
    const count = Math.min(clampMonths(this.months), 8);
    return html`<ul class="cards">
        ${Array.from({ length: count }, () => html`<li class="skeleton card"></li>`)}
      </ul>
      <div class="skeleton chart-skeleton"></div>
      <span class="visually-hidden">Loading monthly usage…</span>`;
  }

  private renderSummary(cards: MonthCard[]): TemplateResult {
    const locale = this.resolvedLocale;
    const trend = classifyTrend(cards);
    const empty = trend.kind === 'empty';
    return html`<ul class="cards" part="cards">
        ${cards.map((card) => this.renderCard(card, locale))}
      </ul>
      ${
        empty
          ? nothing
          : html`<div class="chart" part="chart">
              <canvas role="img" aria-label=${this.chartLabel(cards, locale)}></canvas>
            </div>`
      }
      ${this.renderTrend(trend, cards, locale)}
      <span class="probe bar"></span><span class="probe current"></span>
      <span class="probe text"></span><span class="probe grid"></span>`;
  }

  private renderCard(card: MonthCard, locale: string): TemplateResult {
    return html`<li
      class=${classMap({ month: true, current: card.current })}
      part=${card.current ? 'card current-card' : 'card'}
    >
      <h3 class="month-head">
        <span>${formatMonth(card.month, locale)}</span>
        ${card.current ? html`<span class="badge" part="badge">Current</span>` : nothing}
      </h3>
      <dl>
        <dt>Usage</dt>
        <dd class="usage">
          <data value=${card.credits}>${formatInteger(card.credits, locale)}</data
          ><span class="visually-hidden"> credits</span>
        </dd>
        <dt>Usage transactions</dt>
        <dd><data value=${card.transactions}>${formatInteger(card.transactions, locale)}</data></dd>
      </dl>
      ${
        card.current
          ? html`<p class="in-progress muted">
              In progress: compare it with the same point in earlier months, not with whole months.
            </p>`
          : nothing
      }
    </li>`;
  }

  private chartLabel(cards: MonthCard[], locale: string): string {
    const parts = [...cards]
      .reverse()
      .map(
        (c) =>
          `${formatMonth(c.month, locale)}${c.current ? ' (in progress)' : ''}: ${formatInteger(c.credits, locale)} credits`,
      );
    return `Bar chart of credits used per month. ${parts.join('; ')}.`;
  }

  private renderTrend(trend: Trend, cards: MonthCard[], locale: string): TemplateResult {
    const n = (v: number) => formatInteger(v, locale);
    const month = (c: MonthCard) => formatMonth(c.month, locale);
    const link = (raw: string, label: string) => {
      const href = safeHref(raw);
      return href ? html` <a href=${href}>${label}</a>` : nothing;
    };
    let title: string;
    let advice: TemplateResult | string;
    switch (trend.kind) {
      case 'empty':
        title = `No credits used in the last ${n(cards.length)} ${cards.length === 1 ? 'month' : 'months'}.`;
        advice = "Top up only before your next event; credits don't expire.";
        break;
      case 'too-early':
        title = 'Not enough finished months to read a trend yet.';
        advice =
          'The month in progress grows until it ends; compare it with the same point in earlier months.';
        break;
      case 'off-season': {
        const names = trend.months.map(month).join(', ');
        title = `Empty months (${names}): off-season.`;
        advice = "Top up only before your next event; credits don't expire.";
        break;
      }
      case 'spike': {
        const spike = trend.months[0]!;
        title = `One spike month: ${month(spike)} used ${n(spike.credits)} credits, far above the others.`;
        advice = html`That is usually one unusually large event: open Credit Usage to identify it.
        Nothing structural to change.${link(this.usageHref, 'Open Credit Usage')}`;
        break;
      }
      case 'growing': {
        const first = trend.basis[0]!;
        const last = trend.basis.at(-1)!;
        title = `Usage is growing steadily, from ${n(first.credits)} credits in ${month(first)} to ${n(last.credits)} in ${month(last)}.`;
        advice = html`More or larger events: check whether Pro economics now beat per-credit
        pricing.${link(this.upgradeHref, 'When to upgrade')}`;
        break;
      }
      case 'flat': {
        const avg = (key: 'credits' | 'transactions') =>
          n(Math.round(trend.basis.reduce((s, c) => s + c[key], 0) / trend.basis.length));
        title = `Flat usage: about ${avg('credits')} credits and ${avg('transactions')} processing runs a month.`;
        advice = 'A steady event cadence, sized correctly: stay on Pay As You Go.';
        break;
      }
      case 'varied':
      default:
        title = 'Usage varies from month to month without a clear pattern.';
        advice = 'Compare the months above with the events you ran in each.';
        break;
    }
    return html`<p class="trend" part="trend"><strong>${title}</strong> ${advice}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.current;
    if (data && this.canvas) void this.#drawChart(data.cards);
    else this.#destroyChart();
  }

  #colours() {
    const read = (cls: string) => {
      const probe = this.renderRoot.querySelector(`.probe.${cls}`);
      return probe ? getComputedStyle(probe).color : undefined;
    };
    return { bar: read('bar'), current: read('current'), text: read('text'), grid: read('grid') };
  }

  /**
   * Draws the chart, or brings the one drawn up to date. `recolour` redraws the same data
   * without animation (the colour scheme changed); otherwise a re-render with the same data
   * and locale leaves the chart alone rather than animating it again.
   */
  async #drawChart(cards: MonthCard[], recolour = false): Promise<void> {
    this.#chartLoad ??= import('./usage-chart.js');
    const { Chart } = await this.#chartLoad;
    const canvas = this.canvas;
    // The element may have left the page or changed state while Chart.js loaded.
    if (!this.isConnected || !canvas || this.current?.cards !== cards) return;
    if (this.#chart && this.#chart.canvas !== canvas) this.#destroyChart();

    const locale = this.resolvedLocale;
    const same = this.#drawn?.cards === cards && this.#drawn.locale === locale;
    if (this.#chart && same && !recolour) return;
    this.#drawn = { cards, locale };

    const colours = this.#colours();
    const chronological = [...cards].reverse();
    const data = {
      labels: chronological.map((c) => formatMonth(c.month, locale, 'short')),
      datasets: [
        {
          label: 'Credits used',
          data: chronological.map((c) => c.credits),
          backgroundColor: chronological.map((c) => (c.current ? colours.current : colours.bar)),
          borderRadius: 4,
        },
      ],
    };
    const scales = {
      x: { grid: { display: false }, ticks: { color: colours.text } },
      y: {
        beginAtZero: true,
        ticks: { color: colours.text, precision: 0 },
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
            callbacks: { label: (item) => `${formatInteger(Number(item.raw), locale)} credits` },
          },
        },
        scales,
      },
    });
  }

  #destroyChart(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#drawn = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credits-monthly-summary': CreditsMonthlySummary;
  }
}
