/**
 * DOM helpers of the playground, and the little Markdown the manifest's descriptions use
 * (paragraphs, `code`, **strong**, [links](url)), built as nodes: no HTML string is parsed.
 */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c): c is Node | string => !!c || c === ''));
  return node;
}

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** One line of Markdown as nodes: code spans, strong text and links; the rest is text. */
export function inline(text: string): Node[] {
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const [, code, strong, label, href] = m;
    if (code !== undefined) out.push(el('code', {}, code));
    else if (strong !== undefined) out.push(el('strong', {}, ...inline(strong)));
    else if (/^(https?:|#|\.?\/)/.test(href!))
      out.push(el('a', { href: href! }, ...inline(label!)));
    else out.push(document.createTextNode(label!));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/** Markdown paragraphs (blank lines apart; single line breaks are spaces) as `<p>`s. */
export function markdown(text: string | undefined, className = ''): HTMLElement[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((block) => el('p', { className }, ...inline(block)));
}

/** A description for a table cell: its paragraphs, or a single run of inline nodes. */
export function cell(text: string | undefined): Node[] {
  const paragraphs = markdown(text);
  return paragraphs.length === 1 ? [...paragraphs[0]!.childNodes] : paragraphs;
}

/** Turns a story's name into its part of the URL: "Slow network (2.5 s)" -> slow-network-2-5-s. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
