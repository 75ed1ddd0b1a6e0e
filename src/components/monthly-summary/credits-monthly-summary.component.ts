import { html, nothing, type PropertyValues, type TemplateResult, isServer } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { MonthlyUsage } from '../../api/types.js';
import { ColorSchemeController } from '../../controllers/color-scheme-controller.js';
import '../../i18n/en/summary.js';
import { formatInteger, formatMonth } from '../../internal/format.js';
import { hostStyles } from '../../styles/shared.js';
import { CreditsElement } from '../base/credits-element.js';
import { UsageChart } from './chart-drawing.js';
import { monthlySummaryStyles } from './credits-monthly-summary.styles.js';
import { classifyTrend, monthCards, type MonthCard } from './months.js';
import { renderTrend } from './trend.js';

export const DEFAULT_MONTHS = 4;
const MAX_MONTHS = 24;

function clampMonths(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_MONTHS;
  return Math.min(Math.max(Math.round(value), 1), MAX_MONTHS);
}

/**
 * The Monthly Usage Summary: a card per month, oldest to newest (the month in progress last),
 * with the credits used and the number of processing runs, a bar chart of the same months in
 * the same order, and a plain-language reading of the trend. Usage is one colour in cards and
 * bars; the month in progress is marked the same way in both, readable without colour: hatched
 * (its bar, its badge's swatch and the chart's key under the bars, which says it is not over).
 *
 * @summary Credits used per month, as cards, a chart and what the trend means.
 *
 * @event {CreditsErrorEvent} credits-error - The usage could not be loaded; `detail.error.kind` says why.
 *
 * @csspart base - The card around everything.
 * @csspart title - The heading.
 * @csspart cards - The list of month cards.
 * @csspart card - One month's card.
 * @csspart current-card - The card of the month in progress (also has part `card`).
 * @csspart badge - The Current badge.
 * @csspart chart - The box around the chart canvas.
 * @csspart chart-key - The line under the chart saying the hatched month is still in progress.
 * @csspart trend - The reading of the trend.
 * @csspart error - The error panel.
 *
 * @cssprop --credits-color-danger - Months with usage (spend): their figures and bars.
 * @cssprop --credits-chart-bar - Bar colour, overriding the danger colour.
 * @cssprop --credits-chart-bar-current - The month in progress: its hatched bar, its card's edge and badge (default: the bar colour).
 * @cssprop --credits-chart-height - Height of the chart (default 220px).
 * @cssprop --credits-color-subtle - Background of the trend note.
 */
export class CreditsMonthlySummary extends CreditsElement {
  static override styles = [hostStyles, monthlySummaryStyles];

  /** How many months to show, counting back from the current one: 1 to 24, default 4. */
  @property({ type: Number }) months: number = 4;

  /** Optional page comparing Pro with per-credit pricing, linked when usage is growing. */
  @property({ attribute: 'upgrade-href' }) upgradeHref = '';

  /** Optional page with the Credit Usage table, linked when one month spikes. */
  @property({ attribute: 'usage-href' }) usageHref = '';

  @query('canvas') private canvas?: HTMLCanvasElement;

  readonly #chart = new UsageChart(this);

  protected readonly colorScheme = new ColorSchemeController(this, () => this.#drawChart(true));

  /** The cards of the last answer: the same answer (from the cache) gives the same cards. */
  #cards?: { usage: MonthlyUsage; count: number; cards: MonthCard[] };

  #cardsOf(usage: MonthlyUsage, count: number): MonthCard[] {
    if (this.#cards?.usage !== usage || this.#cards.count !== count) {
      this.#cards = { usage, count, cards: monthCards(usage.months, count) };
    }
    return this.#cards.cards;
  }

