import { html, nothing, type TemplateResult } from 'lit';
import type { BreakdownBy, UsageBreakdown } from '../../api/types.js';
import { CreditsEventOpenEvent } from '../../events/credits-event-open.js';
import type { MessageKey, Translate } from '../../i18n/keys.js';
import { formatPercent } from '../../internal/format.js';
import { typeLabel } from '../../internal/labels.js';
import { safeHref } from '../../internal/url.js';
import type { Range } from './period.js';

type Group = UsageBreakdown['items'][number];

export interface ViewContext {
  t: Translate;
  locale: string;
  by: BreakdownBy;
  /** `event-href` (`{id}` is the event's): where an event's name leads. */
  eventHref: string;
  /** Where `credits-event-open` is fired from (the element). */
  host: EventTarget;
  /** The period shown, given with `credits-event-open`. */
  range: Range;
  skeleton?: boolean;
  /** One number of decimals for every share of the list (6.0% above 63.7%, not 6%). */
  shareDigits?: 0 | 1;
}

const OTHER: Record<BreakdownBy, MessageKey> = {
  event: 'breakdown.otherEvents',
  user: 'breakdown.otherUsers',
  type: 'breakdown.otherTypes',
};

/**
 * An event's name: a link to `event-href` (or, without a safe pattern, a button) that fires the
 * cancelable `credits-event-open` first, as the tables' event cells do.
 */
function eventName(id: number, name: string, c: ViewContext): TemplateResult {
  const pattern = c.eventHref;
  const linked = safeHref(pattern.replaceAll('{id}', '0')) !== null;
  const href = linked ? pattern.replaceAll('{id}', encodeURIComponent(String(id))) : null;
  const open = (e: Event) => {
    const detail = { eventId: id, eventName: name, href: safeHref(href), ...c.range };
    if (!c.host.dispatchEvent(new CreditsEventOpenEvent(detail))) e.preventDefault();
  };
  return href
    ? html`<a class="event-link" dir="auto" href=${href} @click=${open}>${name}</a>`
    : html`<button class="event-link" dir="auto" type="button" @click=${open}>${name}</button>`;
}

/** What a group is called: the server's label, "No event" / "System" for a null key, a type's name. */
function groupName(group: Group, c: ViewContext): unknown {
  const { key, label } = group;
  const { t, by } = c;
  if (key === null) return by === 'event' ? t('breakdown.noEvent') : t('breakdown.system');
  if (by === 'type') return typeLabel(String(key), t);
  const name = label ?? String(key);
  const id = Number(key);
  if (by === 'event' && !c.skeleton && key !== '' && Number.isSafeInteger(id)) {
    return eventName(id, name, c);
  }
  return html`<span dir="auto">${name}</span>`;
}

/** One line: its name, runs, credits, share written and drawn (a meter, hidden: the share is written). */
function row(
  name: unknown,
  credits: number,
  runs: number,
  total: number,
  c: ViewContext,
  part: string,
): TemplateResult {
  const { t, locale, skeleton } = c;
  const share = total > 0 ? credits / total : 0;
  const cell = (text: string) =>
    skeleton ? html`<span class="skeleton-text">${text}</span>` : text;
  return html`<li class="row" part=${part}>
    <span class="name">${skeleton ? cell(String(name)) : name}</span>
    <span class="runs">${cell(t('breakdown.runs', { count: runs }))}</span>
    <data class="credits" value=${credits}
      >${cell(t('breakdown.credits', { count: credits }))}</data
    >
    <span class="share">${cell(formatPercent(share, locale, c.shareDigits))}</span>
    ${
      skeleton
        ? html`<span class="bar skeleton"></span>`
        : html`<meter class="bar" aria-hidden="true" min="0" max="1" value=${share}></meter>`
    }
  </li>`;
}

/** The ranked groups, the "Other (N events)" line and the period's total. */
export function renderBreakdown(data: UsageBreakdown, c: ViewContext): TemplateResult {
  const { t } = c;
  const total = data.total.credits;
  const other = data.other;
  // A share that needs its tenth (63.7%) gives every share one decimal, so the column reads alike.
  const tenths = [...data.items, other].some(
    (g) => total > 0 && Math.round((g.credits / total) * 1000) % 10 !== 0,
  );
  c = { ...c, shareDigits: tenths ? 1 : 0 };
  return html`<ol class="rows" part="list" aria-label=${t('breakdown.list')}>
      ${data.items.map((g) =>
        row(c.skeleton ? g.label : groupName(g, c), g.credits, g.transactions, total, c, 'row'),
      )}
      ${
        other.groups > 0
          ? row(
              t(OTHER[c.by], { count: other.groups }),
              other.credits,
              other.transactions,
              total,
              c,
              'row other',
            )
          : nothing
      }
    </ol>
    <p class="total" part="total">
      <span class="name">${t('breakdown.total')}</span>
      <span class="runs"
        >${
          c.skeleton
            ? html`<span class="skeleton-text"
                >${t('breakdown.runs', { count: data.total.transactions })}</span
              >`
            : t('breakdown.runs', { count: data.total.transactions })
        }</span
      >
      <data class="credits" value=${total}
        >${
          c.skeleton
            ? html`<span class="skeleton-text">${t('breakdown.credits', { count: total })}</span>`
            : t('breakdown.credits', { count: total })
        }</data
      >
      <span class="share"></span>
    </p>`;
}
