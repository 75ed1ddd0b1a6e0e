/** Names for the contract's codes; unknown codes are humanised, never an error. */

const TYPE_LABELS: Record<string, string> = {
  photo_processing: 'Photo Processing',
  ai_image_rotation: 'AI Image Rotation',
  purchase: 'Purchase',
  free_credits: 'Free Credits',
  admin_grant: 'Admin Grant',
  refund: 'Refund',
};

/** What each kind of credit addition is, for rows that carry no payment of their own. */
const ADDITION_NOTES: Record<string, string> = {
  purchase: 'A paid top-up.',
  free_credits:
    'Free credits granted during the trial. They combine with paid credits into one balance.',
  admin_grant: 'Credits applied by staff. No payment was involved.',
  refund: 'Credits returned to the balance.',
};

const PAYMENT_TYPES: Record<string, string> = {
  credits: 'Credits',
  subscription: 'Subscription',
  custom: 'Custom Payment',
};

const PAYMENT_STATUSES: Record<string, { label: string; note: string }> = {
  completed: { label: 'Completed', note: 'Paid: the credits were added or the plan activated.' },
  pending: {
    label: 'Pending',
    note: 'The gateway has not confirmed it yet; that usually takes minutes. Recheck asks the gateway again.',
  },
  abandoned: {
    label: 'Abandoned',
    note: 'The payment window was closed or cancelled. Nothing was charged.',
  },
  failed: { label: 'Failed', note: 'The gateway reported that the payment failed.' },
};

const DETAIL_LABELS: Record<string, string> = {
  gateway: 'Gateway',
  paymentId: 'Payment ID',
  orderId: 'Order ID',
  invoiceNumber: 'Invoice number',
};

const GATEWAY_LABELS: Record<string, string> = {
  razorpay: 'Razorpay',
  payglocal: 'PayGlocal',
  stripe: 'Stripe',
};

/** `face_reindex` -> `Face Reindex`, `paymentMethod` -> `Payment Method`. */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (words.length === 0) return code;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function typeLabel(code: string): string {
  return TYPE_LABELS[code] ?? humanise(code);
}

/** What a credit addition of this type is, in a sentence. */
export function additionNote(code: string): string {
  return ADDITION_NOTES[code] ?? `Credits added: ${typeLabel(code)}.`;
}

export function detailLabel(key: string): string {
  return DETAIL_LABELS[key] ?? humanise(key);
}

/** `credits` -> `Credits`, `custom` -> `Custom Payment`; unknown types humanised. */
export function paymentTypeLabel(code: string): string {
  return PAYMENT_TYPES[code] ?? humanise(code);
}

/** A payment status as shown (unknown ones as given) and what it means, when known. */
export function paymentStatus(code: string): { label: string; note?: string } {
  return PAYMENT_STATUSES[code] ?? { label: code };
}

/** `razorpay` -> `Razorpay`, `payglocal` -> `PayGlocal`; unknown gateways humanised. */
export function gatewayLabel(code: string): string {
  return GATEWAY_LABELS[code.toLowerCase()] ?? humanise(code);
}

/** A detail's value as a user reads it (gateway codes get their names). */
export function detailValue(key: string, value: string): string {
  return key === 'gateway' ? gatewayLabel(value) : value;
}

/** Detail keys whose values are identifiers a user copies for support (`paymentId`, `order_id`). */
export function isIdentifier(key: string): boolean {
  return /(?:^id|Id|ID|_id|^number|Number|_number)$/.test(key);
}
