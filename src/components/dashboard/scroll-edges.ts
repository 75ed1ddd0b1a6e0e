import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A row that scrolls sideways rather than wrap (the dashboard's tabs on a phone): marks on the
 * row which physical edges have more beyond them (`data-more="left right"`, for a fade there),
 * kept up to date on scroll and resize, and keeps the chosen item in view.
 */
export class ScrollEdgesController implements ReactiveController {
  readonly #find: () => HTMLElement | null;
  #row?: HTMLElement;
  #observer?: ResizeObserver;
  #chosen?: Element | null;

  constructor(host: ReactiveControllerHost, find: () => HTMLElement | null) {
    this.#find = find;
    host.addController(this);
  }

  hostUpdated(): void {
    const row = this.#find();
    if (row !== this.#row) {
      this.#detach();
      if (!row) return;
      this.#row = row;
      row.addEventListener('scroll', this.#measure, { passive: true });
      this.#observer = new ResizeObserver(this.#measure);
      this.#observer.observe(row);
    }
    const chosen = row.querySelector('[aria-selected="true"]');
    if (chosen !== this.#chosen) {
      this.#chosen = chosen;
      if (chosen) this.#reveal(row, chosen);
    }
    this.#measure();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  #detach(): void {
    this.#row?.removeEventListener('scroll', this.#measure);
    this.#observer?.disconnect();
    this.#row = this.#observer = this.#chosen = undefined;
  }

  /** Scrolls the row only (never the page) so `item` is wholly in view. */
  #reveal(row: HTMLElement, item: Element): void {
    const box = row.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    if (at.left < box.left) row.scrollLeft -= box.left - at.left;
    else if (at.right > box.right) row.scrollLeft += at.right - box.right;
  }

  readonly #measure = (): void => {
    const row = this.#row;
    if (!row) return;
    const max = row.scrollWidth - row.clientWidth;
    // Right to left, scrollLeft runs from 0 (the start, at the right) down to -max.
    const rtl = getComputedStyle(row).direction === 'rtl';
    const [min, top] = rtl ? [-max, 0] : [0, max];
    const more = [
      max > 1 && row.scrollLeft > min + 1 ? 'left' : '',
      max > 1 && row.scrollLeft < top - 1 ? 'right' : '',
    ]
      .join(' ')
      .trim();
    if (more) row.dataset['more'] = more;
    else delete row.dataset['more'];
  };
}