  private readonly usageData = this.load({
    args: () => [clampMonths(this.months)] as const,
    run: async (client, [count], signal) =>
      this.#cardsOf(await client.getMonthlyUsage(count, { signal }), count),
    // The cached answer, drawn in the first render; the chart is drawn once for both.
    peek: (client, [count]) => {
      const usage = client.peekMonthlyUsage(count);
      return usage && this.#cardsOf(usage, count);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) UsageChart.preload();
    // Coming back into the page: draw the chart again (it was destroyed on disconnect).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#chart.destroy();
  }

  protected override render(): TemplateResult {
    return this.renderFrame(
      this.t('summary.title'),
      this.usageData.busy,
      this.renderData(this.usageData, {
        complete: (cards) => this.renderSummary(cards),
        pending: () => this.renderSkeleton(),
        loading: () => this.t('summary.loading'),
      }),
    );
  }

  /** The loaded layout with placeholder text on skeleton bars: nothing moves when data comes. */
  private renderSkeleton(): TemplateResult {
    // This month and the ones before it, as the API will most likely answer: the same labels.
    const placeholder = monthCards([], clampMonths(this.months)).map((card) => ({
      ...card,
      credits: 1000,
      transactions: 10,
    }));
    return html`<ul class="cards">
        ${placeholder.map((card) => this.renderCard(card, this.resolvedLocale, true))}
      </ul>
      <div class="chart skeleton"></div>
      ${this.renderKey(
        placeholder.find((card) => card.current),
        true,
      )}
      <p class="trend">
        <strong class="skeleton-text">${this.t('summary.trendPlaceholder')}</strong>
      </p>`;
  }

  private renderSummary(cards: MonthCard[]): TemplateResult {
    const locale = this.resolvedLocale;
    const trend = classifyTrend(cards);
    return html`<ul class="cards" part="cards">
        ${cards.map((card) => this.renderCard(card, locale))}
      </ul>
      ${
        trend.kind === 'empty'
          ? nothing
          : html`<div class="chart" part="chart">
                <canvas role="img" aria-label=${this.chartLabel(cards, locale)}></canvas>
              </div>
              ${this.renderKey(cards.find((card) => card.current))}`
      }
      ${renderTrend(
        trend,
        cards,
        locale,
        { upgradeHref: this.upgradeHref, usageHref: this.usageHref },
        this.t,
      )}
      <span class="probe bar"></span><span class="probe current"></span>
      <span class="probe text"></span><span class="probe grid"></span>`;
  }

  private renderCard(card: MonthCard, locale: string, skeleton = false): TemplateResult {
    const text = skeleton ? 'skeleton-text' : '';
    return html`<li
      class=${card.current ? (card.credits > 0 ? 'month current' : 'month current idle') : 'month'}
      part=${skeleton ? nothing : card.current ? 'card current-card' : 'card'}
    >
      <h3 class="month-head">
        <span class=${text}>${formatMonth(card.month, locale)}</span>
        ${
          card.current
            ? html`<span
                class=${skeleton ? 'badge current-badge skeleton-text' : 'badge current-badge'}
                part=${skeleton ? nothing : 'badge'}
                ><span class="swatch" aria-hidden="true"></span>${this.t('summary.current')}</span
              >`
            : nothing
        }
      </h3>
      <dl>
        <dt><span class=${text}>${this.t('summary.usage')}</span></dt>
        <dd class=${card.credits > 0 ? 'usage spend' : 'usage'}>
          ${this.cardCredits(card, locale, text)}
        </dd>
        <dt><span class=${text}>${this.t('summary.transactions')}</span></dt>
        <dd>
          <data class=${text} value=${card.transactions}
            >${formatInteger(card.transactions, locale)}</data
          >
        </dd>
      </dl>
    </li>`;
  }

  /**
   * The chart's key, under the bars: the hatched month is the one in progress, its total still
   * growing (nothing when no month is current: every bar is whole).
   */
  private renderKey(current: MonthCard | undefined, skeleton = false): unknown {
    if (!current) return nothing;
    const words = this.t('summary.inProgress', {
      month: formatMonth(current.month, this.resolvedLocale),
    });
    return html`<p class="chart-key muted" part=${skeleton ? nothing : 'chart-key'}>
      <span class=${skeleton ? 'swatch skeleton-text' : 'swatch'} aria-hidden="true"></span
      ><span class=${skeleton ? 'skeleton-text' : ''}>${words}</span>
    </p>`;
  }

  /**
   * A card's credits: the figure shown, the words of `summary.cardCredits` around it for screen
   * readers only (sighted readers have the Usage label above it).
   */
  private cardCredits(card: MonthCard, locale: string, text: string): unknown[] {
    const figure = html`<data class=${text} value=${card.credits}
      >${formatInteger(card.credits, locale)}</data
    >`;
    return this.parts('summary.cardCredits', { count: card.credits, figure }).map((part) =>
      typeof part !== 'string'
        ? part
        : part
          ? html`<span class="visually-hidden">${part}</span>`
          : nothing,
    );
  }

  private chartLabel(cards: MonthCard[], locale: string): string {
    const months = cards.map((c) =>
      this.t(c.current ? 'summary.chartMonthInProgress' : 'summary.chartMonth', {
        month: formatMonth(c.month, locale),
        count: c.credits,
      }),
    );
    return this.t('summary.chartLabel', { months: months.join(this.t('summary.chartSeparator')) });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#drawChart(false);
  }

  #drawChart(recolour: boolean): void {
    const cards = this.usageData.value;
    if (cards && this.canvas && this.isConnected) {
      void this.#chart.draw(this.canvas, cards, this.resolvedLocale, recolour, this.t);
    } else {
      this.#chart.destroy();
    }
  }
}
