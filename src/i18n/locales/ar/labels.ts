/** Arabic: labels (the English is ../../en/labels.ts). */
import type { labels } from '../../en/labels.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'type.photo_processing': 'معالجة الصور',
  'type.ai_image_rotation': 'تدوير الصور بالذكاء الاصطناعي',
  'type.purchase': 'شراء',
  'type.free_credits': 'وحدات رصيد مجانية',
  'type.admin_grant': 'منحة من المسؤول',
  'type.refund': 'استرداد',
  'addition.purchase': 'شحن مدفوع.',
  'addition.free_credits':
    'وحدات رصيد مجانية مُنحت خلال الفترة التجريبية، وتُجمع مع وحدات الرصيد المدفوعة في الرصيد نفسه.',
  'addition.admin_grant': 'وحدات رصيد أضافها فريق العمل، دون أي عملية دفع.',
  'addition.refund': 'وحدات رصيد أُعيدت إلى الرصيد.',
  'addition.other': 'وحدات رصيد مضافة: {type}.',
  'paymentType.credits': 'وحدات رصيد',
  'paymentType.subscription': 'اشتراك',
  'paymentType.custom': 'دفعة مخصصة',
  'paymentStatus.completed': 'مكتملة',
  'paymentStatus.completed.note': 'مدفوعة: أُضيفت وحدات الرصيد أو فُعّلت الخطة.',
  'paymentStatus.pending': 'قيد الانتظار',
  'paymentStatus.pending.note':
    'لم تؤكدها بوابة الدفع بعد؛ ويستغرق ذلك عادةً بضع دقائق. ويستعلم زر «إعادة التحقق» من بوابة الدفع مجددًا.',
  'paymentStatus.abandoned': 'متروكة',
  'paymentStatus.abandoned.note': 'أُغلقت نافذة الدفع أو أُلغيت. لم يُخصم أي مبلغ.',
  'paymentStatus.failed': 'فاشلة',
  'paymentStatus.failed.note': 'أفادت بوابة الدفع بفشل عملية الدفع.',
  'detail.gateway': 'بوابة الدفع',
  'detail.paymentId': 'معرّف الدفعة',
  'detail.orderId': 'معرّف الطلب',
  'detail.invoiceNumber': 'رقم الفاتورة',
} satisfies AreaTranslation<typeof labels>;
