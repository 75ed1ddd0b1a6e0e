/**
 * credits-widgets: the elements, their events, the API client with its errors, and the
 * contract's types. Importing this module registers every element.
 */
export type * from './api/index.js';
export { CreditsClient } from './data/client.js';
export type { CreditsClientOptions, HeadersSource, RequestOptions } from './data/client.js';
export { CreditsError, isCreditsError } from './data/errors.js';
export type { CreditsErrorKind, MisconfiguredSetting, WalkBound } from './data/errors.js';
export type { PageBounds } from './data/pages.js';
export * from './events/index.js';
export { registerMessages } from './i18n/messages.js';
export type { Message, PluralMessage } from './i18n/messages.js';
export type { MessageKey } from './i18n/keys.js';
export { SHIPPED_LOCALES } from './i18n/shipped.js';
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
export type { Paging } from './components/table/credits-table.js';
