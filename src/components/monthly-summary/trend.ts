import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, formatMonth } from '../../internal/format.js';
import { safeHref } from '../../internal/url.js';
import type { MonthCard, Trend } from './months.js';

export interface TrendLinks {
  upgradeHref: string;
  usageHref: string;
}

/** The reference's "What the trend tells you": what the months mean and what to do about it. */
export function renderTrend(
  trend: Trend,
  cards: MonthCard[],
  locale: string,
  links: TrendLinks,
): TemplateResult {
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
      Nothing structural to change.${link(links.usageHref, 'Open Credit Usage')}`;
      break;
    }
    case 'growing': {
      const first = trend.basis[0]!;
      const last = trend.basis.at(-1)!;
      title = `Usage is growing steadily, from ${n(first.credits)} credits in ${month(first)} to ${n(last.credits)} in ${month(last)}.`;
      advice = html`More or larger events: check whether Pro economics now beat per-credit
      pricing.${link(links.upgradeHref, 'When to upgrade')}`;
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
