/**
 * The Events panel: every `credits-*` event the element documents, with its detail, newest first.
 * Events that would leave the page (an event link, the checkout) are cancelled here, and say so.
 */
import { $, el } from './dom.js';
import type { Declaration } from './manifest.js';

let stop: (() => void) | undefined;
let count = 0;

function showCount(): void {
  $('log-count').textContent = count ? String(count) : '';
}

export function clearLog(): void {
  count = 0;
  showCount();
  $('log').replaceChildren();
}

/** Logs the events of `decl` that reach the stage; `after` runs after each one. */
export function listen(decl: Declaration | undefined, after: (e: Event) => void): void {
  stop?.();
  clearLog();
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
    const text = JSON.stringify(
      (e as CustomEvent).detail,
      (_key, value) =>
        value instanceof Error
          ? { name: value.name, kind: (value as { kind?: string }).kind, message: value.message }
          : value,
      2,
    );
    count++;
    showCount();
    $('log').prepend(
      el(
        'li',
        {},
        el(
          'div',
          { className: 'log-head' },
          el('code', {}, e.type),
          el('time', {}, new Date().toLocaleTimeString('en-GB')),
        ),
        e.defaultPrevented ? el('p', { className: 'muted' }, 'Cancelled by the playground.') : null,
        el('pre', {}, text ?? '(no detail)'),
      ),
    );
    after(e);
  };
  for (const name of names) stage.addEventListener(name, onEvent);
  stop = () => names.forEach((name) => stage.removeEventListener(name, onEvent));
}
