/**
 * The playground: what integrators get from Storybook, read from our own custom-elements.json.
 * A sidebar of elements and their stories (demo/stories.ts); for the element in view, controls
 * generated from its attributes, a live log of its credits-* events, the HTML that matches the
 * controls, and its API tables. The URL (#/<tag>/<story>) names what is shown.
 */
import manifest from '../custom-elements.json';
import { STORIES, type Story } from './stories.js';

interface Item {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  privacy?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const declarations = new Map<string, Declaration>();
for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
  for (const d of mod.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The attributes of the element in view, as the controls set them. */
let attrs: Record<string, string | true> = {};
let current: HTMLElement | undefined;

function route(): { tag: string; index: number } {
  const [, tag = 'credits-dashboard', index = '0'] = location.hash.split('/');
  return STORIES[tag] ? { tag, index: Number(index) || 0 } : { tag: 'credits-dashboard', index: 0 };
}

function renderSidebar(): void {
  const { tag, index } = route();
  const lists = Object.entries(STORIES).map(([name, stories]) =>
    el(
      'div',
      { className: 'group' },
      el('h2', {}, `<${name}>`),
      el(
        'ul',
        {},
        ...stories.map((story, i) => {
          const link = el('a', { href: `#/${name}/${i}` }, story.name);
          if (name === tag && i === index) link.setAttribute('aria-current', 'page');
          return el('li', {}, link);
        }),
      ),
    ),
  );
  $('sidebar').replaceChildren(...lists);
}

function show(): void {
  const { tag, index } = route();
  const story: Story = STORIES[tag]![index] ?? STORIES[tag]![0]!;
  const decl = declarations.get(tag);
  $('title').textContent = `<${tag}>: ${story.name}`;
  $('summary').textContent = decl?.summary ?? '';
  attrs = { endpoint: `/api/${story.scenario}`, locale: 'en-US', ...story.attrs };
  current = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    current.setAttribute(name, value === true ? '' : value);
  }
  const stage = $('stage');
  stage.dataset.theme = story.theme ?? 'light';
  stage.replaceChildren(current);
  // A dialog shows nothing until opened: its show() method gets a button.
  if ((decl?.members ?? []).some((m) => m.kind === 'method' && m.name === 'show')) {
    const target = current as HTMLElement & { show(): void };
    stage.prepend(el('button', { type: 'button', onclick: () => target.show() }, 'Open (show())'));
  }
  $('log').replaceChildren();
  renderControls(decl);
  renderSnippet(tag);
  renderApi(decl);
  renderSidebar();
  listen(decl);
}

/** A control per attribute, of the attribute's type. */
function renderControls(decl: Declaration | undefined): void {
  const rows = (decl?.attributes ?? []).map((a) => {
    const type = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '');
    const id = `control-${a.name}`;
    const value = attrs[a.name];
    let control: HTMLInputElement | HTMLSelectElement;
    const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
    if (type === 'boolean') {
      control = el('input', { type: 'checkbox', checked: value === true || value === '' });
    } else if (literals.length) {
      control = el(
        'select',
        {},
        el('option', { value: '' }, '(not set)'),
        ...literals.map((v) => el('option', { value: v, selected: value === v }, v)),
      );
    } else {
      control = el('input', {
        type: type === 'number' ? 'number' : 'text',
        value: typeof value === 'string' ? value : '',
      });
    }
    control.id = id;
    control.name = a.name;
    control.addEventListener('change', () => setAttr(a.name, control));
    return el(
      'div',
      { className: 'control' },
      el('label', { htmlFor: id }, a.name),
      control,
      el('small', {}, `${type}${a.default ? `, default ${a.default}` : ''}`),
    );
  });
  $('controls').replaceChildren(...(rows.length ? rows : [el('p', {}, 'No attributes.')]));
}

