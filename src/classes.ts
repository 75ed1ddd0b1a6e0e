/**
 * `credits-widgets/classes`: every element class, and nothing defined. For a host that
 * registers the elements itself (a scoped registry, its own tag names) or only needs the
 * classes' types; `import 'credits-widgets'` defines them all.
 */
export { CreditsProvider } from './components/provider/credits-provider.component.js';
export { CreditsBalance } from './components/balance/credits-balance.component.js';
export { CreditsMonthlySummary } from './components/monthly-summary/credits-monthly-summary.component.js';
export { CreditsUsageTable } from './components/usage-table/credits-usage-table.component.js';
export { CreditsPurchaseHistory } from './components/purchase-history/credits-purchase-history.component.js';
export { CreditsSubscription } from './components/subscription/credits-subscription.component.js';
export { CreditsPayments } from './components/payments/credits-payments.component.js';
export { CreditsBillingDetails } from './components/billing-details/credits-billing-details.component.js';
export { CreditsBilling } from './components/billing/credits-billing.component.js';
export { CreditsDashboard } from './components/dashboard/credits-dashboard.component.js';
export { CreditsTopUp } from './components/top-up/credits-top-up.component.js';
export { CreditsAutoTopUp } from './components/auto-top-up/credits-auto-top-up.component.js';
export { CreditsAlerts } from './components/alerts/credits-alerts.component.js';
export { CreditsUsageBreakdown } from './components/usage-breakdown/credits-usage-breakdown.component.js';
