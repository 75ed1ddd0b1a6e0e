/**
 * English source: names of the contract's codes (usage and addition types, payment types and
 * statuses, detail keys), for the tables and payments (src/internal/labels.ts).
 */
import { defineSource } from '../messages.js';

export const labels = defineSource({
  'type.photo_processing': 'Photo Processing',
  'type.ai_image_rotation': 'AI Image Rotation',
  'type.purchase': 'Purchase',
  'type.free_credits': 'Free Credits',
  'type.admin_grant': 'Admin Grant',
  'type.refund': 'Refund',
  'addition.purchase': 'A paid top-up.',
  'addition.free_credits':
    'Free credits granted during the trial. They combine with paid credits into one balance.',
  'addition.admin_grant': 'Credits applied by staff. No payment was involved.',
  'addition.refund': 'Credits returned to the balance.',
  'addition.other': 'Credits added: {type}.',
  'paymentType.credits': 'Credits',
  'paymentType.subscription': 'Subscription',
  'paymentType.custom': 'Custom Payment',
  'paymentStatus.completed': 'Completed',
  'paymentStatus.completed.note': 'Paid: the credits were added or the plan activated.',
  'paymentStatus.pending': 'Pending',
  'paymentStatus.pending.note':
    'The gateway has not confirmed it yet; that usually takes minutes. Recheck asks the gateway again.',
  'paymentStatus.abandoned': 'Abandoned',
  'paymentStatus.abandoned.note':
    'The payment window was closed or cancelled. Nothing was charged.',
  'paymentStatus.failed': 'Failed',
  'paymentStatus.failed.note': 'The gateway reported that the payment failed.',
  'detail.gateway': 'Gateway',
  'detail.paymentId': 'Payment ID',
  'detail.orderId': 'Order ID',
  'detail.invoiceNumber': 'Invoice number',
});
