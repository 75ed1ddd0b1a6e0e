export { CreditsPurchaseEvent } from './credits-purchase.js';
export type { CreditsPurchaseDetail } from './credits-purchase.js';
export { CreditsViewBillingEvent } from './credits-view-billing.js';
export type { CreditsViewBillingDetail } from './credits-view-billing.js';
export { CreditsErrorEvent } from './credits-error.js';
export type { CreditsErrorDetail } from './credits-error.js';
