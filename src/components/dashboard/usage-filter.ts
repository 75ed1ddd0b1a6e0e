import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.js';
import type { CreditsEventOpenEvent } from '../../events/credits-event-open.js';
import type { CreditsUsageTable } from '../usage-table/credits-usage-table.component.js';

/** The event chosen in the usage breakdown, and its period: what the Credit Usage table shows. */
interface UsageFilter {
  eventId: string;
  eventName: string;
  from: string;
  to: string;
}

interface Host extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/** Two calendar days (`YYYY-MM-DD`) as the locale writes a range of dates. */
function dayRange(from: string, to: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(new Date(`${from}T00:00Z`), new Date(`${to}T00:00Z`));
}

/**
 * The dashboard's Credit Usage filtered to the event a reader chose in the usage breakdown:
 * the table is given the event and the breakdown's period, a note above it says so with a way
 * back to all usage, and the note takes the focus. The note lasts while the table shows exactly
 * that: the reader changing the table's own filters ends it (the table keeps what they set).
 */
export class UsageFilterController {
  #filter?: UsageFilter;
  readonly #host: Host;
  readonly #locale: LocaleController;
  /** Opens the Credit Usage tab (and renders its panel). */
  readonly #showUsage: () => void;
  /** The tables whose updates are watched. */
  readonly #watched = new WeakSet<CreditsUsageTable>();

  constructor(host: Host, locale: LocaleController, showUsage: () => void) {
    this.#host = host;
    this.#locale = locale;
    this.#showUsage = showUsage;
  }

  get #table(): CreditsUsageTable | null {
    return this.#host.renderRoot.querySelector('credits-usage-table');
  }

  #set(filter: UsageFilter | undefined): void {
    this.#filter = filter;
    this.#host.requestUpdate();
  }

  /** For the breakdown's `credits-event-open` (the tables' carry no period): after every listener. */
  readonly onEventOpen = (e: CreditsEventOpenEvent): void => {
    const { eventId, eventName, from, to } = e.detail;
    if (!from || !to) return;
    queueMicrotask(() => {
      if (!e.defaultPrevented) void this.#apply({ eventId: String(eventId), eventName, from, to });
    });
  };

  async #apply(filter: UsageFilter): Promise<void> {
    this.#showUsage();
    this.#set(filter);
    await this.#host.updateComplete;
    const table = this.#table;
    if (!table) return;
    table.eventId = filter.eventId;
    table.from = filter.from;
    table.to = filter.to;
    if (!this.#watched.has(table)) {
      this.#watched.add(table);
      table.addController({ hostUpdated: () => this.#check(table) });
    }
    const note = this.#host.renderRoot.querySelector<HTMLElement>('.usage-filter');
    if (!note) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    note.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    note.focus({ preventScroll: true });
  }

  #check(table: CreditsUsageTable): void {
    const f = this.#filter;
    if (f && (table.eventId !== f.eventId || table.from !== f.from || table.to !== f.to)) {
      this.#set(undefined);
    }
  }

  readonly #showAll = (): void => {
    const table = this.#table;
    if (table) table.eventId = table.from = table.to = '';
    this.#set(undefined);
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('.inner [aria-selected="true"]')?.focus(),
    );
  };

  /** The note above the table, while it is filtered. */
  render(): TemplateResult | typeof nothing {
    const f = this.#filter;
    if (!f) return nothing;
    const locale = this.#locale;
    const period = dayRange(f.from, f.to, locale.value);
    return html`<p class="usage-filter" tabindex="-1" lang=${locale.textLang}>
      <span>${locale.t('dashboard.usageFiltered', { event: f.eventName, period })}</span>
      <button type="button" @click=${this.#showAll}>${locale.t('dashboard.showAllUsage')}</button>
    </p>`;
  }
}
