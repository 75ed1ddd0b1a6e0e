/**
 * Arabic: the shipped translation, one module per area of the English source (../en), joined
 * here into the one chunk a page downloads when an element speaks ar.
 */
import type { Translation } from '../keys.js';
import common from './ar/common.js';
import labels from './ar/labels.js';
import balance from './ar/balance.js';
import summary from './ar/summary.js';
import tables from './ar/tables.js';
import billing from './ar/billing.js';
import dashboard from './ar/dashboard.js';
import topUp from './ar/top-up.js';
import autoTopUp from './ar/auto-top-up.js';
import alerts from './ar/alerts.js';
import breakdown from './ar/breakdown.js';

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
