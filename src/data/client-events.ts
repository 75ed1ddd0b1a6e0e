/** Fired on the client by `refresh()` and by writes that change what GETs would return. */
export const INVALIDATE_EVENT = 'credits-invalidate';

/** Fired on the client when an answer has come into its cache (a widget's failed load may now have it). */
export const LOADED_EVENT = 'credits-loaded';

/**
 * The `INVALIDATE_EVENT`: `revalidation` when only freshness is asked for (a poll, the tab
 * coming back), so a load already under way stands for it; false after `refresh()` and writes.
 */
export class InvalidateEvent extends Event {
  constructor(readonly revalidation: boolean) {
    super(INVALIDATE_EVENT);
  }
}
