/**
 * credits-widgets: the elements, their events, the API client with its errors, and the
 * contract's types. Importing this module defines every element (an element already defined,
 * by another copy of the library say, is left as it is).
 */
export * from './public.js';
export { CreditsProvider } from './components/provider/credits-provider.js';
export { CreditsBalance } from './components/balance/credits-balance.js';
export { CreditsMonthlySummary } from './components/monthly-summary/credits-monthly-summary.js';
export { CreditsUsageTable } from './components/usage-table/credits-usage-table.js';
export { CreditsPurchaseHistory } from './components/purchase-history/credits-purchase-history.js';
export { CreditsSubscription } from './components/subscription/credits-subscription.js';
export { CreditsPayments } from './components/payments/credits-payments.js';
export { CreditsBillingDetails } from './components/billing-details/credits-billing-details.js';
export { CreditsBilling } from './components/billing/credits-billing.js';
export { CreditsDashboard } from './components/dashboard/credits-dashboard.js';
export { CreditsTopUp } from './components/top-up/credits-top-up.js';
export { CreditsAutoTopUp } from './components/auto-top-up/credits-auto-top-up.js';
export { CreditsAlerts } from './components/alerts/credits-alerts.js';
export { CreditsUsageBreakdown } from './components/usage-breakdown/credits-usage-breakdown.js';
