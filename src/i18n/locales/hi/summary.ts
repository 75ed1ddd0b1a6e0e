/** Hindi: summary (the English is ../../en/summary.ts). */
import type { summary } from '../../en/summary.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'summary.title': 'मासिक उपयोग सारांश',
  'summary.loading': 'मासिक उपयोग लोड हो रहा है…',
  'summary.trendPlaceholder': 'इन महीनों का रुझान पढ़ा जा रहा है',
  'summary.current': 'वर्तमान',
  'summary.usage': 'उपयोग',
  'summary.cardCredits': {
    one: '{figure} क्रेडिट',
    other: '{figure} क्रेडिट',
  },
  'summary.transactions': 'उपयोग लेन-देन',
  'summary.inProgress': '{month} अभी जारी है: महीना ख़त्म होने तक इसका कुल बढ़ता रहेगा।',
  'summary.chartLabel': 'प्रति माह उपयोग किए गए क्रेडिट का बार चार्ट। {months}।',
  'summary.chartMonth': {
    one: '{month}: {count} क्रेडिट',
    other: '{month}: {count} क्रेडिट',
  },
  'summary.chartMonthInProgress': {
    one: '{month} (जारी): {count} क्रेडिट',
    other: '{month} (जारी): {count} क्रेडिट',
  },
  'summary.chartSeparator': '; ',
  'summary.chartDataset': 'उपयोग किए गए क्रेडिट',
  'summary.chartTooltip': {
    one: '{count} क्रेडिट',
    other: '{count} क्रेडिट',
  },
  'summary.emptyTitle': {
    one: 'पिछले {count} महीने में कोई क्रेडिट उपयोग नहीं हुआ।',
    other: 'पिछले {count} महीनों में कोई क्रेडिट उपयोग नहीं हुआ।',
  },
  'summary.topUpBeforeEvent': 'केवल अपने अगले इवेंट से पहले टॉप-अप करें; क्रेडिट की वैधता कभी समाप्त नहीं होती।',
  'summary.tooEarlyTitle': 'रुझान पढ़ने के लिए अभी पर्याप्त पूरे महीने नहीं हैं।',
  'summary.tooEarlyAdvice':
    'इस महीने का कुल उपयोग महीना ख़त्म होने तक बढ़ता रहता है; इसकी तुलना पिछले महीनों के इसी समय से करें।',
  'summary.offSeasonTitle': {
    one: 'खाली महीना ({months}): ऑफ़-सीज़न।',
    other: 'खाली महीने ({months}): ऑफ़-सीज़न।',
  },
  'summary.spikeTitle': {
    one: 'एक महीने में उछाल: {month} में {count} क्रेडिट का उपयोग हुआ, जो बाकी महीनों से कहीं अधिक है।',
    other: 'एक महीने में उछाल: {month} में {count} क्रेडिट का उपयोग हुआ, जो बाकी महीनों से कहीं अधिक है।',
  },
  'summary.spikeAdvice':
    'आमतौर पर यह कोई एक असामान्य रूप से बड़ा इवेंट होता है: उसे पहचानने के लिए “क्रेडिट उपयोग” खोलें। ढाँचे में कुछ बदलने की ज़रूरत नहीं है।',
  'summary.spikeLink': 'क्रेडिट उपयोग खोलें',
  'summary.growingTitle': {
    one: 'उपयोग लगातार बढ़ रहा है: {firstMonth} में {count} क्रेडिट से {lastMonth} में {to} तक।',
    other: 'उपयोग लगातार बढ़ रहा है: {firstMonth} में {count} क्रेडिट से {lastMonth} में {to} तक।',
  },
  'summary.growingAdvice':
    'ज़्यादा या बड़े इवेंट: देखें कि क्या अब प्रो प्लान प्रति-क्रेडिट मूल्य से ज़्यादा किफ़ायती है।',
  'summary.growingLink': 'कब अपग्रेड करें',
  'summary.flatTitle': {
    one: 'स्थिर उपयोग: हर महीने लगभग {count} क्रेडिट और {runs} प्रोसेसिंग रन।',
    other: 'स्थिर उपयोग: हर महीने लगभग {count} क्रेडिट और {runs} प्रोसेसिंग रन।',
  },
  'summary.flatAdvice': 'इवेंट नियमित अंतराल पर हो रहे हैं और खरीद सही मात्रा में है: पे-ऐज़-यू-गो पर ही बने रहें।',
  'summary.variedTitle': 'उपयोग बिना किसी स्पष्ट पैटर्न के महीने-दर-महीने बदलता रहता है।',
  'summary.variedAdvice': 'ऊपर के महीनों की तुलना उन इवेंट से करें जो आपने हर महीने आयोजित किए।',
} satisfies AreaTranslation<typeof summary>;
