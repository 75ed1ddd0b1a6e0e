/**
 * axe in every colour scheme a user can have: light, dark (`prefers-color-scheme`) and forced
 * colours (Windows High Contrast, `forced-colors: active`). The media features are set through
 * the DevTools protocol by the `emulate-media-features` command of web-test-runner.config.mjs,
 * and each check first asserts that its media query matches in the page, so none can silently
 * run in light.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeature {
  name: string;
  value: string;
}

/** Sets CSS media features for the page; `[]` clears what was set. */
export async function emulateMediaFeatures(features: MediaFeature[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}

interface Scheme {
  name: string;
  features: MediaFeature[];
  /** Each must match while the scheme is emulated. */
  queries: string[];
}

const LIGHT: Scheme = {
  name: 'light',
  features: [],
  queries: ['(prefers-color-scheme: light)', 'not (forced-colors: active)'],
};

const DARK: Scheme = {
  name: 'dark',
  features: [{ name: 'prefers-color-scheme', value: 'dark' }],
  queries: ['(prefers-color-scheme: dark)', 'not (forced-colors: active)'],
};

/** A dark high-contrast theme (Windows' Night sky, Aquatic), the kind most forced-colour users pick. */
const FORCED_DARK: Scheme = {
  name: 'forced colours (dark)',
  features: [
    { name: 'forced-colors', value: 'active' },
    { name: 'prefers-color-scheme', value: 'dark' },
  ],
  queries: ['(forced-colors: active)', '(prefers-color-scheme: dark)'],
};

/** A light one (Windows' Desert): the system colours differ, so do the contrasts. */
const FORCED_LIGHT: Scheme = {
  name: 'forced colours (light)',
  features: [
    { name: 'forced-colors', value: 'active' },
    { name: 'prefers-color-scheme', value: 'light' },
  ],
  queries: ['(forced-colors: active)', '(prefers-color-scheme: light)'],
};

export const SCHEMES: readonly Scheme[] = [LIGHT, DARK, FORCED_DARK, FORCED_LIGHT];

/**
 * axe reads the text colour from `-webkit-text-fill-color`, which Chromium's getComputedStyle
 * leaves at the author's colour under forced colours while it paints the forced one (the
 * `color` it reports): axe then measures author text on a forced background
 * (dequelabs/axe-core#3978). While this runs, that property reads as `color`, the colour on
 * screen. Nothing in src sets `-webkit-text-fill-color`, so this hides no colour of ours.
 */
async function withPaintedTextColour<T>(run: () => Promise<T>): Promise<T> {
  const original = window.getComputedStyle;
  window.getComputedStyle = (node: Element, pseudo?: string | null) => {
    const style = original.call(window, node, pseudo);
    const read = style.getPropertyValue.bind(style);
    Object.defineProperty(style, 'getPropertyValue', {
      value: (name: string) => read(name === '-webkit-text-fill-color' ? 'color' : name),
    });
    return style;
  };
  try {
    return await run();
  } finally {
    window.getComputedStyle = original;
  }
}

async function accessibleIn(el: Element, scheme: Scheme, what: string): Promise<void> {
  for (const query of scheme.queries) {
    expect(matchMedia(query).matches, `${what} in ${scheme.name}: ${query} does not match`).to.be
      .true;
  }
  // The styles of the new scheme are applied before axe reads them.
  await nextFrame();
  const axe = () => expect(el).to.be.accessible() as unknown as Promise<void>;
  try {
    await (matchMedia('(forced-colors: active)').matches ? withPaintedTextColour(axe) : axe());
  } catch (e) {
    throw new Error(`${what} in ${scheme.name}: ${(e as Error).message}`);
  }
}

/**
 * axe on `el` as it is now, in light, dark and forced colours (dark and light system colours);
 * the emulation is cleared afterwards whatever happens. `what` names the state in a failure.
 */
export async function expectAccessibleInEveryScheme(el: Element, what: string): Promise<void> {
  try {
    for (const scheme of SCHEMES) {
      await emulateMediaFeatures(scheme.features);
      await accessibleIn(el, scheme, what);
    }
  } finally {
    await emulateMediaFeatures([]);
  }
}
