/** Hindi: labels (the English is ../../en/labels.ts). */
import type { labels } from '../../en/labels.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'type.photo_processing': 'फ़ोटो प्रोसेसिंग',
  'type.ai_image_rotation': 'एआई इमेज रोटेशन',
  'type.purchase': 'खरीद',
  'type.free_credits': 'मुफ़्त क्रेडिट',
  'type.admin_grant': 'एडमिन अनुदान',
  'type.refund': 'रिफ़ंड',
  'addition.purchase': 'एक सशुल्क टॉप-अप।',
  'addition.free_credits':
    'ट्रायल के दौरान दिए गए मुफ़्त क्रेडिट। ये सशुल्क क्रेडिट के साथ मिलकर एक ही बैलेंस बनाते हैं।',
  'addition.admin_grant': 'स्टाफ़ द्वारा जोड़े गए क्रेडिट। इसमें कोई भुगतान शामिल नहीं था।',
  'addition.refund': 'बैलेंस में वापस किए गए क्रेडिट।',
  'addition.other': 'जोड़े गए क्रेडिट: {type}।',
  'paymentType.credits': 'क्रेडिट',
  'paymentType.subscription': 'सदस्यता',
  'paymentType.custom': 'कस्टम भुगतान',
  'paymentStatus.completed': 'पूर्ण',
  'paymentStatus.completed.note': 'भुगतान हो गया: क्रेडिट जोड़ दिए गए या प्लान सक्रिय कर दिया गया।',
  'paymentStatus.pending': 'लंबित',
  'paymentStatus.pending.note':
    'गेटवे ने अभी तक इसकी पुष्टि नहीं की है; इसमें आमतौर पर कुछ मिनट लगते हैं। “फिर से जाँचें” गेटवे से दोबारा पूछता है।',
  'paymentStatus.abandoned': 'छोड़ दिया गया',
  'paymentStatus.abandoned.note': 'भुगतान विंडो बंद या रद्द कर दी गई। कोई राशि नहीं काटी गई।',
  'paymentStatus.failed': 'विफल',
  'paymentStatus.failed.note': 'गेटवे ने बताया कि भुगतान विफल रहा।',
  'detail.gateway': 'गेटवे',
  'detail.paymentId': 'भुगतान आईडी',
  'detail.orderId': 'ऑर्डर आईडी',
  'detail.invoiceNumber': 'इनवॉइस नंबर',
} satisfies AreaTranslation<typeof labels>;
