/**
 * Names for the contract's codes, in the caller's language (`t`); unknown codes are humanised,
 * never an error.
 */
import '../i18n/en/labels.js';
import { english } from '../i18n/english.js';
import type { MessageKey, Translate } from '../i18n/keys.js';

const TYPES = new Set([
  'photo_processing',
  'ai_image_rotation',
  'purchase',
  'free_credits',
  'admin_grant',
  'refund',
]);
const ADDITIONS = new Set(['purchase', 'free_credits', 'admin_grant', 'refund']);
const PAYMENT_TYPES = new Set(['credits', 'subscription', 'custom']);
const PAYMENT_STATUSES = new Set(['completed', 'pending', 'abandoned', 'failed']);
const DETAILS = new Set(['gateway', 'paymentId', 'orderId', 'invoiceNumber']);

// A Map, never an object: a code is server text, and `constructor` or `__proto__` must not
// find Object's own members (they showed "function Object() { [native code] }").
const GATEWAY_LABELS = new Map([
  ['razorpay', 'Razorpay'],
  ['payglocal', 'PayGlocal'],
  ['stripe', 'Stripe'],
]);

/** `face_reindex` -> `Face Reindex`, `paymentMethod` -> `Payment Method`. */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (words.length === 0) return code;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function typeLabel(code: string, t: Translate = english): string {
  return TYPES.has(code) ? t(`type.${code}` as MessageKey) : humanise(code);
}

/** What a credit addition of this type is, in a sentence. */
export function additionNote(code: string, t: Translate = english): string {
  return ADDITIONS.has(code)
    ? t(`addition.${code}` as MessageKey)
    : t('addition.other', { type: typeLabel(code, t) });
}

export function detailLabel(key: string, t: Translate = english): string {
  return DETAILS.has(key) ? t(`detail.${key}` as MessageKey) : humanise(key);
}

/** `credits` -> `Credits`, `custom` -> `Custom Payment`; unknown types humanised. */
export function paymentTypeLabel(code: string, t: Translate = english): string {
  return PAYMENT_TYPES.has(code) ? t(`paymentType.${code}` as MessageKey) : humanise(code);
}

/** A payment status as shown (unknown ones as given) and what it means, when known. */
export function paymentStatus(
  code: string,
  t: Translate = english,
): { label: string; note?: string } {
  if (!PAYMENT_STATUSES.has(code)) return { label: code };
  return {
    label: t(`paymentStatus.${code}` as MessageKey),
    note: t(`paymentStatus.${code}.note` as MessageKey),
  };
}

/** `razorpay` -> `Razorpay`, `payglocal` -> `PayGlocal`; unknown gateways humanised. */
export function gatewayLabel(code: string): string {
  return GATEWAY_LABELS.get(code.toLowerCase()) ?? humanise(code);
}

/** A detail's value as a user reads it (gateway codes get their names). */
export function detailValue(key: string, value: string): string {
  return key === 'gateway' ? gatewayLabel(value) : value;
}

/** Detail keys whose values are identifiers a user copies for support (`paymentId`, `order_id`). */
export function isIdentifier(key: string): boolean {
  return /(?:^id|Id|ID|_id|^number|Number|_number)$/.test(key);
}
