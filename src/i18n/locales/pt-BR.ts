/**
 * Portuguese (Brazil): the shipped translation, one module per area of the English source (../en), joined
 * here into the one chunk a page downloads when an element speaks pt-BR.
 */
import type { Translation } from '../keys.js';
import common from './pt-BR/common.js';
import labels from './pt-BR/labels.js';
import balance from './pt-BR/balance.js';
import summary from './pt-BR/summary.js';
import tables from './pt-BR/tables.js';
import billing from './pt-BR/billing.js';
import dashboard from './pt-BR/dashboard.js';
import topUp from './pt-BR/top-up.js';
import autoTopUp from './pt-BR/auto-top-up.js';
import alerts from './pt-BR/alerts.js';
import breakdown from './pt-BR/breakdown.js';

export default {
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
} satisfies Translation;
