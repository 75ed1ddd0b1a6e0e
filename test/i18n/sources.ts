/** The English source of every area and the shipped translations, as the tests read them. */
import { balance } from '../../src/i18n/en/balance.js';
import { billing } from '../../src/i18n/en/billing.js';
import { common } from '../../src/i18n/en/common.js';
import { dashboard } from '../../src/i18n/en/dashboard.js';
import { labels } from '../../src/i18n/en/labels.js';
import { summary } from '../../src/i18n/en/summary.js';
import { tables } from '../../src/i18n/en/tables.js';
import { topUp } from '../../src/i18n/en/top-up.js';
import { autoTopUp } from '../../src/i18n/en/auto-top-up.js';
import { alerts } from '../../src/i18n/en/alerts.js';
import { breakdown } from '../../src/i18n/en/breakdown.js';
import type { Message, MessageSet } from '../../src/i18n/messages.js';
import { SHIPPED_LOCALES, shippedModule } from '../../src/i18n/shipped.js';

export const SOURCE: MessageSet = {
  ...common,
  ...labels,
  ...balance,
  ...summary,
  ...tables,
  ...billing,
  ...dashboard,
  ...topUp,
  ...autoTopUp,
  ...alerts,
  ...breakdown,
};

export { SHIPPED_LOCALES };

/** A shipped translation, loaded as the widgets load it (its own module). */
export async function shippedMessages(id: string): Promise<MessageSet> {
  return (await shippedModule(id)).default;
}

/** Every text of a message: the string, or each plural form. */
export function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** The `{placeholders}` of a text. */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}
