/**
 * English source: the dashboard's tabs. (`<credits-billing>` and `<credits-provider>` show no
 * text of their own: their parts and the elements inside speak for themselves.)
 */
import { defineSource } from '../messages.js';

export const dashboard = defineSource({
  'dashboard.sections': 'Credits sections',
  'dashboard.tabCredits': 'Credits',
  'dashboard.tabSubscription': 'Subscription',
  'dashboard.tabBilling': 'Billing & Transactions',
  'dashboard.history': 'Credit history',
  'dashboard.tabUsage': 'Credit Usage',
  'dashboard.tabPurchases': 'Purchase History',
  'dashboard.neverRunOut': 'Automatic top-ups and alerts',
  'dashboard.usageFiltered': 'Showing only {event}, {period}.',
  'dashboard.showAllUsage': 'Show all usage',
  'dashboard.signIn': 'Sign in',
});
