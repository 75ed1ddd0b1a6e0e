export interface RovingTabindexOptions {
  /** The items, in order (the tabs of a tablist). */
  items: () => HTMLElement[];
  /** The item that holds the tab stop now. */
  current: () => number;
  /** The arrow keys, Home or End moved to `index` (focus is already there). */
  onMove: (index: number) => void;
}

/**
 * One tab stop for a group of items, moved with the arrow keys (WAI-ARIA's roving tabindex, as
 * horizontal tabs use it): Left / Right step and wrap around, Home and End jump to the ends. Bind `tabindex(i)` on each item and `onKeydown` on the group. It keeps no state and
 * needs no lifecycle: the host's own state says which item is current.
 */
export class RovingTabindexController {
  readonly #options: RovingTabindexOptions;

  constructor(options: RovingTabindexOptions) {
    this.#options = options;
  }

  /** `0` for the item with the tab stop, `-1` for the others. */
  tabindex(index: number): string {
    return index === this.#options.current() ? '0' : '-1';
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const items = this.#options.items();
    if (!items.length) return;
    const from = Math.max(0, items.indexOf(e.target as HTMLElement));
    const last = items.length - 1;
    let to: number;
    switch (e.key) {
      case 'ArrowRight':
        to = from === last ? 0 : from + 1;
        break;
      case 'ArrowLeft':
        to = from === 0 ? last : from - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      default:
        return;
    }
    e.preventDefault();
    items[to]!.focus();
    this.#options.onMove(to);
  };
}
