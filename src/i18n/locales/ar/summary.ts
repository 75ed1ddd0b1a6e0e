/** Arabic: summary (the English is ../../en/summary.ts). */
import type { summary } from '../../en/summary.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'summary.title': 'ملخص الاستخدام الشهري',
  'summary.loading': 'جارٍ تحميل الاستخدام الشهري…',
  'summary.trendPlaceholder': 'جارٍ قراءة اتجاه هذه الأشهر',
  'summary.current': 'الحالي',
  'summary.usage': 'الاستخدام',
  'summary.cardCredits': {
    zero: '{figure} وحدة رصيد',
    one: '{figure} وحدة رصيد',
    two: '{figure} وحدتا رصيد',
    few: '{figure} وحدات رصيد',
    many: '{figure} وحدة رصيد',
    other: '{figure} وحدة رصيد',
  },
  'summary.transactions': 'معاملات الاستخدام',
  'summary.inProgress': '{month} لم ينتهِ بعد: يزداد مجموعه حتى نهاية الشهر.',
  'summary.chartLabel': 'مخطط أعمدة لوحدات الرصيد المستخدمة في كل شهر. {months}.',
  'summary.chartMonth': {
    zero: '{month}: {count} وحدة رصيد',
    one: '{month}: وحدة رصيد واحدة',
    two: '{month}: وحدتا رصيد',
    few: '{month}: {count} وحدات رصيد',
    many: '{month}: {count} وحدة رصيد',
    other: '{month}: {count} وحدة رصيد',
  },
  'summary.chartMonthInProgress': {
    zero: '{month} (جارٍ): {count} وحدة رصيد',
    one: '{month} (جارٍ): وحدة رصيد واحدة',
    two: '{month} (جارٍ): وحدتا رصيد',
    few: '{month} (جارٍ): {count} وحدات رصيد',
    many: '{month} (جارٍ): {count} وحدة رصيد',
    other: '{month} (جارٍ): {count} وحدة رصيد',
  },
  'summary.chartSeparator': '؛ ',
  'summary.chartDataset': 'وحدات الرصيد المستخدمة',
  'summary.chartTooltip': {
    zero: '{count} وحدة رصيد',
    one: 'وحدة رصيد واحدة',
    two: 'وحدتا رصيد',
    few: '{count} وحدات رصيد',
    many: '{count} وحدة رصيد',
    other: '{count} وحدة رصيد',
  },
  'summary.emptyTitle': {
    zero: 'لم تُستخدم أي وحدات رصيد في آخر {count} شهر.',
    one: 'لم تُستخدم أي وحدات رصيد في الشهر الأخير.',
    two: 'لم تُستخدم أي وحدات رصيد في الشهرين الأخيرين.',
    few: 'لم تُستخدم أي وحدات رصيد في آخر {count} أشهر.',
    many: 'لم تُستخدم أي وحدات رصيد في آخر {count} شهرًا.',
    other: 'لم تُستخدم أي وحدات رصيد في آخر {count} شهر.',
  },
  'summary.topUpBeforeEvent':
    'اشحن رصيدك قبل فعاليتك القادمة فقط؛ فوحدات الرصيد لا تنتهي صلاحيتها.',
  'summary.tooEarlyTitle': 'لا توجد بعدُ أشهر مكتملة كافية لقراءة الاتجاه.',
  'summary.tooEarlyAdvice':
    'يظل مجموع الشهر الجاري يتزايد حتى نهاية الشهر؛ قارنه بالفترة نفسها من الأشهر السابقة.',
  'summary.offSeasonTitle': {
    zero: 'أشهر فارغة ({months}): خارج الموسم.',
    one: 'شهر فارغ ({months}): خارج الموسم.',
    two: 'شهران فارغان ({months}): خارج الموسم.',
    few: 'أشهر فارغة ({months}): خارج الموسم.',
    many: 'أشهر فارغة ({months}): خارج الموسم.',
    other: 'أشهر فارغة ({months}): خارج الموسم.',
  },
  'summary.spikeTitle': {
    zero: 'شهر ذروة واحد: {month}، إذ استُخدمت فيه {count} وحدة رصيد، وهو أعلى بكثير من بقية الأشهر.',
    one: 'شهر ذروة واحد: {month}، إذ استُخدمت فيه وحدة رصيد واحدة، وهو أعلى بكثير من بقية الأشهر.',
    two: 'شهر ذروة واحد: {month}، إذ استُخدمت فيه وحدتا رصيد، وهو أعلى بكثير من بقية الأشهر.',
    few: 'شهر ذروة واحد: {month}، إذ استُخدمت فيه {count} وحدات رصيد، وهو أعلى بكثير من بقية الأشهر.',
    many: 'شهر ذروة واحد: {month}، إذ استُخدمت فيه {count} وحدة رصيد، وهو أعلى بكثير من بقية الأشهر.',
    other:
      'شهر ذروة واحد: {month}، إذ استُخدمت فيه {count} وحدة رصيد، وهو أعلى بكثير من بقية الأشهر.',
  },
  'summary.spikeAdvice':
    'يعود ذلك عادةً إلى فعالية واحدة كبيرة على غير المعتاد: افتح «استخدام وحدات الرصيد» لتحديدها. لا حاجة إلى أي تغيير جذري.',
  'summary.spikeLink': 'فتح استخدام وحدات الرصيد',
  'summary.growingTitle': {
    zero: 'الاستخدام في تزايد مطّرد، من {count} وحدة رصيد في {firstMonth} إلى {to} في {lastMonth}.',
    one: 'الاستخدام في تزايد مطّرد، من وحدة رصيد واحدة في {firstMonth} إلى {to} في {lastMonth}.',
    two: 'الاستخدام في تزايد مطّرد، من وحدتَي رصيد في {firstMonth} إلى {to} في {lastMonth}.',
    few: 'الاستخدام في تزايد مطّرد، من {count} وحدات رصيد في {firstMonth} إلى {to} في {lastMonth}.',
    many: 'الاستخدام في تزايد مطّرد، من {count} وحدة رصيد في {firstMonth} إلى {to} في {lastMonth}.',
    other: 'الاستخدام في تزايد مطّرد، من {count} وحدة رصيد في {firstMonth} إلى {to} في {lastMonth}.',
  },
  'summary.growingAdvice':
    'فعاليات أكثر أو أكبر: تحقّق مما إذا كانت الخطة الاحترافية أصبحت الآن أوفر من التسعير لكل وحدة رصيد.',
  'summary.growingLink': 'متى تُرقّي خطتك',
  'summary.flatTitle': {
    zero: 'استخدام ثابت: نحو {count} وحدة رصيد و{runs} من عمليات المعالجة شهريًا.',
    one: 'استخدام ثابت: نحو وحدة رصيد واحدة و{runs} من عمليات المعالجة شهريًا.',
    two: 'استخدام ثابت: نحو وحدتَي رصيد و{runs} من عمليات المعالجة شهريًا.',
    few: 'استخدام ثابت: نحو {count} وحدات رصيد و{runs} من عمليات المعالجة شهريًا.',
    many: 'استخدام ثابت: نحو {count} وحدة رصيد و{runs} من عمليات المعالجة شهريًا.',
    other: 'استخدام ثابت: نحو {count} وحدة رصيد و{runs} من عمليات المعالجة شهريًا.',
  },
  'summary.flatAdvice': 'وتيرة فعاليات ثابتة وبحجم مناسب: استمر في خطة الدفع حسب الاستخدام.',
  'summary.variedTitle': 'يتفاوت الاستخدام من شهر إلى آخر دون نمط واضح.',
  'summary.variedAdvice': 'قارن الأشهر أعلاه بالفعاليات التي أقمتها في كل منها.',
} satisfies AreaTranslation<typeof summary>;
