/** Arabic: balance (the English is ../../en/balance.ts). */
import type { balance } from '../../en/balance.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'balance.title': 'الأرصدة المتاحة',
  'balance.loading': 'جارٍ تحميل الأرصدة المتاحة…',
  'balance.unit': {
    zero: 'رصيد',
    one: 'رصيد',
    two: 'رصيد',
    few: 'أرصدة',
    many: 'رصيدًا',
    other: 'رصيد',
  },
  'balance.updated': 'آخر تحديث: {time}',
  'balance.purchase': 'شراء أرصدة',
  'balance.viewBilling': 'عرض الفوترة',
  'balance.runway':
    'بمعدل استخدامك الأخير (نحو {perMonth} رصيد شهريًا)، يكفي هذا الرصيد حتى {until}.',
  'balance.early': 'أوائل {month}',
  'balance.mid': 'منتصف {month}',
  'balance.late': 'أواخر {month}',
  'balance.runwayPlaceholder': 'بمعدل استخدامك الأخير، يكفي هذا الرصيد حتى أوائل فبراير.',
  'balance.topUp': {
    zero: 'شحن {count} رصيد',
    one: 'شحن رصيد واحد',
    two: 'شحن رصيدين',
    few: 'شحن {count} أرصدة',
    many: 'شحن {count} رصيدًا',
    other: 'شحن {count} رصيد',
  },
  'balance.askAdminTopUp': 'يُرجى أن تطلب من أحد المسؤولين شحن الرصيد.',
  'balance.setUpAutoTopUp': 'إعداد الشحن التلقائي والتنبيهات',
  'balance.paused': 'معالجة الصور متوقفة مؤقتًا إلى أن تُضاف أرصدة.',
  'balance.pausedAdmin': 'يُرجى شراء أرصدة لاستئناف المعالجة.',
  'balance.pausedUser': 'يُرجى أن تطلب من أحد مسؤولي مؤسستك إضافة أرصدة.',
  'balance.low': {
    zero: 'رصيد منخفض: تبقّى أقل من {count} رصيد.',
    one: 'رصيد منخفض: تبقّى أقل من رصيد واحد.',
    two: 'رصيد منخفض: تبقّى أقل من رصيدين.',
    few: 'رصيد منخفض: تبقّى أقل من {count} أرصدة.',
    many: 'رصيد منخفض: تبقّى أقل من {count} رصيدًا.',
    other: 'رصيد منخفض: تبقّى أقل من {count} رصيد.',
  },
  'balance.cost': 'تكلفة الرصيد الواحد',
  'balance.costHidden': 'مخفية',
  'balance.showCost': 'إظهار تكلفة الرصيد الواحد',
  'balance.hideCost': 'إخفاء تكلفة الرصيد الواحد',
  'balance.show': 'إظهار',
  'balance.hide': 'إخفاء',
} satisfies AreaTranslation<typeof balance>;
