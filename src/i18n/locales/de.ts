/**
 * German: the shipped translation, one module per area of the English source (../en), joined
 * here into the one chunk a page downloads when an element speaks de.
 */
import type { Translation } from '../keys.js';
import common from './de/common.js';
import labels from './de/labels.js';
import balance from './de/balance.js';
import summary from './de/summary.js';
import tables from './de/tables.js';
import billing from './de/billing.js';
import dashboard from './de/dashboard.js';
import topUp from './de/top-up.js';
import autoTopUp from './de/auto-top-up.js';
import alerts from './de/alerts.js';
import breakdown from './de/breakdown.js';

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
