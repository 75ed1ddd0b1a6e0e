/**
 * Small per-browser memory of a user's choices (localStorage), which may be unavailable
 * (privacy modes, sandboxed iframes): then choices last as long as the page.
 */
const PREFIX = 'credits-widgets:';

export function readPreference(name: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + name) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(name: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + name, value);
  } catch {
    // Storage is full or blocked: the choice still holds for this page.
  }
}
