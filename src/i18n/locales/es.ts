/**
 * Spanish: the shipped translation, one module per area of the English source (../en), joined
 * here into the one chunk a page downloads when an element speaks es.
 */
import type { Translation } from '../keys.js';
import common from './es/common.js';
import labels from './es/labels.js';
import balance from './es/balance.js';
import summary from './es/summary.js';
import tables from './es/tables.js';
import billing from './es/billing.js';
import dashboard from './es/dashboard.js';
import topUp from './es/top-up.js';
import autoTopUp from './es/auto-top-up.js';
import alerts from './es/alerts.js';
import breakdown from './es/breakdown.js';

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
