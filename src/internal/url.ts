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

/**
 * Where a checkout may send the page: `https:`, or `http:` on a loopback host (`localhost`,
 * `127.0.0.1`, `[::1]`) for development. Anything else is null.
 */
export function checkoutHref(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url.href;
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Where the server says an admin adds a payment method (`error.setupUrl` of a 409): an absolute
 * `https:` URL, else null. Never a relative, `http:`, `javascript:` or `data:` URL.
 */
export function setupHref(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
