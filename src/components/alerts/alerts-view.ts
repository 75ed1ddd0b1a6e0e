import { html, nothing, type TemplateResult } from 'lit';
import type { Alerts } from '../../api/types.js';
import type { Translate } from '../../i18n/keys.js';
import { formatDate } from '../../internal/format.js';

/** What the read-only view needs besides the settings. */
export interface ViewState {
  t: Translate;
  locale: string;
  /** The runway's "about N credits today" line (or why there is none, or nothing). */
  equivalent: unknown;
  /** Drawn as the loading skeleton: the same boxes, the words hidden on bars. */
  skeleton?: boolean;
}

const bar = (skeleton: boolean | undefined, words: unknown) =>
  skeleton ? html`<span class="skeleton-text">${words}</span>` : words;

/** "Last alert sent: 1 November 2026", or "Never": its term and value, for a `.meta` list. */
function lastSentTerm(alerts: Alerts, s: ViewState): TemplateResult {
  const at = alerts.lastSentAt;
  const value = at
    ? html`<time datetime=${at}>${formatDate(at, s.locale)}</time>`
    : s.t('alerts.never');
  return html`<div class="last-sent">
    <dt>${s.t('alerts.lastSent')}</dt>
    <dd>${bar(s.skeleton, value)}</dd>
  </div>`;
}

/** The last-sent line alone (the form's). */
export function renderLastSent(alerts: Alerts, s: ViewState): TemplateResult {
  return html`<dl class="meta">${lastSentTerm(alerts, s)}</dl>`;
}

/** "Both alerts are off: no one is e-mailed…", when they are. */
export function renderAllOff(lowOn: boolean, runwayOn: boolean, t: Translate): unknown {
  return lowOn || runwayOn ? nothing : html`<p class="note">${t('alerts.allOff')}</p>`;
}

/** Everyone's view: the two alerts, on or off, in words; the recipients; the last one sent. */
export function renderView(alerts: Alerts, s: ViewState): TemplateResult {
  const { t, skeleton } = s;
  const text = (words: unknown) => bar(skeleton, words);
  const rule = (name: string, on: boolean, says: string, more?: unknown) =>
    html`<li class="rule-view">
      <p class="rule-name">
        ${name}
        <span class=${`badge ${on ? 'on' : 'off'}${skeleton ? ' skeleton-text' : ''}`}
          >${t(on ? 'alerts.on' : 'alerts.off')}</span
        >
      </p>
      <p class="rule-says">${text(says)}</p>
      ${more && more !== nothing ? html`<p class="hint muted">${more}</p>` : nothing}
    </li>`;
  return html`<ul class="rules" part=${skeleton ? nothing : 'rules'}>
      ${rule(
        t('alerts.lowBalance'),
        alerts.lowBalance.enabled,
        t('alerts.lowBalanceRule', { count: alerts.lowBalance.thresholdCredits }),
      )}
      ${rule(
        t('alerts.runway'),
        alerts.runway.enabled,
        t('alerts.runwayRule', { count: alerts.runway.days }),
        s.equivalent,
      )}
    </ul>
    ${renderAllOff(alerts.lowBalance.enabled, alerts.runway.enabled, t)}
    <dl class="meta">
      <dt>${t('alerts.recipients')}</dt>
      <dd>
        ${
          alerts.recipients.length
            ? html`<ul class="addresses">
                ${alerts.recipients.map((r) => html`<li><bdi>${text(r)}</bdi></li>`)}
              </ul>`
            : t('alerts.noRecipients')
        }
      </dd>
      ${lastSentTerm(alerts, s)}
    </dl>`;
}
