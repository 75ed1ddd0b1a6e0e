/**
 * French: the shipped translation, one module per area of the English source (../en), joined
 * here into the one chunk a page downloads when an element speaks fr.
 */
import type { Translation } from '../keys.js';
import common from './fr/common.js';
import labels from './fr/labels.js';
import balance from './fr/balance.js';
import summary from './fr/summary.js';
import tables from './fr/tables.js';
import billing from './fr/billing.js';
import dashboard from './fr/dashboard.js';
import topUp from './fr/top-up.js';
import autoTopUp from './fr/auto-top-up.js';
import alerts from './fr/alerts.js';
import breakdown from './fr/breakdown.js';

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
