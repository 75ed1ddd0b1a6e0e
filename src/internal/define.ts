/**
 * The registration step of every element (its `credits-x.ts` module; the class is in
 * `credits-x.component.ts`, which defines nothing). Whether `tag` should be defined with
 * `element`: not when it already is. A page may load two copies of the library (two
 * micro-frontends; a server and a client bundle of one app): the first copy's elements stand,
 * the second's registration is skipped instead of throwing, and when the two are different
 * versions the console says so, once per tag.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // no DOM here (a server build without Lit's shim)
  const existing = registry.get(tag);
  if (!existing) return true;
  if (existing === element) return false;
  const theirs = (existing as { version?: unknown }).version;
  const ours = (element as { version?: unknown }).version;
  if (theirs !== ours && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `credits-widgets: <${tag}> is already defined by ${typeof theirs === 'string' ? `version ${theirs}` : 'other code'}; this copy (version ${String(ours)}) leaves it as it is. Load one copy of credits-widgets per page.`,
    );
  }
  return false;
}

const warned = new Set<string>();
