import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualRowsOptions {
  /** Up to this many rows are all rendered; beyond, only the visible ones and `overscan`. */
  after: number;
  /** Rows rendered above and below the visible ones. */
  overscan: number;
  /** Height of a row until one is measured, in CSS pixels. */
  estimate: number;
  /** Called when the user scrolls within three rows of the end (to load more). */
  onNearEnd: () => void;
}

/** Which rows of a long list a scroll box renders. */
export interface RowWindow {
  start: number;
  end: number;
  /** Height of the rows left out above and below, in CSS pixels. */
  before: number;
  afterHeight: number;
  virtual: boolean;
}

/** `#first` of a box scrolled to its end, until the next window says which row that is. */
const AT_END = -1;

/**
 * Renders only the visible rows of a long list in a scroll box, with spacers for the rest, so
 * the cost of a render does not grow with the rows loaded. The row height is the average of the
 * rendered rows, measured, so a narrow layout's rows (two or three lines each) are windowed too;
 * a box scrolled to its end shows the last rows. Hand `onScroll` to the scroll box.
 */
export class VirtualRowsController implements ReactiveController {
  #first = 0;
  #visible = 12;
  #rowHeight: number;
  #frame = 0;
  readonly #host: ReactiveControllerHost;
  readonly #options: VirtualRowsOptions;

  constructor(host: ReactiveControllerHost, options: VirtualRowsOptions) {
    this.#host = host;
    this.#options = options;
    this.#rowHeight = options.estimate;
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }

  /** Back to the top (a new list). */
  reset(): void {
    this.#first = 0;
  }

  /** The rows to render out of `count`. */
  window(count: number): RowWindow {
    const { after, overscan } = this.#options;
    if (count <= after) return { start: 0, end: count, before: 0, afterHeight: 0, virtual: false };
    // Scrolled to the end: the last rows of the list as it is now (rows loaded later come after).
    if (this.#first === AT_END) this.#first = Math.max(0, count - this.#visible);
    const start = Math.min(Math.max(0, this.#first - overscan), count);
    const end = Math.min(count, this.#first + this.#visible + overscan);
    return {
      start,
      end,
      before: start * this.#rowHeight,
      afterHeight: (count - end) * this.#rowHeight,
      virtual: true,
    };
  }

  /** The scroll box's scroll listener: re-windows once per frame. */
  readonly onScroll = (e: Event): void => {
    const box = e.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#measure(box));
  };

  #measure(box: HTMLElement): void {
    const rows = [...box.querySelectorAll<HTMLElement>('tbody tr.row')];
    const height = rows.reduce((sum, row) => sum + row.offsetHeight, 0);
    if (height > 0) this.#rowHeight = height / rows.length;
    // Where rows differ in height the spacers are near, not exact: the end is the end.
    const first =
      box.scrollTop + box.clientHeight >= box.scrollHeight - 1
        ? AT_END
        : Math.floor(box.scrollTop / this.#rowHeight);
    const visible = Math.max(1, Math.ceil(box.clientHeight / this.#rowHeight));
    if (first !== this.#first || visible !== this.#visible) {
      this.#first = first;
      this.#visible = visible;
      this.#host.requestUpdate();
    }
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - this.#rowHeight * 3) {
      this.#options.onNearEnd();
    }
  }
}
