/**
 * The sidebar: a group per element (its docs page, then its stories) that folds away, and a
 * search over every story's name and element. The element in view keeps its group open; while
 * a search is typed, the groups with a match open and the others hide.
 */
import { $, el } from './dom.js';
import { COMMON } from '../stories.js';
import { slugsOf, storiesOf, TAGS, type Route } from './route.js';

const groups = new Map<string, HTMLDetailsElement>();
/** Groups the user opened (kept open as they browse other elements). */
const opened = new Set<string>();
let searching = false;
let currentTag = '';

function link(href: string, text: string, search: string, extra = ''): HTMLLIElement {
  const a = el('a', { href, className: extra }, text);
  a.dataset.search = search.toLowerCase();
  return el('li', {}, a);
}

export function buildSidebar(): void {
  for (const tag of TAGS) {
    const stories = storiesOf(tag);
    const slugs = slugsOf(tag);
    const storyLink = (i: number) =>
      link(`#/${tag}/${slugs[i]}`, stories[i]!.name, `${tag} ${stories[i]!.name}`);
    const indexes = stories.map((_, i) => i);
    const own = indexes.filter((i) => !COMMON.includes(stories[i]!));
    const shared = indexes.filter((i) => COMMON.includes(stories[i]!));
    const group = el(
      'details',
      { className: 'group' },
      el(
        'summary',
        {},
        el('code', {}, tag),
        stories.length
          ? el(
              'span',
              { className: 'count', title: `${stories.length} stories` },
              String(stories.length),
            )
          : null,
      ),
      el(
        'ul',
        {},
        link(`#/${tag}/docs`, 'Docs', `${tag} docs api`, 'docs-link'),
        ...own.map((i) => storyLink(i)),
      ),
      // The states every element has, folded: the same nine under every element.
      shared.length
        ? el(
            'details',
            { className: 'shared' },
            el(
              'summary',
              {},
              'Shared states',
              el('span', { className: 'count' }, String(shared.length)),
            ),
            el('ul', {}, ...shared.map((i) => storyLink(i))),
          )
        : null,
    );
    group.dataset.tag = tag;
    group.addEventListener('toggle', () => {
      if (searching || tag === currentTag) return;
      if (group.open) opened.add(tag);
      else opened.delete(tag);
    });
    groups.set(tag, group);
  }
  $('groups').replaceChildren(...groups.values());

  const search = $<HTMLInputElement>('search');
  search.addEventListener('input', () => filter(search.value));
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && search.value) {
      search.value = '';
      filter('');
    }
  });
  // "/" goes to the search, as on GitHub and in Storybook (not while typing elsewhere).
  addEventListener('keydown', (e) => {
    const target = e.composedPath()[0] as HTMLElement;
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      search.focus();
    }
  });
}

/** Shows the stories whose element and name hold every word of `query`. */
function filter(query: string): void {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  searching = words.length > 0;
  let matches = 0;
  for (const [tag, group] of groups) {
    let inGroup = 0;
    for (const a of group.querySelectorAll<HTMLAnchorElement>('a')) {
      const hit = words.every((w) => a.dataset.search!.includes(w));
      a.parentElement!.hidden = !hit;
      if (hit && !a.classList.contains('docs-link')) inGroup++;
    }
    matches += inGroup;
    group.hidden = searching && inGroup === 0;
    group.open = searching ? inGroup > 0 : tag === currentTag || opened.has(tag);
    const shared = group.querySelector<HTMLDetailsElement>('details.shared');
    if (shared) {
      const hits = [...shared.querySelectorAll('li')].filter((li) => !li.hidden).length;
      shared.hidden = searching && hits === 0;
      shared.open = searching ? hits > 0 : !!shared.querySelector('[aria-current]');
    }
  }
  $('search-status').textContent = !searching
    ? ''
    : matches
      ? `${matches} ${matches === 1 ? 'story matches' : 'stories match'}`
      : `No story matches “${query.trim()}”`;
}

/** Marks the page in view, and opens its group. */
export function markCurrent({ tag, docs, index }: Route): void {
  const previous = currentTag;
  currentTag = tag;
  // The element left folds away again, unless the user opened it.
  if (previous && previous !== tag && !searching && !opened.has(previous)) {
    groups.get(previous)!.open = false;
  }
  const href = `#/${tag}/${docs ? 'docs' : slugsOf(tag)[index]}`;
  for (const a of $('groups').querySelectorAll('a')) {
    if (a.getAttribute('href') === href) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (searching) return;
  groups.get(tag)!.open = true;
  // A shared state in view opens its fold; another story closes it.
  for (const shared of $('groups').querySelectorAll<HTMLDetailsElement>('details.shared')) {
    shared.open = !!shared.querySelector('[aria-current]');
  }
}
