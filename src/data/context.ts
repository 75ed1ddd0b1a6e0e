import { ContextRoot, createContext } from '@lit/context';
import type { CreditsClient } from './client.js';

/** The client every credits element inside a `<credits-provider>` uses. */
export const clientContext = createContext<CreditsClient | undefined>(
  Symbol.for('credits-widgets/client'),
);

/** Settings a provider hands down; an element's own attribute adds to them. */
export interface CreditsSettings {
  /** The user may buy credits (the server still decides). */
  admin: boolean;
  /** Show the cost per credit from the start. */
  showCost: boolean;
  /** BCP 47 locale for numbers, money and dates; empty for the page's. */
  locale: string;
  /** Seconds between revalidations for the elements that set none (0: never). */
  refreshInterval: number;
}

export const settingsContext = createContext<CreditsSettings | undefined>(
  Symbol.for('credits-widgets/settings'),
);

const ROOT_KEY = Symbol.for('credits-widgets/context-root');

/**
 * Elements upgraded before their provider would otherwise miss it: a context root on the
 * document replays their requests once the provider is defined. Once per page, whatever copies
 * of the library are loaded; called by the provider and, in the CDN file, before any element
 * loads.
 */
export function attachContextRoot(): void {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  if (typeof document === 'undefined' || scope[ROOT_KEY]) return;
  scope[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
