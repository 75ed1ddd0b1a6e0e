/** Hindi: dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'क्रेडिट अनुभाग',
  'dashboard.tabCredits': 'क्रेडिट',
  'dashboard.tabSubscription': 'सदस्यता',
  'dashboard.tabBilling': 'बिलिंग और लेन-देन',
  'dashboard.history': 'क्रेडिट इतिहास',
  'dashboard.tabUsage': 'क्रेडिट उपयोग',
  'dashboard.tabPurchases': 'खरीद इतिहास',
  'dashboard.neverRunOut': 'स्वचालित टॉप-अप और अलर्ट',
  'dashboard.usageFiltered': 'केवल {event}, {period}।',
  'dashboard.showAllUsage': 'पूरा उपयोग दिखाएँ',
  'dashboard.signIn': 'साइन इन करें',
} satisfies AreaTranslation<typeof dashboard>;
