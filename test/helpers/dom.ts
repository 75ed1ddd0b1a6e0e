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
