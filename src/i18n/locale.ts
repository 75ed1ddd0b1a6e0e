/** Reading locale tags: a tag as given, and the `lang` an element inherits. */

const canonical = new Map<string, string | undefined>();

/** A usable BCP 47 tag, or undefined when `tag` is empty or malformed. */
export function validLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let valid: string | undefined;
  try {
    valid = Intl.getCanonicalLocales(tag)[0];
  } catch {
    valid = undefined;
  }
  canonical.set(tag, valid);
  return valid;
}

/** The nearest `lang` above `el`, crossing shadow roots; undefined when none is set. */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
