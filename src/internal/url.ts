/**
 * The href an element may navigate to, or null. Only http(s) URLs (absolute or relative to the
 * page) become links: `javascript:`, `data:` and friends never reach the DOM.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
