/**
 * Runtime schemas for every response of the Credits API (docs/credits-api.yaml).
 *
 * Each message is the *expectation* in plain words ("an integer"); `validate.ts` turns an issue
 * into `path: expected <message>, got <value>`. Objects are valibot `object`s, which drop keys the
 * contract does not list (forward compatible), and enum-like fields the contract says may grow
 * (`type`, `status`) are plain strings so an unknown value passes through to be shown as given.
 */
import * as v from 'valibot';

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
const CURRENCY = /^[A-Z]{3}$/;
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
/** RFC 3339 date-time with a mandatory offset, as the contract requires. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const str = () => v.string('a string');
const bool = () => v.boolean('true or false');
const int = () => v.pipe(v.number('an integer'), v.safeInteger('an integer'));
const nonNegativeInt = () =>
  v.pipe(v.number('an integer'), v.safeInteger('an integer'), v.minValue(0, 'a number ≥ 0'));
const dateTime = () =>
  v.pipe(
    v.string('an RFC 3339 date-time string'),
    v.regex(DATE_TIME, 'an RFC 3339 date-time with an offset'),
    v.check((s) => !Number.isNaN(Date.parse(s)), 'a real date-time'),
  );
const decimal = () => v.pipe(str(), v.regex(DECIMAL, 'a decimal string such as "0.0120"'));
const currency = () => v.pipe(str(), v.regex(CURRENCY, 'an ISO 4217 code such as "USD"'));
const obj = <T extends v.ObjectEntries>(entries: T) => v.object(entries, 'an object');
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'an array');
const stringMap = () => v.record(v.string(), str(), 'an object of strings');

export const MoneySchema = obj({ amount: decimal(), currency: currency() });

export const BalanceSchema = obj({
  available: int(),
  costPerCredit: v.nullish(MoneySchema),
  asOf: v.optional(dateTime()),
});

export const MonthUsageSchema = obj({
  month: v.pipe(str(), v.regex(MONTH, 'a month such as "2026-11"')),
  credits: nonNegativeInt(),
  transactions: nonNegativeInt(),
  current: v.optional(bool(), false),
});

export const MonthlyUsageSchema = obj({ months: list(MonthUsageSchema) });

export const TransactionKindSchema = v.picklist(['usage', 'purchase'], '"usage" or "purchase"');

export const TransactionSchema = obj({
  id: str(),
  kind: TransactionKindSchema,
  type: str(),
  credits: int(),
  createdAt: dateTime(),
  event: v.nullish(obj({ id: int(), name: str() })),
  user: v.nullish(obj({ id: v.optional(str()), name: str() })),
  details: v.optional(stringMap()),
});

// (valibot's second argument to nullable is a default value, not a message.)
const cursor = () => v.nullable(str());

export const TransactionPageSchema = obj({
  items: list(TransactionSchema),
  nextCursor: cursor(),
  total: v.optional(nonNegativeInt()),
});

export const SubscriptionSchema = obj({
  plan: obj({ id: str(), name: str(), description: v.optional(str()) }),
  expiresAt: v.nullish(dateTime()),
});

export const InvoiceSchema = obj({
  status: str(),
  number: v.optional(str()),
  url: v.optional(str()),
});

export const PaymentSchema = obj({
  id: str(),
  createdAt: dateTime(),
  type: str(),
  status: str(),
  amount: decimal(),
  currency: currency(),
  tax: v.nullish(MoneySchema),
  credits: v.optional(int()),
  gateway: v.optional(str()),
  orderId: v.nullish(str()),
  invoice: v.nullish(InvoiceSchema),
});

export const PaymentPageSchema = obj({ items: list(PaymentSchema), nextCursor: cursor() });

export const AddressSchema = obj({
  line1: v.optional(str()),
  line2: v.optional(str()),
  city: v.optional(str()),
  state: v.optional(str()),
  postalCode: v.optional(str()),
  country: v.optional(str()),
});

/**
 * Billing details as *read*: an organisation with none yet may answer with empty strings, so
 * `country` is not pattern-checked here (the server owns that rule and answers 422 on save).
 */
export const BillingDetailsSchema = obj({
  companyName: v.optional(str()),
  name: v.optional(str()),
  email: str(),
  phone: v.optional(str()),
  taxId: v.optional(str()),
  address: v.optional(AddressSchema),
});

export const PurchaseSchema = obj({
  checkoutUrl: v.pipe(str(), v.url('an absolute URL')),
  orderId: v.optional(str()),
});

export const ErrorBodySchema = obj({
  error: obj({
    code: v.optional(str()),
    message: str(),
    // With `payment_method_required`: where an admin adds a payment method. Kept as given: the
    // element links to it only when it is https.
    setupUrl: v.optional(str()),
  }),
});

export const ValidationErrorBodySchema = obj({
  error: obj({ code: v.optional(str()), message: str(), fields: stringMap() }),
});

// Contract 1.1.0: never running out (auto top-up, alerts) and where the credits went.

const nullableObject = <T extends v.ObjectEntries>(entries: T) => v.nullish(obj(entries), null);

export const AutoTopUpSettingsSchema = obj({
  enabled: bool(),
  thresholdCredits: nonNegativeInt(),
  topUpCredits: v.pipe(int(), v.minValue(1000, 'an integer ≥ 1000')),
  monthlyLimit: v.nullable(v.pipe(int(), v.minValue(1, 'an integer ≥ 1 or null'))),
});

export const AutoTopUpSchema = obj({
  ...AutoTopUpSettingsSchema.entries,
  paymentMethod: nullableObject({ label: str() }),
  lastTopUp: nullableObject({
    at: dateTime(),
    credits: int(),
    status: str(),
    message: v.optional(str()),
  }),
});

export const AlertSettingsSchema = obj({
  lowBalance: obj({ enabled: bool(), thresholdCredits: nonNegativeInt() }),
  runway: obj({
    enabled: bool(),
    days: v.pipe(
      int(),
      v.minValue(1, 'an integer from 1 to 90'),
      v.maxValue(90, 'an integer from 1 to 90'),
    ),
  }),
  recipients: v.pipe(list(str()), v.maxLength(10, 'at most 10 recipients')),
});

export const AlertsSchema = obj({
  ...AlertSettingsSchema.entries,
  lastSentAt: v.nullish(dateTime(), null),
});

const BreakdownKeySchema = v.union([str(), int(), v.null()], 'a string, an integer or null');

export const UsageBreakdownSchema = obj({
  items: list(
    obj({
      key: BreakdownKeySchema,
      label: v.optional(str()),
      credits: nonNegativeInt(),
      transactions: nonNegativeInt(),
    }),
  ),
  other: obj({
    credits: nonNegativeInt(),
    transactions: nonNegativeInt(),
    groups: nonNegativeInt(),
  }),
  total: obj({ credits: nonNegativeInt(), transactions: nonNegativeInt() }),
});
