import { html, nothing, type TemplateResult } from 'lit';
import type { PageView } from '../../controllers/cursor-paging-controller.js';
import type { ExportState } from '../../controllers/export-controller.js';
import { userMessage } from '../../data/errors.js';
import { formatInteger } from '../../internal/format.js';

/** The parts of a table around its rows: pager and export status. */

/** A page size within the contract's `limit`: 1 to 100, 25 for anything that is no number. */
export function clampPageSize(value: number): number {
  if (!Number.isFinite(value)) return 25;
  return Math.min(Math.max(Math.round(value), 1), 100);
}

export interface PagerOptions {
  caption: string;
  view: PageView<unknown>;
  scroll: boolean;
  locale: string;
  /** A page is loading. */
  loading: boolean;
  /** The error panel of a failed next page (scroll view), or null. */
  error: TemplateResult | null;
  next: () => void;
  previous: () => void;
}

/**
 * Previous / Next with the row range, or the scroll view's count with Load more. The buttons
 * use aria-disabled rather than disabled while a page loads: a focused button that becomes
 * disabled drops the focus to the page, and keyboard users paging would lose their place.
 */
export function renderPager(o: PagerOptions): TemplateResult {
  const { view, locale, loading } = o;
  const n = (v: number) => formatInteger(v, locale);
  const of = view.total !== undefined ? ` of ${n(view.total)}` : '';
  // While the next page loads the view is still the one before: there is a next one.
  const turning = loading && view.hasNext;
  if (o.scroll) {
    return html`<div class="pager" part="pager">
      <span aria-live="polite">${n(view.rows.length)}${of} rows loaded</span>
      ${
        o.error ??
        (view.hasNext
          ? html`<button
              class="btn small"
              type="button"
              aria-disabled=${turning ? 'true' : 'false'}
              @click=${o.next}
            >
              ${turning ? 'Loading…' : 'Load more'}
            </button>`
          : nothing)
      }
    </div>`;
  }
  const last = view.first + view.rows.length - 1;
  const range = view.rows.length ? `Rows ${n(view.first)}–${n(last)}${of}` : `No rows${of}`;
  return html`<nav class="pager" part="pager" aria-label=${`${o.caption} pages`}>
    <span aria-live="polite">${turning ? 'Loading rows…' : range}</span>
    <span class="buttons">
      <button
        class="btn small"
        type="button"
        aria-disabled=${view.index === 0 || loading ? 'true' : 'false'}
        @click=${o.previous}
      >
        Previous
      </button>
      <button
        class="btn small"
        type="button"
        aria-disabled=${!view.hasNext || loading ? 'true' : 'false'}
        @click=${o.next}
      >
        Next
      </button>
    </span>
  </nav>`;
}

/** Export progress with Cancel, or how the last export ended (with Retry after a failure). */
export function renderExportStatus(
  state: ExportState,
  locale: string,
  actions: { cancel: () => void; retry: () => void },
): TemplateResult | typeof nothing {
  const n = (v: number) => formatInteger(v, locale);
  switch (state.status) {
    case 'running': {
      const of = state.total !== undefined ? ` of ${n(state.total)}` : '';
      return html`<div class="export" part="export">
        <progress
          aria-label="Export progress"
          max=${state.total ?? nothing}
          value=${state.total !== undefined ? state.rows : nothing}
        ></progress>
        <span role="status">Exporting… ${n(state.rows)}${of} rows</span>
        <button class="btn small" type="button" @click=${actions.cancel}>Cancel export</button>
      </div>`;
    }
    case 'done':
      return html`<div class="export" part="export">
        <span role="status">Exported ${n(state.rows)} rows to ${state.filename}.</span>
      </div>`;
    case 'cancelled':
      return html`<div class="export" part="export">
        <span role="status">Export cancelled.</span>
      </div>`;
    case 'failed':
      return html`<div class="export" part="export">
        <span role="alert">Export failed: ${userMessage(state.error)}</span>
        <button class="btn small" type="button" @click=${actions.retry}>Retry export</button>
      </div>`;
    default:
      return nothing;
  }
}
