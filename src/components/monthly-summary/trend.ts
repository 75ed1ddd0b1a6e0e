import { html, nothing, type TemplateResult } from 'lit';
import '../../i18n/en/summary.js';
import { english } from '../../i18n/english.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { formatMonth } from '../../internal/format.js';
import { safeHref } from '../../internal/url.js';
import type { MonthCard, Trend } from './months.js';

export interface TrendLinks {
  upgradeHref: string;
  usageHref: string;
}

/**
 * The reference's "What the trend tells you": what the months mean and what to do about it, in
 * the language of `t` (numbers and month names in `locale`).
 */
export function renderTrend(
  trend: Trend,
  cards: MonthCard[],
  locale: string,
  links: TrendLinks,
  t: Translate = english,
): TemplateResult {
  const month = (c: MonthCard) => formatMonth(c.month, locale);
  const link = (raw: string, label: MessageKey) => {
    const href = safeHref(raw);
    return href ? html` <a href=${href}>${t(label)}</a>` : nothing;
  };
  let title: string;
  let advice: TemplateResult | string;
  switch (trend.kind) {
    case 'empty':
      title = t('summary.emptyTitle', { count: cards.length });
      advice = t('summary.topUpBeforeEvent');
      break;
    case 'too-early':
      title = t('summary.tooEarlyTitle');
      advice = t('summary.tooEarlyAdvice');
      break;
    case 'off-season': {
      // The locale's plain list ("September 2026, October 2026" in English, no "and").
      const months = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(
        trend.months.map(month),
      );
      title = t('summary.offSeasonTitle', { months, count: trend.months.length });
      advice = t('summary.topUpBeforeEvent');
      break;
    }
    case 'spike': {
      const spike = trend.months[0]!;
      title = t('summary.spikeTitle', { month: month(spike), count: spike.credits });
      advice = html`${t('summary.spikeAdvice')}${link(links.usageHref, 'summary.spikeLink')}`;
      break;
    }
    case 'growing': {
      const first = trend.basis[0]!;
      const last = trend.basis.at(-1)!;
      title = t('summary.growingTitle', {
        count: first.credits,
        firstMonth: month(first),
        to: last.credits,
        lastMonth: month(last),
      });
      advice = html`${t('summary.growingAdvice')}${link(links.upgradeHref, 'summary.growingLink')}`;
      break;
    }
    case 'flat': {
      const avg = (key: 'credits' | 'transactions') =>
        Math.round(trend.basis.reduce((s, c) => s + c[key], 0) / trend.basis.length);
      title = t('summary.flatTitle', { count: avg('credits'), runs: avg('transactions') });
      advice = t('summary.flatAdvice');
      break;
    }
    case 'varied':
    default:
      title = t('summary.variedTitle');
      advice = t('summary.variedAdvice');
      break;
  }
  return html`<p class="trend" part="trend"><strong>${title}</strong> ${advice}</p>`;
}
