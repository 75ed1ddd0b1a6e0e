/**
 * The playground's URL: `#/<tag>/<story>?<changes>`, so a reload or a shared link shows the same
 * thing. `<story>` is the story's name as a slug (`#/credits-balance/low-balance-warning`), or
 * `docs` for the element's docs page; an old link's index (`#/credits-balance/3`) still works.
 * The query holds what differs from the story: each attribute a control changed
 * (`tab=billing`; a boolean that is on as `admin=`), `unset=` the story's attributes a control
 * removed, and the global `theme` and `viewport`.
 */
import { STORIES, type Story } from '../stories.js';
import { declarations } from './manifest.js';
import { slugify } from './dom.js';

export const THEME_NAMES = ['light', 'dark', 'brand'] as const;
export type Theme = (typeof THEME_NAMES)[number];
export const VIEWPORTS = ['fit', '390', '768', '1280'] as const;
export type Viewport = (typeof VIEWPORTS)[number];

export interface Globals {
  theme?: Theme;
  viewport?: Viewport;
}

/** Attribute values: text, `true` for a boolean that is on, `null` for one the story set, removed. */
export type Args = Record<string, string | true | null>;

export interface Route {
  tag: string;
  /** The element's docs page rather than a story. */
  docs: boolean;
  index: number;
  args: Args;
  globals: Globals;
}

/** Every element with a page: those with stories, then any other in the manifest (docs only). */
export const TAGS = [
  ...Object.keys(STORIES),
  ...[...declarations.keys()].filter((tag) => !STORIES[tag]).sort(),
];
const FIRST = 'credits-dashboard';

export const storiesOf = (tag: string): Story[] => STORIES[tag] ?? [];

/** The stories' slugs of an element, unique within it. */
export function slugsOf(tag: string): string[] {
  const seen = new Map<string, number>();
  return storiesOf(tag).map((story) => {
    const slug = slugify(story.name) || 'story';
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}

const RESERVED = new Set(['theme', 'viewport', 'unset']);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const [, tagPart = '', storyPart = ''] = path.split('/').map(decodeURIComponent);
  const tag = TAGS.includes(tagPart) ? tagPart : FIRST;
  const stories = storiesOf(tag);
  let index = slugsOf(tag).indexOf(storyPart);
  if (index < 0 && /^\d+$/.test(storyPart)) index = Number(storyPart);
  if (index < 0 || index >= stories.length) index = 0;
  const docs = storyPart === 'docs' || !stories.length;

  const params = new URLSearchParams(query);
  const globals: Globals = {};
  const theme = params.get('theme');
  if ((THEME_NAMES as readonly string[]).includes(theme ?? '')) globals.theme = theme as Theme;
  const viewport = params.get('viewport');
  if ((VIEWPORTS as readonly string[]).includes(viewport ?? ''))
    globals.viewport = viewport as Viewport;

  const args: Args = {};
  for (const name of (params.get('unset') ?? '').split(',').filter(Boolean)) args[name] = null;
  for (const [name, value] of params) {
    if (!RESERVED.has(name) && /^[a-z][a-z0-9-]*$/.test(name))
      args[name] = value === '' ? true : value;
  }
  return { tag, docs, index, args, globals };
}

export function formatRoute({ tag, docs, index, args, globals }: Route): string {
  const params = new URLSearchParams();
  const unset: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === null) unset.push(name);
    else params.set(name, value === true ? '' : value);
  }
  if (unset.length) params.set('unset', unset.join(','));
  if (globals.theme) params.set('theme', globals.theme);
  if (globals.viewport && globals.viewport !== 'fit') params.set('viewport', globals.viewport);
  const query = params.toString().replace(/=(?=&|$)/g, '');
  const page = docs || !storiesOf(tag).length ? 'docs' : slugsOf(tag)[index];
  return `#/${tag}/${page}${query ? `?${query}` : ''}`;
}

/** The attributes a story starts with: its scenario's endpoint and its own. */
export function storyAttrs(story: Story): Record<string, string | true> {
  return { endpoint: `/api/${story.scenario}`, ...story.attrs };
}

/** What `attrs` changes of the story's own attributes (for the URL). */
export function diffArgs(story: Story, attrs: Record<string, string | true>): Args {
  const base = storyAttrs(story);
  const args: Args = {};
  for (const [name, value] of Object.entries(attrs)) if (base[name] !== value) args[name] = value;
  for (const name of Object.keys(base)) if (!(name in attrs)) args[name] = null;
  return args;
}

/** The story's attributes with the URL's changes made. */
export function applyArgs(story: Story, args: Args): Record<string, string | true> {
  const attrs = storyAttrs(story);
  for (const [name, value] of Object.entries(args)) {
    if (value === null) delete attrs[name];
    else attrs[name] = value;
  }
  return attrs;
}
