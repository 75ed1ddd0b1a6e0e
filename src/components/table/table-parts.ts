import { html, nothing, type TemplateResult } from 'lit';
import type { PageView } from '../../controllers/cursor-paging-controller.js';
import type { ExportState } from '../../controllers/export-controller.js';
import { userMessage } from '../../data/errors.js';
import type { Translate } from '../../i18n/keys.js';

/** The parts of a table around its rows: toolbar, pager and export status. */

/** A page size within the contract's `limit`: 1 to 100, 25 for anything that is no number. */
export function clampPageSize(value: number): number {
  if (!Number.isFinite(value)) return 25;
  return Math.min(Math.max(Math.round(value), 1), 100);
}

/** The toolbar: the filters, if the table has any. */
export function renderToolbar(t: Translate, filters: unknown): TemplateResult | typeof nothing {
  return filters
    ? html`<div class="toolbar" part="toolbar" role="group" aria-label=${t('table.toolbar')}>
        ${filters}
      </div>`
    : nothing;
}

/** Export CSV, on the title's line: disabled until the rows are there. */
export function renderExportButton(
  t: Translate,
  o: { ready: boolean; exporting: boolean; exportCsv: () => void },
): TemplateResult {
  return html`<button
    class="btn small"
    type="button"
    part="export-button"
    ?disabled=${!o.ready}
    aria-disabled=${o.exporting ? 'true' : 'false'}
    @click=${o.exportCsv}
  >
    ${t('table.export')}
  </button>`;
}

/** A page that could not be loaded while the rows before it stay on screen. */
export interface PageFailure {
  /** The page that failed, 1-based. */
  page: number;
  error: unknown;
  /** Asks for that page again. */
  retry: () => void;
}

export interface PagerOptions {
  caption: string;
  /** What is on screen: after a failed page, the page before it (the scroll view: every row). */
  view: PageView<unknown>;
  scroll: boolean;
  t: Translate;
  /** A page is loading. */
  loading: boolean;
  /** The page that failed to load, or null. */
  failure: PageFailure | null;
  next: () => void;
  previous: () => void;
}

/**
 * The alert of a failed page, in the pager: the rows above stay, and what went wrong concerns
 * that page only. Its Retry goes away while the page loads again, so it hands the focus to the
 * pager's own button first (Next, Load more), where the focus stays until the page has come.
 */
function renderPageFailure(f: PageFailure, t: Translate, scroll: boolean): TemplateResult {
  const message = userMessage(f.error, t);
  return html`<div class="alert" role="alert" part="error">
    <p>
      ${scroll ? t('table.moreFailed', { message }) : t('table.pageFailed', { page: f.page, message })}
    </p>
    <button
      class="btn small"
      type="button"
      @click=${(e: Event) => {
        (e.currentTarget as Element)
          .closest('.pager')
          ?.querySelector<HTMLElement>('.next')
          ?.focus();
        f.retry();
      }}
    >
      ${t('common.retry')}
    </button>
  </div>`;
}

/**
 * Previous / Next with the row range, or the scroll view's count with Load more. The buttons
 * use aria-disabled rather than disabled while a page loads: a focused button that becomes
 * disabled drops the focus to the page, and keyboard users paging would lose their place.
 */
export function renderPager(o: PagerOptions): TemplateResult {
  const { view, t, loading, failure } = o;
  const total = view.total;
  // While the next page loads the view is still the one before: there is a next one.
  const turning = loading && view.hasNext;
  // Next (Load more) still means the page after the one shown: after it failed, it asks again.
  const next = failure && failure.page > view.index + 1 ? failure.retry : o.next;
  const alert = failure ? renderPageFailure(failure, t, o.scroll) : nothing;
  if (o.scroll) {
    return html`<div class="pager" part="pager">
      <span aria-live="polite"
        >${
          total !== undefined
            ? t('table.rowsLoadedOf', { count: view.rows.length, total })
            : t('table.rowsLoaded', { count: view.rows.length })
        }</span
      >
      ${
        view.hasNext
          ? html`<button
              class="btn small next"
              type="button"
              aria-disabled=${turning ? 'true' : 'false'}
              @click=${next}
            >
              ${t(turning ? 'common.loading' : 'table.loadMore')}
            </button>`
          : nothing
      }
      ${alert}
    </div>`;
  }
  const last = view.first + view.rows.length - 1;
  const range = view.rows.length
    ? total !== undefined
      ? t('table.rangeOf', { first: view.first, last, count: total })
      : t('table.range', { first: view.first, last })
    : total !== undefined
      ? t('table.noRowsOf', { count: total })
      : t('table.noRows');
  // Everything on one page: the count, and no buttons that could never be pressed.
  if (view.index === 0 && !view.hasNext && !failure) {
    return html`<p class="pager" part="pager"><span aria-live="polite">${range}</span></p>`;
  }
  return html`<nav
    class="pager"
    part="pager"
    aria-label=${t('table.pages', { caption: o.caption })}
  >
    <span aria-live="polite">${turning ? t('table.loadingRows') : range}</span>
    <span class="buttons">
      <button
        class="btn small"
        type="button"
        aria-disabled=${view.index === 0 || loading ? 'true' : 'false'}
        @click=${o.previous}
      >
        ${t('table.previous')}
      </button>
      <button
        class="btn small next"
        type="button"
        aria-disabled=${!view.hasNext || loading ? 'true' : 'false'}
        @click=${next}
      >
        ${t('table.next')}
      </button>
    </span>
    ${alert}
  </nav>`;
}

/** Export progress with Cancel, or how the last export ended (with Retry after a failure). */
export function renderExportStatus(
  state: ExportState,
  t: Translate,
  actions: { cancel: () => void; retry: () => void },
): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'running': {
      const { rows, total } = state;
      return html`<div class="export" part="export">
        <progress
          aria-label=${t('table.exportProgress')}
          max=${total ?? nothing}
          value=${total !== undefined ? rows : nothing}
        ></progress>
        <span role="status"
          >${
            total !== undefined
              ? t('table.exportingOf', { count: rows, total })
              : t('table.exporting', { count: rows })
          }</span
        >
        <button class="btn small" type="button" @click=${actions.cancel}>
          ${t('table.cancelExport')}
        </button>
      </div>`;
    }
    case 'done':
      return html`<div class="export" part="export">
        <span role="status"
          >${t('table.exported', { count: state.rows, filename: state.filename })}</span
        >
      </div>`;
    case 'cancelled':
      return html`<div class="export" part="export">
        <span role="status">${t('table.exportCancelled')}</span>
      </div>`;
    case 'failed':
      return html`<div class="export" part="export">
        <span role="alert"
          >${t('table.exportFailed', { message: userMessage(state.error, t) })}</span
        >
        <button class="btn small" type="button" @click=${actions.retry}>
          ${t('table.retryExport')}
        </button>
      </div>`;
    default:
      return nothing;
  }
}
