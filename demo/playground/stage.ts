/**
 * The stage: the element of the story in view, with its own demo session (a client whose
 * requests carry `X-Demo-Session`, so what the story writes to the mock API stays in it), the
 * log of its `credits-*` events, and what it changed of its own properties as the user used it.
 */
import { CreditsClient } from '../../src/data/client.js';
import { $, el } from './dom.js';
import { typeOf, type Declaration } from './manifest.js';
import type { Value } from './controls.js';

export type StagedElement = HTMLElement & {
  client?: CreditsClient;
  updateComplete?: Promise<unknown>;
};

let current: StagedElement | undefined;
let session = '';
/** The element's attribute-backed properties as last seen, as attribute values. */
let seen: Record<string, Value> | undefined;

/** A client of this story's session for a mock endpoint; other endpoints are the element's own. */
function clientFor(endpoint: string | true | undefined): CreditsClient | undefined {
  if (typeof endpoint !== 'string' || !endpoint) return undefined;
  try {
    if (new URL(endpoint, location.href).origin !== location.origin) return undefined;
    return new CreditsClient({ endpoint, headers: { 'X-Demo-Session': session } });
  } catch {
    return undefined; // not an http(s) URL: the element says so itself
  }
}

function attributeValue(value: unknown, type: string): Value {
  if (type === 'boolean') return value === true ? true : undefined;
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

function read(decl: Declaration | undefined, node: StagedElement): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const a of decl?.attributes ?? []) {
    if (a.fieldName)
      values[a.name] = attributeValue(node[a.fieldName as keyof StagedElement], typeOf(a));
  }
  return values;
}

/** Waits until `node` has rendered after its last change (once it is defined). */
async function settledElement(node: StagedElement): Promise<void> {
  await customElements.whenDefined(node.localName);
  await node.updateComplete;
}

/** Puts a new element of `tag` with `attrs` on the stage, in a new demo session. */
export function mount(
  tag: string,
  attrs: Record<string, string | true>,
  decl?: Declaration,
): StagedElement {
  session = crypto.randomUUID?.() ?? String(Math.random()).slice(2);
  const node: StagedElement = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value === true ? '' : value);
  }
  const client = clientFor(attrs.endpoint);
  if (client) node.client = client;
  current = node;
  seen = undefined;
  const stage = $('stage');
  stage.replaceChildren(node);
  // A dialog shows nothing until opened: its show() method gets a button.
  if ((decl?.members ?? []).some((m) => m.kind === 'method' && m.name === 'show')) {
    const open = () => (node as unknown as { show(): void }).show();
    stage.prepend(
      el('button', { type: 'button', className: 'button', onclick: open }, 'Open (show())'),
    );
  }
  void settledElement(node).then(() => {
    if (node === current) seen = read(decl, node);
  });
  return node;
}

/** Sets or removes one attribute of the element on the stage (a control changed). */
export function setAttribute(name: string, value: Value, decl?: Declaration): void {
  const node = current;
  if (!node) return;
  if (value === undefined) node.removeAttribute(name);
  else node.setAttribute(name, value === true ? '' : value);
  if (name === 'endpoint') node.client = clientFor(value);
  void settledElement(node).then(() => {
    if (node === current && seen) seen = read(decl, node);
  });
}

/**
 * What the element changed of its attribute-backed properties since last seen (a tab the user
 * picked): each as the attribute value that would show it.
 */
export async function changedByUser(decl?: Declaration): Promise<Record<string, Value>> {
  const node = current;
  if (!node || !seen) return {};
  // A click's input and change events come after it, in the same task: read after them.
  await new Promise((resolve) => setTimeout(resolve));
  await settledElement(node);
  if (node !== current || !seen) return {};
  const now = read(decl, node);
  const changed: Record<string, Value> = {};
  for (const [name, value] of Object.entries(now)) if (seen[name] !== value) changed[name] = value;
  seen = now;
  return changed;
}

/** Resolves once nothing on the stage is loading (or after 15 s): what axe should look at. */
export async function stageSettled(): Promise<void> {
  if (current) await settledElement(current);
  const busy = (root: ParentNode): boolean =>
    [...root.querySelectorAll('*')].some(
      (node) =>
        node.getAttribute('aria-busy') === 'true' || (!!node.shadowRoot && busy(node.shadowRoot)),
    );
  const until = performance.now() + 15_000;
  while (busy($('stage')) && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
