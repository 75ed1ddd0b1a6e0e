/**
 * The playground: what integrators get from Storybook, read from our own custom-elements.json.
 * A sidebar of elements (their docs, their stories: demo/stories.ts) with a search; for the
 * story in view, the element on a stage of a chosen width and theme, its controls beside it
 * (kept in step with what the user does inside the element), its events, an axe check and the
 * HTML that matches; for each element, a docs page. The URL names the story and holds what the
 * controls changed (playground/route.ts), so a reload or a shared link shows the same.
 */
import { checkStage, clearChecks } from './playground/a11y.js';
import { renderControls, show as showControl, type Value } from './playground/controls.js';
import { renderDocs } from './playground/docs.js';
import { $, el, inline } from './playground/dom.js';
import { clearLog, listen } from './playground/log.js';
import { declarations } from './playground/manifest.js';
import {
  applyArgs,
  diffArgs,
  formatRoute,
  parseRoute,
  slugsOf,
  storiesOf,
  storyAttrs,
  THEME_NAMES,
  VIEWPORTS,
  type Route,
  type Theme,
  type Viewport,
} from './playground/route.js';
import { buildSidebar, markCurrent } from './playground/sidebar.js';
import { changedByUser, mount, setAttribute, stageSettled } from './playground/stage.js';
import { applyTheme, THEMES, themeCss } from './playground/themes.js';
import type { Story } from './stories.js';

/** The theme and width every story is shown in, until changed. */
const globals: { theme: Theme; viewport: Viewport } = { theme: 'light', viewport: 'fit' };
let route: Route = parseRoute(location.hash);
let story: Story | undefined;
/** The attributes of the element in view, as the controls set them. */
let attrs: Record<string, string | true> = {};
/** The story last shown of each element (the Story link of its docs page goes back to it). */
const lastStory = new Map<string, number>();

const decl = () => declarations.get(route.tag);

function snippet(tag: string, values: Record<string, string | true>, theme: Theme): string {
  const list = Object.entries(values).map(([name, value]) =>
    value === true
      ? ` ${name}`
      : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
  );
  return `${themeCss(tag, theme)}<${tag}${list.join('')}></${tag}>`;
}

/**
 * Writes the state into the URL, without a new history entry: the controls' changes, the width,
 * and the theme where it is not the story's own.
 */
