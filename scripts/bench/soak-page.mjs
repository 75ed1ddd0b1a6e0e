// The soak's in-page half, served as /bench/soak-page.mjs to /soak (scripts/bench/soak.mjs drives
// it and measures). It mounts <credits-dashboard endpoint=…> and removes it at one moment of its
// load, as a single-page app changing route does, and keeps no reference to a removed dashboard:
// whatever stays in memory afterwards is held by something else.
/** The moments of a load at which a dashboard is removed, in the order the soak cycles them. */
export const PHASES = [
  'in the same task',
  '40 ms into the load',
  'after the load',
  '40 ms into a revalidation',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The shared client of the endpoint, taken from the first dashboard (its `providedClient`, a
 * protected field read here only for this): the page drops its cache before every mount, so
 * every mount loads from the API instead of drawing from what the previous one loaded.
 */
let client;
/** When the soak last asked for a revalidation (the client answers one per second). */
let revalidatedAt = -Infinity;

/** The credits elements inside `root`'s shadow tree that load data (not the dashboard itself). */
function widgets(root) {
  const out = [];
  const walk = (node) =>
    node.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot) walk(el.shadowRoot);
      const base = el.shadowRoot?.querySelector('[part~="base"][aria-busy]');
      if (el.localName.startsWith('credits-') && base) out.push(base);
    });
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** The Credits tab's four widgets (plan header, balance, summary, usage table) have their data. */
const loaded = (dash) => {
  const bases = widgets(dash);
  return bases.length >= 4 && bases.every((b) => b.getAttribute('aria-busy') === 'false');
};
const loading = (dash) => widgets(dash).some((b) => b.getAttribute('aria-busy') === 'true');

async function until(ready, what, timeout = 10_000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeout) throw new Error(`soak: timed out waiting ${what}`);
    await nextFrame();
  }
}

function mount(endpoint) {
  client?.refresh();
  const dash = document.createElement('credits-dashboard');
  dash.setAttribute('endpoint', endpoint);
  dash.setAttribute('locale', 'en-US');
  dash.setAttribute('admin', '');
  document.querySelector('main').append(dash);
  return dash;
}

/** The tab coming back into view: every connected element asks its client to revalidate. */
function tabComesBack() {
  document.dispatchEvent(new Event('visibilitychange'));
  revalidatedAt = performance.now();
}

/**
 * One mount and removal at `phase`. Resolves to whether a load was under way at the removal
 * (null where that is not the point: in the same task, after the load) and when the removal
 * happened (ms since the epoch, to compare with the server's log).
 */
async function cycle(phase, endpoint) {
  const dash = mount(endpoint);
  let underWay = null;
  if (phase === '40 ms into the load') {
    await sleep(40);
    underWay = loading(dash);
  } else if (phase === 'after the load') {
    await until(() => loaded(dash), 'for the dashboard to load');
  } else if (phase === '40 ms into a revalidation') {
    await until(() => loaded(dash), 'for the dashboard to load');
    // One revalidation a second per client: wait for the next one to be allowed.
    await sleep(Math.max(0, revalidatedAt + 1_100 - performance.now()));
    tabComesBack();
    await sleep(40);
    underWay = loading(dash);
  }
  client ??= dash.providedClient;
  dash.remove();
  return { underWay, removedAt: performance.timeOrigin + performance.now() };
}

/**
 * `count` mounts and removals of a dashboard of `endpoint`, cycling through PHASES from `start`.
 * Returns per phase how many mounts there were and, where it was checked, at how many a load
 * was under way at the removal; and when the last removal happened.
 */
export async function run({ count, start = 0, endpoint }) {
  const phases = Object.fromEntries(PHASES.map((p) => [p, { mounts: 0, checked: 0, underWay: 0 }]));
  let removedAt;
  for (let i = 0; i < count; i++) {
    const phase = PHASES[(start + i) % PHASES.length];
    const result = await cycle(phase, endpoint);
    removedAt = result.removedAt;
    phases[phase].mounts++;
    if (result.underWay !== null) phases[phase].checked++;
    if (result.underWay) phases[phase].underWay++;
    if (i < count - 1) await nextFrame();
  }
  return { phases, removedAt };
}

/**
 * After the last removal: what would make a dashboard still in the page load again (its client
 * refreshed, the tab coming back), so a removed one still listening would show as requests.
 */
export function provoke() {
  client?.refresh();
  tabComesBack();
}

/** The page's own records that would grow with any page's requests, not the widgets'. */
export function clearPageRecords() {
  performance.clearResourceTimings();
}

/** The count of dashboards in the page now (none once the soak is done). */
export const mounted = () => document.querySelectorAll('credits-dashboard').length;
