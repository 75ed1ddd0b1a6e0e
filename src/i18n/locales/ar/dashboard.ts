/** Arabic: dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'أقسام الأرصدة',
  'dashboard.tabCredits': 'الأرصدة',
  'dashboard.tabSubscription': 'الاشتراك',
  'dashboard.tabBilling': 'الفوترة والمعاملات',
  'dashboard.history': 'سجل الأرصدة',
  'dashboard.tabUsage': 'استخدام الأرصدة',
  'dashboard.tabPurchases': 'سجل المشتريات',
  'dashboard.neverRunOut': 'الشحن التلقائي والتنبيهات',
} satisfies AreaTranslation<typeof dashboard>;
