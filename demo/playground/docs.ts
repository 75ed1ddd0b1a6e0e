/**
 * An element's docs page, from custom-elements.json: what it is (summary and description), how
 * to load it, its stories, and its API tables (attributes and properties, methods, events,
 * slots, parts, CSS custom properties), the manifest's Markdown rendered.
 */
import { cell, el, markdown } from './dom.js';
import { declarations, literalsOf, readableDefault, typeOf, type Item } from './manifest.js';
import { slugsOf, storiesOf } from './route.js';

type Cell = Node | string | (Node | string)[];

function code(text: string): HTMLElement {
  return el('code', {}, text);
}

/** A type as code; a union of strings as its choices. */
function typeCell(item: Item): (Node | string)[] {
  const type = typeOf(item);
  if (!type) return [];
  const literals = literalsOf(type);
  if (!literals.length) return [code(type)];
  return literals.flatMap((v, i) => (i ? [' | ', code(v)] : [code(v)]));
}

function defaultCell(item: Item): Node {
  const def = readableDefault(item);
  return def.code !== undefined ? code(def.code) : el('span', { className: 'muted' }, def.text!);
}

function table(id: string, caption: string, head: string[], rows: Cell[][]): HTMLElement | null {
  if (!rows.length) return null;
  return el(
    'section',
    { className: 'api-section' },
    el('h3', { id }, caption),
    el(
      'div',
      { className: 'table-wrap' },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          ...rows.map((r) =>
            el('tr', {}, ...r.map((c) => el('td', {}, ...(Array.isArray(c) ? c : [c])))),
          ),
        ),
      ),
    ),
  );
}

/** The API tables of an element (also under its stories). */
export function apiTables(tag: string): HTMLElement[] {
  const decl = declarations.get(tag);
  if (!decl) return [];
  const members = decl.members ?? [];
  const fields = members.filter(
    (m) => m.kind === 'field' && !m.static && !m.attribute && m.privacy !== 'private',
  );
  const methods = members.filter(
    (m) => m.kind === 'method' && !m.static && m.privacy !== 'private',
  );
  const named = (items: Item[] = []) =>
    items.map((i) => [code(i.name || '(default)'), cell(i.description)]);
  const sections = [
    table(
      'api-attributes',
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (decl.attributes ?? []).map((a) => [
        code(a.name),
        a.fieldName ? code(a.fieldName) : '',
        typeCell(a),
        defaultCell(a),
        cell(a.description),
      ]),
    ),
    table(
      'api-properties',
      'Properties (JavaScript only)',
      ['Property', 'Type', 'Description'],
      fields.map((f) => [code(f.name), typeCell(f), cell(f.description)]),
    ),
    table(
      'api-methods',
      'Methods',
      ['Method', 'Description'],
      methods.map((m) => [code(`${m.name}()`), cell(m.description)]),
    ),
    table(
      'api-events',
      'Events',
      ['Event', 'Class', 'Description'],
      (decl.events ?? []).map((e) => [code(e.name), typeCell(e), cell(e.description)]),
    ),
    table('api-slots', 'Slots', ['Slot', 'Description'], named(decl.slots)),
    table('api-parts', 'CSS parts', ['Part', 'Description'], named(decl.cssParts)),
    table(
      'api-css',
      'CSS custom properties',
      ['Property', 'Description'],
      named(decl.cssProperties),
    ),
    table('api-states', 'CSS states', ['State', 'Description'], named(decl.cssStates)),
  ];
  return sections.filter((s): s is HTMLElement => s !== null);
}

/** The docs page of `tag`, with `snippet` (the HTML of its first story). */
export function renderDocs(tag: string, snippet: string): HTMLElement[] {
  const decl = declarations.get(tag);
  const stories = storiesOf(tag);
  const slugs = slugsOf(tag);
  return [
    // The summary is the page's heading's; the description says the rest.
    el('section', { className: 'prose' }, ...markdown(decl?.description)),
    el(
      'section',
      { className: 'usage' },
      el('h2', {}, 'Use it'),
      el('pre', {}, el('code', {}, `import 'credits-widgets/${tag}.js';\n\n${snippet}`)),
    ),
    stories.length
      ? el(
          'section',
          {},
          el('h2', {}, 'Stories'),
          el(
            'ul',
            { className: 'story-list' },
            ...stories.map((s, i) =>
              el('li', {}, el('a', { href: `#/${tag}/${slugs[i]}` }, s.name)),
            ),
          ),
        )
      : el('p', { className: 'muted' }, 'No stories: it configures the elements inside it.'),
    el('section', { className: 'api' }, el('h2', {}, 'API'), ...apiTables(tag)),
  ];
}
