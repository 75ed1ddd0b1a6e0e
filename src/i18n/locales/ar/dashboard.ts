/** Arabic: dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'أقسام وحدات الرصيد',
  'dashboard.tabCredits': 'وحدات الرصيد',
  'dashboard.tabSubscription': 'الاشتراك',
  'dashboard.tabBilling': 'الفوترة والمعاملات',
  'dashboard.history': 'سجل وحدات الرصيد',
  'dashboard.tabUsage': 'استخدام وحدات الرصيد',
  'dashboard.tabPurchases': 'سجل المشتريات',
  'dashboard.neverRunOut': 'الشحن التلقائي والتنبيهات',
  'dashboard.usageFiltered': 'عرض {event} فقط، {period}.',
  'dashboard.showAllUsage': 'عرض كل الاستخدام',
  'dashboard.signIn': 'تسجيل الدخول',
} satisfies AreaTranslation<typeof dashboard>;
