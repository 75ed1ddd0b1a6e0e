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

/**
 * The ssr part's probe (an init script, given the page's `selectors`). `dataProbe.dataAt`: ms
 * from navigation to the end of the main thread's work on the first frame whose DOM holds, for
 * each selector, a matching element with a digit in its text, rendered (a box, neither hidden
 * nor transparent; inside the viewport or below the fold); found through shadow roots, so alike
 * for declarative shadow roots, hydrated elements and plain markup. Timed by a message posted
 * from that frame's requestAnimationFrame callback: it runs once the frame's style, layout and
 * paint are done on the main thread (the compositor puts the pixels on screen a little later).
 * Then, every frame: in how many the data was no longer shown (`lost`), and `hydratedAt`, the
 * first frame in which every credits element is defined and has rendered, none busy, and every
 * chart drawn (null on a page without credits elements); and what moved in each layout shift.
 */
export function observeDataOnScreen(selectors) {
  const probe = { dataAt: null, frameAt: null, lost: 0, hydratedAt: null, elements: 0 };
  window.dataProbe = probe;
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const shown = (all, selector) => {
    const el = all.find((e) => e.matches(selector));
    return (
      el !== undefined &&
      /\d/.test(el.textContent) &&
      el.getClientRects().length > 0 &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const hydrated = (all) => {
    const elements = all.filter((el) => el.localName.startsWith('credits-'));
    probe.elements = elements.length;
    return (
      elements.length > 0 &&
      elements.every((el) => customElements.get(el.localName) && el.hasUpdated) &&
      !all.some((el) => el.getAttribute('aria-busy') === 'true') &&
      all
        .filter((el) => el.localName === 'canvas')
        .every((canvas) => canvas.style.boxSizing === 'border-box')
    );
  };
  // What moved in each layout shift (`shifts`: time, value and the nodes, named).
  probe.shifts = [];
  const name = (node) => {
    if (!node) return '?';
    if (node.nodeType !== 1) return `${name(node.parentElement)} text`;
    const host = node.getRootNode().host;
    const part = node.getAttribute('part');
    return `${host ? `${host.localName} ` : ''}${node.localName}${part ? `[part="${part}"]` : node.className ? `.${String(node.className).split(' ')[0]}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.shifts.push({
        at: entry.startTime,
        value: entry.value,
        sources: entry.sources.map((source) => name(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (probe.dataAt = performance.now());
  const tick = () => {
    const all = deep(document);
    const data = selectors.every((selector) => shown(all, selector));
    if (probe.frameAt === null) {
      if (data) {
        probe.frameAt = performance.now();
        channel.port2.postMessage(null);
      }
    } else if (!data) probe.lost++;
    if (probe.hydratedAt === null && hydrated(all)) probe.hydratedAt = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
