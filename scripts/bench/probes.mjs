// Self-contained functions that bench.mjs runs in the CLS and height pages (Playwright sends
// their source), so those pages load nothing but the library.

/**
 * Once every widget matching `selector` has rendered and finished loading: how many show an
 * error; null before (for waitForFunction).
 */
export function widgetsLoaded(selector) {
  // Every credits element inside the matches too (the dashboard's, in its shadow root).
  const inside = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) =>
      el.shadowRoot ? [el, ...inside(el.shadowRoot)] : [],
    );
  const busy = (el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy');
  const matches = [...document.querySelectorAll(selector)];
  const widgets = [...matches, ...matches.flatMap((el) => inside(el.shadowRoot ?? el))].filter(
    (el) => busy(el) !== undefined && busy(el) !== null,
  );
  // Nothing rendered yet (the elements' code may still be on its way) is not loaded.
  if (!widgets.length || !widgets.every((el) => busy(el) === 'false')) return null;
  return { errors: widgets.filter((el) => el.shadowRoot.querySelector('[part~="error"]')).length };
}

/** The element's height while it loads (aria-busy true) and once loaded. */
export async function loadingHeights(selector) {
  const el = document.querySelector(selector);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const height = () => Math.round(el.getBoundingClientRect().height);
  const state = () => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy');
  while (state() !== 'true') {
    if (state() === 'false') return { loading: undefined, loaded: height() };
    await nextFrame();
  }
  const loading = height();
  while (state() !== 'false') await nextFrame();
  return { loading, loaded: height() };
}

/** Records layout shifts without recent input, from navigation on (an init script). */
export function observeLayoutShift() {
  window.layoutShifts = [];
  // When the last credits element on the page got its code (the CDN file loads each on demand).
  window.definedAt = 0;
  document.addEventListener('DOMContentLoaded', () => {
    const tags = new Set(
      [...document.querySelectorAll('*')]
        .map((el) => el.localName)
        .filter((t) => t.startsWith('credits-')),
    );
    for (const tag of tags) {
      customElements.whenDefined(tag).then(() => {
        window.definedAt = Math.max(window.definedAt, performance.now());
      });
    }
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.layoutShifts.push([entry.startTime, entry.value]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The layout shift so far: the sum, and that sum split when the elements have upgraded (the
 * first answer of `apiPrefix`, or the last element defined plus a frame, whichever is later):
 * shifts before are the elements upgrading (empty until their code has run, then skeletons);
 * shifts after are skeletons giving way to the data.
 */
export function layoutShiftSoFar(apiPrefix) {
  const answers = performance
    .getEntriesByType('resource')
    .filter((r) => new URL(r.name).pathname.startsWith(apiPrefix))
    .map((r) => r.responseEnd);
  // The upgrade ends when the last element is defined and has drawn its skeleton (a frame or
  // so later), or at the first answer, whichever comes last.
  const firstAnswer = Math.max(Math.min(...answers), window.definedAt + 100);
  const sum = (shifts) => shifts.reduce((total, [, value]) => total + value, 0);
  return {
    total: sum(window.layoutShifts),
    beforeData: sum(window.layoutShifts.filter(([time]) => time < firstAnswer)),
    afterData: sum(window.layoutShifts.filter(([time]) => time >= firstAnswer)),
    shifts: window.layoutShifts.length,
  };
}
