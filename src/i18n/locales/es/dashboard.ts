/** Spanish: dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'Secciones de créditos',
  'dashboard.tabCredits': 'Créditos',
  'dashboard.tabSubscription': 'Suscripción',
  'dashboard.tabBilling': 'Facturación y transacciones',
  'dashboard.history': 'Historial de créditos',
  'dashboard.tabUsage': 'Uso de créditos',
  'dashboard.tabPurchases': 'Historial de compras',
  'dashboard.neverRunOut': 'Recargas automáticas y alertas',
  'dashboard.usageFiltered': 'Solo {event}, {period}.',
  'dashboard.showAllUsage': 'Mostrar todo el uso',
  'dashboard.signIn': 'Iniciar sesión',
} satisfies AreaTranslation<typeof dashboard>;
