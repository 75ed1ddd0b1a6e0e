/**
 * The playground's themes, as the CSS a page would write on the element (or any ancestor): the
 * stage applies them, and the HTML snippet shows them, from this one list.
 */
import type { Theme } from './route.js';

export const THEMES: Record<Theme, { label: string; css: Record<string, string> }> = {
  light: { label: 'Light', css: { 'color-scheme': 'light' } },
  dark: { label: 'Dark', css: { 'color-scheme': 'dark' } },
  brand: {
    label: 'Brand',
    css: {
      'color-scheme': 'light',
      '--credits-color-accent': '#7c3aed',
      '--credits-color-accent-hover': '#6d28d9',
      '--credits-color-focus': '#7c3aed',
      '--credits-color-border': '#e9d5ff',
      '--credits-color-subtle': '#f3e8ff',
      '--credits-radius': '4px',
      '--credits-radius-control': '2px',
      '--credits-font-family': "Georgia, 'Times New Roman', serif",
    },
  },
};

/**
 * Puts the theme on the stage: its own colours (playground.css, by `data-theme`), and the theme's
 * declarations on the element itself, as the snippet writes them. On the element, not the stage:
 * every credits element sets `color-scheme: light dark` on its host (it follows the user), which
 * only a rule on the element overrides.
 */
export function applyTheme(stage: HTMLElement, tag: string, theme: Theme): void {
  stage.dataset.theme = theme;
  let style = document.getElementById('stage-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'stage-theme';
    document.head.append(style);
  }
  const declarations = Object.entries(THEMES[theme].css)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');
  style.textContent = `#stage > ${tag} { ${declarations} }`;
}

/**
 * The `<style>` a page needs for the theme, or '' for the light one (the elements' default on
 * a light page). `color-scheme: dark` is what turns the elements dark; a dark page has it already.
 */
export function themeCss(tag: string, theme: Theme): string {
  if (theme === 'light') return '';
  const lines = Object.entries(THEMES[theme].css)
    .filter(([property, value]) => !(property === 'color-scheme' && value === 'light'))
    .map(([property, value]) => `    ${property}: ${value};`);
  return `<style>\n  ${tag} {\n${lines.join('\n')}\n  }\n</style>\n`;
}
