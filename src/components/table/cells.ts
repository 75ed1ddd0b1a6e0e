import { html, type TemplateResult } from 'lit';
import type { Transaction } from '../../api/types.js';
import type { Column } from './columns.js';
import { CreditsEventOpenEvent } from '../../events/credits-event-open.js';
import { english } from '../../i18n/english.js';
import '../../i18n/en/tables.js';
import type { Translate } from '../../i18n/keys.js';
import { formatDateTime, formatDateTimeParts, formatSignedInteger } from '../../internal/format.js';
import { safeHref } from '../../internal/url.js';

/** Cells the transaction tables share. Each returns the content of one `<td>`. */

/** The date and time the skeleton's Date bar is as wide as, in the locale. */
const SAMPLE_DATE = '2026-11-20T14:05:00';

/**
 * The one "nothing here" of every cell: a dash for the eye, and `spoken` (`No event`,
 * `None`) for a screen reader, which would otherwise read an empty cell or "dash".
 */
export function noneCell(t: Translate, spoken: string): TemplateResult {
  return html`<span class="none" aria-hidden="true">${t('common.none')}</span
    ><span class="visually-hidden">${spoken}</span>`;
}

/** `+5,000` in the gain colour, `-420` in the spend colour. */
export function creditsCell(credits: number, locale: string): TemplateResult {
  const tone = credits < 0 ? 'spend' : credits > 0 ? 'gain' : '';
  return html`<data class=${tone} value=${credits}>${formatSignedInteger(credits, locale)}</data>`;
}

/**
 * An instant as the locale's date and time, machine-readable too. Its date and time never break
 * inside (`Nov 5, 2026`, `2:05 PM`): a cell shows them on a line, or stacked (`.joint` hidden).
 */
export function dateCell(iso: string, locale: string): TemplateResult {
  const [date, joint, time] = formatDateTimeParts(iso, locale);
  return html`<time datetime=${iso}
    ><span class="nobr">${date}</span><span class="joint">${joint}</span
    ><span class="nobr">${time}</span></time
  >`;
}

/** Server text that may be long: clamped on screen, whole in the DOM and the tooltip. */
export function textCell(value: string): TemplateResult {
  return html`<span class="clamp-text" dir="auto" title=${value}>${value}</span>`;
}

/**
 * The event cells of one `event-href` pattern: a link (or, without a safe pattern, a button) that
 * fires the cancelable `credits-event-open` first, or a dash that says "No event" (in `t`'s
 * language) to screen readers; in a narrow row, `instead` of the dash if given. The pattern is checked once (an ID, encoded, cannot change its
 * scheme), not per row.
 */
export function eventCells(
  host: EventTarget,
  pattern: string,
  t: Translate = english,
  instead?: (tx: Transaction) => string,
): (tx: Transaction) => unknown {
  const linked = safeHref(pattern.replaceAll('{id}', '0')) !== null;
  return (tx) => {
    const event = tx.event;
    if (!event) {
      const none = noneCell(t, t('table.noEvent'));
      // A narrow row's line 1 says what the run was instead of a dash.
      return instead
        ? html`<span class="wide-only">${none}</span
            ><span class="narrow-only">${instead(tx)}</span>`
        : none;
    }
    const href = linked ? pattern.replaceAll('{id}', encodeURIComponent(String(event.id))) : null;
    const open = (e: Event) => {
      const detail = { eventId: event.id, eventName: event.name, href: safeHref(href) };
      if (!host.dispatchEvent(new CreditsEventOpenEvent(detail))) e.preventDefault();
    };
    return href
      ? html`<a
          class="event-link clamp-text"
          dir="auto"
          href=${href}
          title=${event.name}
          @click=${open}
          >${event.name}</a
        >`
      : html`<button
          class="event-link clamp-text"
          dir="auto"
          type="button"
          title=${event.name}
          @click=${open}
        >
          ${event.name}
        </button>`;
  };
}

/** The Credits column of the transaction tables: signed, in the spend or gain colour. */
export const creditsColumn: Column<Transaction> = {
  header: (t) => t('table.credits'),
  align: 'end',
  narrow: 'figure',
  cell: (tx, locale) => creditsCell(tx.credits, locale),
  csv: (tx) => tx.credits,
  placeholder: (_t, locale) => formatSignedInteger(-1000, locale),
};

/**
 * The Date column of the transaction tables: local date and time on one line (first under a
 * narrow row's lead), RFC 3339 in the export.
 */
export const dateColumn: Column<Transaction> = {
  header: (t) => t('table.date'),
  cell: (tx, locale) => dateCell(tx.createdAt, locale),
  narrow: 'first',
  csv: (tx) => tx.createdAt,
  placeholder: (_t, locale) => formatDateTime(SAMPLE_DATE, locale),
};
