/** Hindi: alerts (the English is ../../en/alerts.ts). */
import type { alerts } from '../../en/alerts.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'alerts.title': 'क्रेडिट अलर्ट',
  'alerts.loading': 'अलर्ट की सेटिंग लोड हो रही हैं…',
  'alerts.lowBalance': 'कम बैलेंस का अलर्ट',
  'alerts.lowBalanceRule': {
    one: 'जब बैलेंस {count} क्रेडिट से कम हो जाए',
    other: 'जब बैलेंस {count} क्रेडिट से कम हो जाए',
  },
  'alerts.runway': 'अवधि का अलर्ट',
  'alerts.runwayRule': {
    one: 'जब हाल की रफ़्तार से क्रेडिट {count} दिन से कम चलेंगे',
    other: 'जब हाल की रफ़्तार से क्रेडिट {count} दिन से कम चलेंगे',
  },
  'alerts.equivalent': {
    one: 'हाल की रफ़्तार से, आज यह लगभग {count} क्रेडिट है।',
    other: 'हाल की रफ़्तार से, आज यह लगभग {count} क्रेडिट हैं।',
  },
  'alerts.noPace': 'इसे क्रेडिट में बताने के लिए अभी उपयोग का पर्याप्त इतिहास नहीं है।',
  'alerts.on': 'चालू',
  'alerts.off': 'बंद',
  'alerts.allOff': 'दोनों अलर्ट बंद हैं: क्रेडिट खत्म होने से पहले किसी को ईमेल नहीं भेजा जाता।',
  'alerts.recipients': 'प्राप्तकर्ता',
  'alerts.noRecipients': 'अभी कोई नहीं',
  'alerts.lastSent': 'पिछला अलर्ट भेजा गया',
  'alerts.never': 'कभी नहीं',
  'alerts.threshold': 'बैलेंस इससे कम (क्रेडिट)',
  'alerts.days': 'क्रेडिट इससे कम चलें (दिन)',
  'alerts.recipient': 'प्राप्तकर्ता {index}',
  'alerts.remove': 'हटाएँ',
  'alerts.removeRecipient': 'प्राप्तकर्ता {index} हटाएँ',
  'alerts.add': 'प्राप्तकर्ता जोड़ें',
  'alerts.recipientsHint': {
    one: 'अधिकतम {count} ईमेल पता।',
    other: 'अधिकतम {count} ईमेल पते।',
  },
  'alerts.recipientsFull': {
    one: 'अधिकतम {count} प्राप्तकर्ता: दूसरा जोड़ने के लिए एक हटाएँ।',
    other: 'अधिकतम {count} प्राप्तकर्ता: दूसरा जोड़ने के लिए एक हटाएँ।',
  },
  'alerts.numberEmpty': 'एक संख्या दर्ज करें।',
  'alerts.notWhole': 'एक पूर्ण संख्या दर्ज करें।',
  'alerts.tooLarge': 'यह संख्या बहुत बड़ी है।',
  'alerts.daysRange': '{min} से {max} के बीच दिनों की संख्या दर्ज करें।',
  'alerts.emailEmpty': 'ईमेल पता दर्ज करें, या इस प्राप्तकर्ता को हटाएँ।',
  'alerts.emailInvalid': 'name@example.com जैसा ईमेल पता दर्ज करें।',
  'alerts.emailDuplicate': 'यह पता पहले से सूची में है।',
  'alerts.recipientsNeeded': 'अलर्ट भेजने के लिए किसी को जोड़ें, या दोनों अलर्ट बंद करें।',
  'alerts.fixFirst': 'कुछ फ़ील्ड ठीक करने होंगे: कुछ भी सहेजा नहीं गया।',
  'alerts.otherField': '{field}: {message}',
  'alerts.save': 'सहेजें',
  'alerts.saving': 'सहेजा जा रहा है…',
  'alerts.saved': 'अलर्ट की सेटिंग सहेज ली गईं।',
} satisfies AreaTranslation<typeof alerts>;
