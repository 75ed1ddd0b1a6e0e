/** Hindi: the usage breakdown (the English is ../../en/breakdown.ts). */
import type { breakdown } from '../../en/breakdown.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'breakdown.title': 'क्रेडिट कहाँ खर्च हुए',
  'breakdown.loading': 'उपयोग का ब्योरा लोड हो रहा है…',
  'breakdown.groupBy': 'इसके अनुसार समूह बनाएँ',
  'breakdown.byEvent': 'इवेंट',
  'breakdown.byUser': 'उपयोगकर्ता',
  'breakdown.byType': 'प्रकार',
  'breakdown.period': 'अवधि',
  'breakdown.thisMonth': 'इस महीने',
  'breakdown.lastMonth': 'पिछले महीने',
  'breakdown.lastMonths': {
    one: 'पिछला {count} महीना',
    other: 'पिछले {count} महीने',
  },
  'breakdown.custom': 'अपनी अवधि',
  'breakdown.from': 'तारीख से',
  'breakdown.to': 'तारीख तक',
  'breakdown.fromInvalid': 'पहली तारीख डालें (YYYY-MM-DD)।',
  'breakdown.toInvalid': 'आखिरी तारीख डालें (YYYY-MM-DD)।',
  'breakdown.order': 'आखिरी तारीख पहली तारीख के दिन या उसके बाद की होनी चाहिए।',
  'breakdown.tooLong': {
    one: 'ज़्यादा से ज़्यादा {count} महीना चुनें।',
    other: 'ज़्यादा से ज़्यादा {count} महीने चुनें।',
  },
  'breakdown.fixRange': 'ब्योरा देखने के लिए तारीखें ठीक करें।',
  'breakdown.list': 'उपयोग हुए क्रेडिट, सबसे ज़्यादा पहले',
  'breakdown.credits': {
    one: '{count} क्रेडिट',
    other: '{count} क्रेडिट',
  },
  'breakdown.runs': {
    one: '{count} रन',
    other: '{count} रन',
  },
  'breakdown.otherEvents': {
    one: 'अन्य ({count} इवेंट)',
    other: 'अन्य ({count} इवेंट)',
  },
  'breakdown.otherUsers': {
    one: 'अन्य ({count} उपयोगकर्ता)',
    other: 'अन्य ({count} उपयोगकर्ता)',
  },
  'breakdown.otherTypes': {
    one: 'अन्य ({count} प्रकार)',
    other: 'अन्य ({count} प्रकार)',
  },
  'breakdown.total': 'कुल',
  'breakdown.empty': 'इस अवधि में कोई क्रेडिट उपयोग नहीं हुआ।',
  'breakdown.noEvent': 'कोई इवेंट नहीं',
  'breakdown.system': 'सिस्टम',
} satisfies AreaTranslation<typeof breakdown>;
