import { html, type TemplateResult } from 'lit';
import type { RovingTabindexController } from '../../controllers/roving-tabindex-controller.js';

export interface TabList<I extends string> {
  /** `outer` (the sections) or `inner` (the history tables): the roving controller's query. */
  className: string;
  part?: string;
  /** The tab list's name, and the language its words are in. */
  label: string;
  lang: string;
  /** The words are not in the element's language yet: kept invisible, their width kept. */
  unready: boolean;
  tabs: readonly { id: I; label: string }[];
  current: I;
  roving: RovingTabindexController;
  select: (id: I) => void;
}

/**
 * A WAI-ARIA tab list: `tablist` / `tab` with `aria-selected` and `aria-controls` (each panel is
 * `panel-<id>`, labelled by `tab-<id>`), one tab stop, Arrow / Home / End keys.
 */
export function renderTabList<I extends string>(list: TabList<I>): TemplateResult {
  return html`<div
    class=${list.className}
    role="tablist"
    lang=${list.lang}
    aria-label=${list.label}
    part=${list.part ?? ''}
    @keydown=${list.roving.onKeydown}
  >
    ${list.tabs.map(
      (tab, i) =>
        html`<button
          role="tab"
          id=${`tab-${tab.id}`}
          aria-selected=${tab.id === list.current ? 'true' : 'false'}
          aria-controls=${`panel-${tab.id}`}
          tabindex=${list.roving.tabindex(i)}
          @click=${() => list.select(tab.id)}
        >
          <span class=${list.unready ? 'unready' : ''}>${tab.label}</span>
        </button>`,
    )}
  </div>`;
}
