import { createContext } from '@lit/context';
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
}

export const settingsContext = createContext<CreditsSettings | undefined>(
  Symbol.for('credits-widgets/settings'),
);
