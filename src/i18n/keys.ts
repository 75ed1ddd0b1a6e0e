/**
 * Every message key, from the English source of each area. Type-only: a translation typed
 * `Translation` must have exactly these keys (the compiler names a missing or extra one), and
 * test/i18n.test.ts checks the placeholders and plural forms.
 */
import type { Message } from './messages.js';
import type { common } from './en/common.js';
import type { labels } from './en/labels.js';
import type { balance } from './en/balance.js';
import type { summary } from './en/summary.js';
import type { tables } from './en/tables.js';
import type { billing } from './en/billing.js';
import type { dashboard } from './en/dashboard.js';
import type { topUp } from './en/top-up.js';
import type { autoTopUp } from './en/auto-top-up.js';
import type { alerts } from './en/alerts.js';
import type { breakdown } from './en/breakdown.js';

export type SourceMessages = typeof common &
  typeof labels &
  typeof balance &
  typeof summary &
  typeof tables &
  typeof billing &
  typeof dashboard &
  typeof topUp &
  typeof autoTopUp &
  typeof alerts &
  typeof breakdown;

export type MessageKey = Extract<keyof SourceMessages, string>;

/** A shipped translation: every key of the source, no other. */
export type Translation = { readonly [K in MessageKey]: Message };

/** A message lookup bound to a locale (an element's `t`). */
export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** One area's part of a shipped translation: every key of that area's English, no other. */
export type AreaTranslation<Source> = { readonly [K in keyof Source]: Message };
