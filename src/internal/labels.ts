/** Names for the contract's codes; unknown codes are humanised, never an error. */

const TYPE_LABELS: Record<string, string> = {
  photo_processing: 'Photo Processing',
  ai_image_rotation: 'AI Image Rotation',
  purchase: 'Purchase',
  free_credits: 'Free Credits',
  admin_grant: 'Admin Grant',
  refund: 'Refund',
};

const DETAIL_LABELS: Record<string, string> = {
  gateway: 'Gateway',
  paymentId: 'Payment ID',
  orderId: 'Order ID',
  invoiceNumber: 'Invoice number',
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

export function detailLabel(key: string): string {
  return DETAIL_LABELS[key] ?? humanise(key);
}

/** Detail keys whose values are identifiers a user copies for support. */
export function isIdentifier(key: string): boolean {
  return /id$/i.test(key) || /number$/i.test(key);
}
