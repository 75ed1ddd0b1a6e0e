/**
 * The accessibility panel: axe's results for the story on the stage, as the tests check every
 * element (axe-core, from the test tooling). axe is loaded only when the panel is first opened,
 * and only here: the package never imports it.
 */
import type { AxeResults, Result } from 'axe-core';
import { $, el } from './dom.js';

type Axe = typeof import('axe-core');
let axe: Promise<Axe> | undefined;
let running: Promise<void> = Promise.resolve();
let generation = 0;

const IMPACT_ORDER = ['critical', 'serious', 'moderate', 'minor'];

function target(node: Result['nodes'][number]): string {
  // A node inside shadow roots is a path of selectors, host first.
  return node.target.map((t) => (Array.isArray(t) ? t.join(' ▸ ') : String(t))).join(' ▸ ');
}

function violation(v: Result): HTMLLIElement {
  return el(
    'li',
    { className: `violation impact-${v.impact ?? 'minor'}` },
    el('span', { className: 'impact' }, v.impact ?? 'minor'),
    ' ',
    el('strong', {}, v.help),
    ' ',
    el('a', { href: v.helpUrl, target: '_blank', rel: 'noopener' }, v.id),
    el(
      'ul',
      { className: 'nodes' },
      ...v.nodes.slice(0, 5).map((n) => el('li', {}, el('code', {}, target(n)))),
      v.nodes.length > 5 ? el('li', {}, `and ${v.nodes.length - 5} more`) : null,
    ),
  );
}

function report(results: AxeResults): void {
  const violations = [...results.violations].sort(
    (a, b) => IMPACT_ORDER.indexOf(a.impact ?? '') - IMPACT_ORDER.indexOf(b.impact ?? ''),
  );
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  $('a11y-status').textContent = violations.length
    ? `${violations.length} ${violations.length === 1 ? 'rule' : 'rules'} failed on ${count} ${count === 1 ? 'element' : 'elements'}; ${results.passes.length} passed.`
    : `No violations: ${results.passes.length} rules passed${results.incomplete.length ? `; ${results.incomplete.length} need a person to check` : ''}.`;
  $('a11y-results').replaceChildren(
    ...(violations.length
      ? [el('ol', { className: 'violations' }, ...violations.map(violation))]
      : []),
  );
  const badge = $('a11y-count');
  badge.textContent = violations.length ? String(violations.length) : '✓';
  badge.dataset.state = violations.length ? 'fail' : 'pass';
}

/**
 * Runs axe on the stage once `ready` (the story has loaded), one run at a time; a run asked for
 * while another goes on replaces any waiting one.
 */
export function checkStage(stage: HTMLElement, ready: () => Promise<void>): void {
  const mine = ++generation;
  $('a11y-status').textContent = 'Checking…';
  $('a11y-results').replaceChildren();
  running = running.then(async () => {
    if (mine !== generation) return;
    try {
      axe ??= import('axe-core').then((m) => ((m as { default?: Axe }).default ?? m) as Axe);
      const [engine] = await Promise.all([axe, ready()]);
      if (mine !== generation) return;
      const results = await engine.run(stage, { resultTypes: ['violations'] });
      if (mine === generation) report(results);
    } catch (error) {
      if (mine === generation) $('a11y-status').textContent = `axe could not run: ${error}`;
    }
  });
}

/** A new story: the panel's last results no longer apply. */
export function clearChecks(): void {
  generation++;
  $('a11y-status').textContent = 'Open this panel to check the story with axe.';
  $('a11y-results').replaceChildren();
  const badge = $('a11y-count');
  badge.textContent = '';
  delete badge.dataset.state;
}
