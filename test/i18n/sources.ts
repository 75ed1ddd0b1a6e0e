/** The English source of every area and the shipped translations, as the tests read them. */
import { balance } from '../../src/i18n/en/balance.js';
import { billing } from '../../src/i18n/en/billing.js';
import { common } from '../../src/i18n/en/common.js';
import { dashboard } from '../../src/i18n/en/dashboard.js';
import { labels } from '../../src/i18n/en/labels.js';
import { summary } from '../../src/i18n/en/summary.js';
import { tables } from '../../src/i18n/en/tables.js';
import { topUp } from '../../src/i18n/en/top-up.js';
import type { Message, MessageSet } from '../../src/i18n/messages.js';
import { SHIPPED_LOCALES } from '../../src/i18n/shipped.js';

export const SOURCE: MessageSet = {
  ...common,
  ...labels,
  ...balance,
  ...summary,
  ...tables,
  ...billing,
  ...dashboard,
  ...topUp,
};

export { SHIPPED_LOCALES };

const MODULES: Record<string, () => Promise<{ default: MessageSet }>> = {
  de: () => import('../../src/i18n/locales/de.js'),
  fr: () => import('../../src/i18n/locales/fr.js'),
  es: () => import('../../src/i18n/locales/es.js'),
  'pt-BR': () => import('../../src/i18n/locales/pt-BR.js'),
  hi: () => import('../../src/i18n/locales/hi.js'),
  ar: () => import('../../src/i18n/locales/ar.js'),
};

/** A shipped translation, loaded as the widgets load it (its own module). */
export async function shippedMessages(id: string): Promise<MessageSet> {
  const load = MODULES[id];
  if (!load) throw new Error(`no shipped translation "${id}"`);
  return (await load()).default;
}

/** Every text of a message: the string, or each plural form. */
export function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** The `{placeholders}` of a text. */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}
