/**
 * Hindi: the shipped translation, one module per area of the English source (../en), joined
 * here into the one chunk a page downloads when an element speaks hi.
 */
import type { Translation } from '../keys.js';
import common from './hi/common.js';
import labels from './hi/labels.js';
import balance from './hi/balance.js';
import summary from './hi/summary.js';
import tables from './hi/tables.js';
import billing from './hi/billing.js';
import dashboard from './hi/dashboard.js';
import topUp from './hi/top-up.js';
import autoTopUp from './hi/auto-top-up.js';
import alerts from './hi/alerts.js';
import breakdown from './hi/breakdown.js';

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
