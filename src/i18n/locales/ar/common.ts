/** Arabic: common (the English is ../../en/common.ts). */
import type { common } from '../../en/common.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'common.retry': 'إعادة المحاولة',
  'common.loading': 'جارٍ التحميل…',
  'common.close': 'إغلاق',
  'common.cancel': 'إلغاء',
  'common.copy': 'نسخ',
  'common.copied': 'تم النسخ',
  'common.none': '—',
  'common.noEndpoint':
    'قيمة {endpoint} في هذه الأداة ليست عنوان http(s) صالحًا للاستخدام: «{value}».',
  'common.noSource':
    'لا يوجد مصدر بيانات لهذه الأداة: عيّن السمة {endpoint} الخاصة بها أو ضعها داخل {provider}.',
  'error.cancelled': 'تم إلغاء الطلب.',
  'error.unauthenticated': 'انتهت صلاحية جلستك. يُرجى تسجيل الدخول مرة أخرى لعرض أرصدتك.',
  'error.forbidden': 'ليس لديك إذن بعرض هذا المحتوى.',
  'error.timeout': 'استغرقت خدمة الأرصدة وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى بعد قليل.',
  'error.validation': 'بعض الحقول تحتاج إلى مراجعة.',
  'error.internal':
    'واجهت هذه الأداة مشكلة داخلية أثناء عرض أرصدتك. يُرجى المحاولة مرة أخرى؛ وإذا تكررت المشكلة، فأبلغ فريق دعم الموقع.',
  'error.http': 'تعذّر على خدمة الأرصدة الرد (HTTP {status}).',
  'error.contract': 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها.',
  'error.contractIssue': 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue}.',
  'error.contractIssues': {
    zero: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue}.',
    one: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue} (ومشكلة أخرى).',
    two: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue} (ومشكلتان أخريان).',
    few: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue} (و{count} مشكلات أخرى).',
    many: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue} (و{count} مشكلة أخرى).',
    other: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها: {issue} (و{count} مشكلة أخرى).',
  },
  'error.offline': 'يبدو أنك غير متصل بالإنترنت. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.',
  'error.cors':
    'لم تستجب خدمة الأرصدة لهذه الصفحة. ربما لا تقبل الطلبات الواردة من هذا الموقع (CORS): يمكن لمطوّريها معرفة كيفية السماح بها في ملف README الخاص بـ credits-widgets، ضمن قسم «Cross-origin APIs».',
  'error.network': 'تعذّر الوصول إلى خدمة الأرصدة. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.',
} satisfies AreaTranslation<typeof common>;
