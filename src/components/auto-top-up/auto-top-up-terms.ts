/**
 * The automatic top-up rule in words (`<credits-auto-top-up>`'s read-only terms and their
 * skeleton), given the element's words and locale. Pure, apart from the templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AutoTopUp, AutoTopUpSettings } from '../../api/types.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { formatDate } from '../../internal/format.js';

export interface TermWords {
  t: Translate;
  /** A message as template parts, for placeholders that are markup (`<time>`). */
  parts: (key: MessageKey, params: Readonly<Record<string, unknown>>) => unknown[];
  locale: string;
}

/** A date for the skeleton's last top-up, as wide as a real one. */
const SAMPLE_DATE = '2026-11-15T09:30:00Z';

/** "When the balance falls below 2,000 credits, buy 10,000 credits" */
export function ruleText(rule: AutoTopUpSettings, t: Translate): string {
  return t('autoTopUp.ruleText', {
    threshold: t('autoTopUp.credits', { count: rule.thresholdCredits }),
    credits: t('autoTopUp.credits', { count: rule.topUpCredits }),
  });
}

/** "At most 3 times a month" / "No monthly limit" */
export function limitText(rule: AutoTopUpSettings, t: Translate): string {
  return rule.monthlyLimit === null
    ? t('autoTopUp.noLimit')
    : t('autoTopUp.limitText', { count: rule.monthlyLimit });
}

/** The skeleton's terms: the common case (on, a limit, a card, a completed top-up). */
export function sampleTerms({ t, locale }: TermWords): [string, string][] {
  const sample = { enabled: true, thresholdCredits: 2000, topUpCredits: 10000, monthlyLimit: 3 };
  return [
    [t('autoTopUp.status'), t('autoTopUp.on')],
    [t('autoTopUp.rule'), ruleText(sample, t)],
    [t('autoTopUp.limit'), limitText(sample, t)],
    [t('autoTopUp.paymentMethod'), 'Visa ending 4242'],
    [
      t('autoTopUp.last'),
      t('autoTopUp.lastText', {
        date: formatDate(SAMPLE_DATE, locale),
        credits: t('autoTopUp.credits', { count: 10000 }),
        status: t('autoTopUp.completed'),
      }),
    ],
  ];
}

/** The last automatic top-up: none yet, done, or failed (a warning with the server's reason). */
export function renderLast(rule: AutoTopUp, { t, parts, locale }: TermWords): unknown {
  const last = rule.lastTopUp;
  if (!last) return html`<span class="muted">${t('autoTopUp.lastNone')}</span>`;
  const date = html`<time datetime=${last.at}>${formatDate(last.at, locale)}</time>`;
  const credits = t('autoTopUp.credits', { count: last.credits });
  if (last.status === 'failed') {
    return html`<p class="notice danger" part="last-failed">
      ${
        last.message
          ? parts('autoTopUp.lastFailed', {
              date,
              credits,
              message: html`<bdi>${last.message}</bdi>`,
            })
          : parts('autoTopUp.lastFailedNoReason', { date, credits })
      }
    </p>`;
  }
  const status =
    last.status === 'completed' ? t('autoTopUp.completed') : html`<bdi>${last.status}</bdi>`;
  return parts('autoTopUp.lastText', { date, credits, status });
}

/** The loaded layout of the common case (on, a limit, a card, a completed top-up), as bars. */
export function renderSkeleton(
  words: TermWords,
  { costShown, admin }: { costShown: boolean; admin: boolean },
): TemplateResult {
  const t = words.t;
  const rows = sampleTerms(words);
  if (costShown) rows.push([t('autoTopUp.price'), '$000.00']);
  return html`<dl>
      ${rows.map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd><span class="skeleton-text">${value}</span></dd>`,
      )}
    </dl>
    ${
      admin
        ? html`<div class="actions">
            <span class="btn skeleton-text">${t('autoTopUp.edit')}</span>
          </div>`
        : nothing
    }`;
}
