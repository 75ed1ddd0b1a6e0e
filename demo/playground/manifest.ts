/**
 * What the playground reads of custom-elements.json: each element's declaration, and the values
 * the analyzer leaves as source text (a default of `''`, `DEFAULT_LIMIT`) put as a reader says them.
 */
import manifest from '../../custom-elements.json';

export interface Item {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  summary?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  privacy?: string;
}

export interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  cssStates?: Item[];
}

interface Module {
  declarations?: (Declaration & Item)[];
}

export const declarations = new Map<string, Declaration>();
/** Module-level constants by name, for defaults that name one (`limit = DEFAULT_LIMIT`). */
const constants = new Map<string, string>();
for (const mod of (manifest as { modules: Module[] }).modules) {
  for (const d of mod.declarations ?? []) {
    if (d.tagName) declarations.set(d.tagName, d);
    else if (d.kind === 'variable' && d.default !== undefined) constants.set(d.name, d.default);
  }
}

/** An attribute's type without the `| undefined` every optional one carries. */
export function typeOf(item: Item): string {
  return (item.type?.text ?? '').replace(/\s*\|\s*undefined$/, '').trim();
}

/** The string literals of a union type (`'pages' | 'scroll'`), or none. */
export function literalsOf(type: string): string[] {
  return /^('[^']*'\s*\|?\s*)+$/.test(type)
    ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!)
    : [];
}

/**
 * A default as a reader says it: `code` is shown as code, `text` as words. `''` is "empty", an
 * unset boolean is `false` (the safe default of every boolean), a named constant its value.
 */
export function readableDefault(item: Item): { code?: string; text?: string } {
  const raw = constants.get(item.default ?? '') ?? item.default;
  if (raw === undefined || raw === 'undefined') {
    return typeOf(item) === 'boolean' ? { code: 'false' } : { text: 'not set' };
  }
  if (raw === "''" || raw === '""') return { text: 'empty' };
  const quoted = /^'(.*)'$/.exec(raw);
  return { code: quoted ? quoted[1]! : raw };
}
