/** Hindi: common (the English is ../../en/common.ts). */
import type { common } from '../../en/common.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'common.retry': 'फिर से कोशिश करें',
  'common.loading': 'लोड हो रहा है…',
  'common.close': 'बंद करें',
  'common.cancel': 'रद्द करें',
  'common.copy': 'कॉपी करें',
  'common.copied': 'कॉपी किया गया',
  'common.none': '—',
  'common.noEndpoint': 'इस विजेट का {endpoint} उपयोग योग्य http(s) URL नहीं है: “{value}”।',
  'common.noSource':
    'इस विजेट का कोई डेटा स्रोत नहीं है: इसका {endpoint} एट्रिब्यूट सेट करें या इसे किसी {provider} के अंदर रखें।',
  'error.cancelled': 'अनुरोध रद्द कर दिया गया।',
  'error.unauthenticated': 'आपका सत्र समाप्त हो गया है। अपने क्रेडिट देखने के लिए फिर से साइन इन करें।',
  'error.forbidden': 'आपको इसे देखने की अनुमति नहीं है।',
  'error.timeout': 'क्रेडिट सेवा ने जवाब देने में बहुत अधिक समय लिया। कुछ देर बाद फिर से कोशिश करें।',
  'error.validation': 'कुछ फ़ील्ड पर ध्यान देने की आवश्यकता है।',
  'error.internal':
    'आपके क्रेडिट दिखाते समय इस विजेट में ही कोई समस्या आ गई। फिर से कोशिश करें; अगर ऐसा बार-बार हो, तो साइट की सहायता टीम को बताएँ।',
  'error.http': 'क्रेडिट सेवा जवाब नहीं दे सकी (HTTP {status})।',
  'error.contract': 'सर्वर ने ऐसा डेटा भेजा जिसे यह विजेट पढ़ नहीं सकता।',
  'error.contractIssue': 'सर्वर ने ऐसा डेटा भेजा जिसे यह विजेट पढ़ नहीं सकता: {issue}।',
  'error.contractIssues': {
    one: 'सर्वर ने ऐसा डेटा भेजा जिसे यह विजेट पढ़ नहीं सकता: {issue} (और {count} अन्य समस्या)।',
    other: 'सर्वर ने ऐसा डेटा भेजा जिसे यह विजेट पढ़ नहीं सकता: {issue} (और {count} अन्य समस्याएँ)।',
  },
  'error.offline': 'लगता है आप ऑफ़लाइन हैं। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  'error.cors':
    'क्रेडिट सेवा ने इस पेज को जवाब नहीं दिया। हो सकता है कि वह इस साइट से आने वाले अनुरोध स्वीकार न करती हो (CORS): इसके डेवलपर credits-widgets README में “Cross-origin APIs” खंड में देख सकते हैं कि इन्हें अनुमति कैसे दें।',
  'error.network': 'क्रेडिट सेवा तक नहीं पहुँचा जा सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
} satisfies AreaTranslation<typeof common>;
