import { css } from 'lit';

/**
 * Every public theme token, declared once with its fallback. A host sets `--credits-*` anywhere
 * up the tree (`:root` included); each element maps it on `:host` to a private `--_*` property,
 * and every rule reads the private one, so a fallback can never drift between stylesheets.
 *
 * The fallbacks follow the element's colour scheme (`light-dark()`): the user's preference, or
 * whatever `color-scheme` a host sets on the element or above it.
 */
export const tokens = css`
  :host {
    --_font: var(--credits-font-family, inherit);
    --_text: var(--credits-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--credits-color-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--credits-color-surface, light-dark(#ffffff, #161b22));
    --_subtle: var(--credits-color-subtle, light-dark(#f6f8fa, #1c2129));
    --_hover: var(--credits-color-hover, light-dark(#eef1f4, #262c36));
    --_border: var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    --_accent-hover: var(--credits-color-accent-hover, light-dark(#0757b5, #6aa8fa));
    --_on-accent: var(--credits-color-on-accent, light-dark(#ffffff, #0d1117));
    --_focus: var(--credits-color-focus, var(--_accent));
    --_danger: var(--credits-color-danger, light-dark(#c62828, #f85149));
    --_danger-surface: var(--credits-color-danger-surface, light-dark(#fdecec, #2d1517));
    --_warning: var(--credits-color-warning, light-dark(#9a6700, #d29922));
    --_warning-surface: var(--credits-color-warning-surface, light-dark(#fff8c5, #2e2610));
    --_success: var(--credits-color-success, light-dark(#1a7f37, #3fb950));
    --_skeleton: var(--credits-color-skeleton, light-dark(#e6eaef, #262c36));
    --_radius: var(--credits-radius, 12px);
    --_radius-control: var(--credits-radius-control, 8px);
    --_space: var(--credits-space, 1.25rem);
    /* One type scale: five sizes for every word, and the balance's figure (--credits-value-size). */
    --_text-xs: 0.75rem;
    --_text-sm: 0.875rem;
    --_text-md: 1rem;
    --_text-lg: 1.125rem;
    --_text-xl: 1.5rem;
    --_value-size: var(--credits-value-size, 2.75rem);
    --_table-height: var(--credits-table-height, 28rem);
    --_chart-height: var(--credits-chart-height, 220px);
    --_chart-bar: var(--credits-chart-bar, var(--_danger));
    --_chart-bar-current: var(--credits-chart-bar-current, var(--_chart-bar));
  }
`;
