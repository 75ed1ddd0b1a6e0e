import { html, type TemplateResult } from 'lit';
import type { Transaction } from '../../api/types.js';
import { CreditsEventOpenEvent } from '../../events/credits-event-open.js';
import { renderAction } from '../../internal/actions.js';
import { formatDateTime, formatSignedInteger } from '../../internal/format.js';

/** Cells the transaction tables share. Each returns the content of one `<td>`. */

const NO_EVENT = html`<span aria-hidden="true">—</span
  ><span class="visually-hidden">No event</span>`;

/** `+5,000` in the gain colour, `-420` in the spend colour. */
export function creditsCell(credits: number, locale: string): TemplateResult {
  const tone = credits < 0 ? 'spend' : credits > 0 ? 'gain' : '';
  return html`<data class=${tone} value=${credits}>${formatSignedInteger(credits, locale)}</data>`;
}

/** An instant as the locale's date and time, machine-readable too. */
export function dateCell(iso: string, locale: string): TemplateResult {
  return html`<time datetime=${iso}>${formatDateTime(iso, locale)}</time>`;
}

/** Server text that may be long: clamped on screen, whole in the DOM and the tooltip. */
export function textCell(value: string): TemplateResult {
  return html`<span class="clamp-text" title=${value}>${value}</span>`;
}

/**
 * The event of a transaction: a link (or a button) that fires `credits-event-open` first, or a
 * dash that says "No event" to screen readers.
 */
export function eventCell(host: EventTarget, tx: Transaction, eventHref: string): unknown {
  const event = tx.event;
  if (!event) return NO_EVENT;
  return renderAction(host, {
    label: event.name,
    title: event.name,
    className: 'event-link clamp-text',
    href: eventHref.replaceAll('{id}', encodeURIComponent(String(event.id))),
    event: (href) => new CreditsEventOpenEvent({ eventId: event.id, eventName: event.name, href }),
  });
}