function syncUrl(): void {
  const args = story ? diffArgs(story, attrs) : {};
  const theme = globals.theme !== (story?.theme ?? 'light') ? globals.theme : undefined;
  route = { ...route, args, globals: { theme, viewport: globals.viewport } };
  const hash = formatRoute(route);
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

function a11yOpen(): boolean {
  return $('tab-a11y').getAttribute('aria-selected') === 'true';
}

function recheck(): void {
  if (a11yOpen()) checkStage($('stage'), stageSettled);
  else clearChecks();
}

function renderSnippet(): void {
  $('snippet').textContent = snippet(route.tag, attrs, globals.theme);
}

function onControl(name: string, value: Value): void {
  if (value === undefined) delete attrs[name];
  else attrs[name] = value;
  setAttribute(name, value, decl());
  renderSnippet();
  syncUrl();
  recheck();
}

/** The element changed a property itself (a tab the user clicked): its control follows. */
async function followElement(): Promise<void> {
  const changed = await changedByUser(decl());
  if (!Object.keys(changed).length) return;
  for (const [name, value] of Object.entries(changed)) {
    if (value === undefined) delete attrs[name];
    else attrs[name] = value;
    showControl(name, value);
  }
  renderSnippet();
  syncUrl();
}

function heading(tag: string, what: string): void {
  $('title').replaceChildren(
    el('code', { className: 'tag' }, `<${tag}>`),
    ' ',
    el('span', {}, what),
  );
  document.title = `${what} · <${tag}> · credits-widgets playground`;
  $('summary').replaceChildren(...inline((decl()?.summary ?? '').split('\n\n')[0]!));
  const stories = storiesOf(tag);
  const storyLink = $<HTMLAnchorElement>('view-story');
  storyLink.hidden = !stories.length;
  storyLink.href = `#/${tag}/${slugsOf(tag)[lastStory.get(tag) ?? 0]}`;
  $<HTMLAnchorElement>('view-docs').href = `#/${tag}/docs`;
  const docs = route.docs;
  const current = (link: HTMLElement, on: boolean) =>
    on ? link.setAttribute('aria-current', 'page') : link.removeAttribute('aria-current');
  current(storyLink, !docs);
  current($('view-docs'), docs);
  $('story-view').hidden = docs;
  $('docs-view').hidden = !docs;
}

function showStory(): void {
  const { tag, index } = route;
  story = storiesOf(tag)[index]!;
  lastStory.set(tag, index);
  attrs = applyArgs(story, route.args);
  heading(tag, story.name);
  mountStory();
}

function mountStory(): void {
  const tag = route.tag;
  applyTheme($('stage'), tag, globals.theme);
  mount(tag, attrs, decl());
  renderControls(decl(), attrs, onControl);
  renderSnippet();
  listen(decl(), (e) => {
    if (e.type === 'credits-tab-change') void followElement();
  });
  syncUrl();
  recheck();
}

function showDocs(): void {
  story = undefined;
  const tag = route.tag;
  heading(tag, 'Docs');
  clearLog();
  $('stage').replaceChildren();
  const first = storiesOf(tag)[0];
  let html = snippet(tag, first ? storyAttrs(first) : { endpoint: '/api/credits' }, 'light');
  // An element without stories is the provider: shown with elements inside it.
  if (!first) html = html.replace('></', '>\n  <credits-balance></credits-balance>\n</');
  $('docs-view').replaceChildren(...renderDocs(tag, html));
  syncUrl();
}

/** Shows what the URL names. A link without a theme keeps the one in use, or takes the story's. */
function show(): void {
  const next = parseRoute(location.hash);
  const nextStory = next.docs ? undefined : storiesOf(next.tag)[next.index];
  const theme = next.globals.theme ?? nextStory?.theme;
  if (theme) globals.theme = theme;
  globals.viewport = next.globals.viewport ?? globals.viewport;
  route = next;
  markCurrent(route);
  showGlobals();
  closeMenu();
  if (route.docs) showDocs();
  else showStory();
}

/** The width and theme choices of the toolbar. */
function segmented<T extends string>(
  id: string,
  values: readonly T[],
  label: (v: T) => string,
  pick: (v: T) => void,
): void {
  $(id).append(
    ...values.map((value) => {
      const input = el('input', { type: 'radio', name: id, value, id: `${id}-${value}` });
      input.addEventListener('change', () => pick(value));
      return el('label', { htmlFor: input.id }, input, el('span', {}, label(value)));
    }),
  );
}

function showGlobals(): void {
  $<HTMLInputElement>(`theme-${globals.theme}`).checked = true;
  $<HTMLInputElement>(`viewport-${globals.viewport}`).checked = true;
  const frame = $('frame');
  frame.dataset.viewport = globals.viewport;
  frame.style.width = globals.viewport === 'fit' ? '' : `${globals.viewport}px`;
}

segmented(
  'viewport',
  VIEWPORTS,
  (v) => (v === 'fit' ? 'Fit' : `${v}`),
  (v) => {
    globals.viewport = v;
    showGlobals();
    syncUrl();
  },
);
segmented(
  'theme',
  THEME_NAMES,
  (t) => THEMES[t].label,
  (t) => {
    globals.theme = t;
    showGlobals();
    applyTheme($('stage'), route.tag, t);
    renderSnippet();
    syncUrl();
    recheck();
  },
);

$('reset').addEventListener('click', () => {
  if (!story) return;
  attrs = storyAttrs(story);
  mountStory();
});

// The tools panel: tabs (arrow keys move between them), and folding away on a narrow screen.
const tabs = ['controls', 'events', 'a11y'];
function selectTab(name: string): void {
  for (const t of tabs) {
    const tab = $(`tab-${t}`);
    tab.setAttribute('aria-selected', String(t === name));
    tab.tabIndex = t === name ? 0 : -1;
    $(`panel-${t}`).hidden = t !== name;
  }
  setPanelOpen(true);
  if (name === 'a11y') checkStage($('stage'), stageSettled);
}
/** Layout choices that outlive the page (the tools panel and the sidebar shown or not). */
const layout = {
  get: (key: string) => localStorage.getItem(`credits-playground:${key}`),
  set: (key: string, value: boolean) =>
    localStorage.setItem(`credits-playground:${key}`, String(value)),
};
function setPanelOpen(open: boolean, remember = false): void {
  if (remember) layout.set('panel', open);
  $('panel').dataset.open = String(open);
  $('panel-toggle').setAttribute('aria-expanded', String(open));
  $('panel-toggle').textContent = open ? 'Hide' : 'Show';
}
tabs.forEach((name, i) => {
  const tab = $(`tab-${name}`);
  tab.addEventListener('click', () => selectTab(name));
  tab.addEventListener('keydown', (e) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    selectTab(next);
    $(`tab-${next}`).focus();
  });
});
selectTab('controls');
// Beside the stage on a wide screen (unless hidden before); on a narrower one, a bar under it
// until a tab is picked.
const wide = matchMedia('(min-width: 75rem)').matches;
setPanelOpen(wide && layout.get('panel') !== 'false');
$('panel-toggle').addEventListener('click', () =>
  setPanelOpen($('panel').dataset.open !== 'true', wide),
);
$('a11y-run').addEventListener('click', () => checkStage($('stage'), stageSettled));

// The user's own changes inside the element (a tab, a grouping) flow back into the controls.
for (const type of ['click', 'input', 'keydown']) {
  $('stage').addEventListener(type, () => void followElement());
}

$('copy').addEventListener('click', async () => {
  await navigator.clipboard?.writeText($('snippet').textContent ?? '').catch(() => undefined);
  $('copy').textContent = 'Copied';
  setTimeout(() => ($('copy').textContent = 'Copy'), 1500);
});
$('clear-log').addEventListener('click', clearLog);
// Enter in a field commits it (a change event), never submits the form.
$('controls').addEventListener('submit', (e) => e.preventDefault());

// The sidebar folds away (for a wider stage); on a phone it is a menu, closed after a choice.
const phone = matchMedia('(max-width: 48rem)');
const setSidebar = (open: boolean) => $('menu').setAttribute('aria-expanded', String(open));
function closeMenu(): void {
  if (phone.matches) setSidebar(false);
}
setSidebar(!phone.matches && layout.get('sidebar') !== 'false');
$('menu').addEventListener('click', () => {
  const open = $('menu').getAttribute('aria-expanded') !== 'true';
  setSidebar(open);
  if (!phone.matches) layout.set('sidebar', open);
  if (open) $('search').focus();
});

buildSidebar();
addEventListener('hashchange', show);
show();
