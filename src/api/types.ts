/** The contract's types, inferred from the runtime schemas so the two can never drift apart. */
import type * as v from 'valibot';
import type * as s from './schemas.js';

export type Money = v.InferOutput<typeof s.MoneySchema>;
export type Balance = v.InferOutput<typeof s.BalanceSchema>;
export type MonthUsage = v.InferOutput<typeof s.MonthUsageSchema>;
export type MonthlyUsage = v.InferOutput<typeof s.MonthlyUsageSchema>;
export type TransactionKind = v.InferOutput<typeof s.TransactionKindSchema>;
export type Transaction = v.InferOutput<typeof s.TransactionSchema>;
export type TransactionPage = v.InferOutput<typeof s.TransactionPageSchema>;
export type Subscription = v.InferOutput<typeof s.SubscriptionSchema>;
export type Invoice = v.InferOutput<typeof s.InvoiceSchema>;
export type Payment = v.InferOutput<typeof s.PaymentSchema>;
export type PaymentPage = v.InferOutput<typeof s.PaymentPageSchema>;
export type BillingDetails = v.InferOutput<typeof s.BillingDetailsSchema>;
export type Purchase = v.InferOutput<typeof s.PurchaseSchema>;
export type AutoTopUpSettings = v.InferOutput<typeof s.AutoTopUpSettingsSchema>;
export type AutoTopUp = v.InferOutput<typeof s.AutoTopUpSchema>;
export type AlertSettings = v.InferOutput<typeof s.AlertSettingsSchema>;
export type Alerts = v.InferOutput<typeof s.AlertsSchema>;
export type UsageBreakdown = v.InferOutput<typeof s.UsageBreakdownSchema>;
export type ErrorBody = v.InferOutput<typeof s.ErrorBodySchema>;
export type ValidationErrorBody = v.InferOutput<typeof s.ValidationErrorBodySchema>;

/** Query of `GET /transactions`. */
export interface TransactionQuery {
  kind: TransactionKind;
  /** 1 to 100; the server's default is 25. */
  limit?: number;
  cursor?: string | null;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** `YYYY-MM-DD`, inclusive. */
  to?: string;
  eventId?: number;
}

/** Query of `GET /payments`. */
export interface PaymentQuery {
  limit?: number;
  cursor?: string | null;
}

/** How `GET /usage/breakdown` groups the credits spent. */
export type BreakdownBy = 'event' | 'user' | 'type';

/** Query of `GET /usage/breakdown`. */
export interface BreakdownQuery {
  by: BreakdownBy;
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  /** `YYYY-MM-DD`, inclusive. */
  to: string;
  /** 1 to 50; the server's default is 10. */
  limit?: number;
}
