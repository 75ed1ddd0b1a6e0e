/** Hindi: balance (the English is ../../en/balance.ts). */
import type { balance } from '../../en/balance.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'balance.title': 'उपलब्ध क्रेडिट',
  'balance.loading': 'उपलब्ध क्रेडिट लोड हो रहे हैं…',
  'balance.unit': {
    one: 'क्रेडिट',
    other: 'क्रेडिट',
  },
  'balance.updated': '{time} को अपडेट किया गया',
  'balance.purchase': 'क्रेडिट खरीदें',
  'balance.viewBilling': 'बिलिंग देखें',
  'balance.runway': {
    one: 'आपके हाल के उपयोग की दर से (लगभग {count} क्रेडिट प्रति माह), यह बैलेंस {until} तक चलेगा।',
    other: 'आपके हाल के उपयोग की दर से (लगभग {count} क्रेडिट प्रति माह), यह बैलेंस {until} तक चलेगा।',
  },
  'balance.runwayBeyond': {
    one: 'आपके हाल के उपयोग की दर से (लगभग {count} क्रेडिट प्रति माह), यह बैलेंस दस साल से ज़्यादा चलेगा।',
    other: 'आपके हाल के उपयोग की दर से (लगभग {count} क्रेडिट प्रति माह), यह बैलेंस दस साल से ज़्यादा चलेगा।',
  },
  'balance.early': '{month} की शुरुआत',
  'balance.mid': '{month} के मध्य',
  'balance.late': '{month} के अंत',
  'balance.runwayPlaceholder': 'आपके हाल के उपयोग की दर से, यह बैलेंस फ़रवरी की शुरुआत तक चलेगा।',
  'balance.topUp': {
    one: '{count} क्रेडिट टॉप-अप करें',
    other: '{count} क्रेडिट टॉप-अप करें',
  },
  'balance.askAdminTopUp': 'किसी एडमिन से टॉप-अप करने के लिए कहें।',
  'balance.setUpAutoTopUp': 'स्वचालित टॉप-अप और अलर्ट सेट करें',
  'balance.paused': 'क्रेडिट जोड़े जाने तक फ़ोटो प्रोसेसिंग रोक दी गई है।',
  'balance.pausedAdmin': 'फिर से शुरू करने के लिए क्रेडिट खरीदें।',
  'balance.pausedUser': 'अपने संगठन के किसी एडमिन से क्रेडिट जोड़ने के लिए कहें।',
  'balance.low': {
    one: 'कम बैलेंस: {count} से कम क्रेडिट बचा है।',
    other: 'कम बैलेंस: {count} से कम क्रेडिट बचे हैं।',
  },
  'balance.cost': 'प्रति क्रेडिट लागत',
  'balance.costHidden': 'छिपी हुई',
  'balance.showCost': 'प्रति क्रेडिट लागत दिखाएँ',
  'balance.hideCost': 'प्रति क्रेडिट लागत छिपाएँ',
  'balance.show': 'दिखाएँ',
  'balance.hide': 'छिपाएँ',
} satisfies AreaTranslation<typeof balance>;