function setAttr(name: string, control: HTMLInputElement | HTMLSelectElement): void {
  const value =
    control instanceof HTMLInputElement && control.type === 'checkbox'
      ? control.checked || undefined
      : control.value || undefined;
  if (value === undefined) {
    delete attrs[name];
    current?.removeAttribute(name);
  } else {
    attrs[name] = value === true ? true : String(value);
    current?.setAttribute(name, value === true ? '' : String(value));
  }
  renderSnippet(route().tag);
}

function renderSnippet(tag: string): void {
  const list = Object.entries(attrs).map(([name, value]) =>
    value === true ? ` ${name}` : ` ${name}="${value.replace(/"/g, '&quot;')}"`,
  );
  $('snippet').textContent = `<${tag}${list.join('')}></${tag}>`;
}

/** Every credits-* event the element documents, with its detail, newest first. */
let stop: (() => void) | undefined;
function listen(decl: Declaration | undefined): void {
  stop?.();
  const names = [...new Set((decl?.events ?? []).map((e) => e.name))];
  const stage = $('stage');
  const onEvent = (e: Event) => {
    // Event links and the checkout lead to other pages: the playground stays where it is. An
    // event without a link is left to the element (the dashboard filters Credit Usage by it).
    const leaves =
      e.type === 'credits-checkout' ||
      (e.type === 'credits-event-open' &&
        !!(e as CustomEvent<{ href: string | null }>).detail.href);
    if (leaves) e.preventDefault();
    const detail = (e as CustomEvent).detail;
    const text = JSON.stringify(
      detail,
      (_key, value) =>
        value instanceof Error
          ? { name: value.name, kind: (value as { kind?: string }).kind, message: value.message }
          : value,
      2,
    );
    $('log').prepend(
      el(
        'li',
        {},
        el('code', {}, e.type),
        e.defaultPrevented ? ' (cancelled by the playground)' : '',
        el('pre', {}, text ?? '(no detail)'),
      ),
    );
  };
  for (const name of names) stage.addEventListener(name, onEvent);
  stop = () => names.forEach((name) => stage.removeEventListener(name, onEvent));
}

function table(caption: string, head: string[], rows: string[][]): HTMLElement {
  if (!rows.length) return el('p', {}, `${caption}: none.`);
  return el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
  );
}

function renderApi(decl: Declaration | undefined): void {
  if (!decl) return void $('api').replaceChildren();
  const fields = (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.attribute && m.privacy !== 'private',
  );
  const methods = (decl.members ?? []).filter((m) => m.kind === 'method' && !m.static);
  $('api').replaceChildren(
    table(
      'Attributes',
      ['Name', 'Type', 'Default', 'Description'],
      (decl.attributes ?? []).map((a) => [
        a.name,
        a.type?.text ?? '',
        a.default ?? '',
        a.description ?? '',
      ]),
    ),
    table(
      'Properties (not attributes)',
      ['Name', 'Type', 'Description'],
      fields.map((f) => [f.name, f.type?.text ?? '', f.description ?? '']),
    ),
    table(
      'Methods',
      ['Name', 'Description'],
      methods.map((m) => [`${m.name}()`, m.description ?? '']),
    ),
    table(
      'Events',
      ['Name', 'Class', 'Description'],
      (decl.events ?? []).map((e) => [e.name, e.type?.text ?? '', e.description ?? '']),
    ),
    table(
      'CSS parts',
      ['Name', 'Description'],
      (decl.cssParts ?? []).map((p) => [p.name, p.description ?? '']),
    ),
    table(
      'CSS custom properties',
      ['Name', 'Description'],
      (decl.cssProperties ?? []).map((p) => [p.name, p.description ?? '']),
    ),
  );
}

$('copy').addEventListener('click', async () => {
  await navigator.clipboard?.writeText($('snippet').textContent ?? '').catch(() => undefined);
  $('copy').textContent = 'Copied';
  setTimeout(() => ($('copy').textContent = 'Copy'), 1500);
});
$('clear-log').addEventListener('click', () => $('log').replaceChildren());
addEventListener('hashchange', show);
show();
