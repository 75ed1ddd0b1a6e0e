/** Portuguese (Brazil): dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'Seções de créditos',
  'dashboard.tabCredits': 'Créditos',
  'dashboard.tabSubscription': 'Assinatura',
  'dashboard.tabBilling': 'Faturamento e transações',
  'dashboard.history': 'Histórico de créditos',
  'dashboard.tabUsage': 'Uso de créditos',
  'dashboard.tabPurchases': 'Histórico de compras',
  'dashboard.neverRunOut': 'Recargas automáticas e alertas',
  'dashboard.usageFiltered': 'Somente {event}, {period}.',
  'dashboard.showAllUsage': 'Mostrar todo o uso',
  'dashboard.signIn': 'Entrar',
} satisfies AreaTranslation<typeof dashboard>;
