/** Queries inside an element's shadow root. */
export function $(el: Element, selector: string): Element | null {
  return el.shadowRoot!.querySelector(selector);
}

export function $$(el: Element, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

/** Rendered text with whitespace collapsed, as a reader would see it. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/**
 * Whether the shadow root has a match. Tests assert on this boolean rather than on the element:
 * a failing assertion on a live element makes the runner serialise its whole object graph.
 */
export function has(el: Element, selector: string): boolean {
  return el.shadowRoot!.querySelector(selector) !== null;
}

/** Animations and transitions running now in `el`'s shadow tree and the shadow trees inside it. */
export function running(el: Element): number {
  const root = el.shadowRoot;
  if (!root) return 0;
  const nested = [...root.querySelectorAll('*')].reduce((sum, child) => sum + running(child), 0);
  return root.getAnimations().filter((a) => a.playState === 'running').length + nested;
}
