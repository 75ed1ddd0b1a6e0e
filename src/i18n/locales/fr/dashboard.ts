/** French: dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'Sections des crédits',
  'dashboard.tabCredits': 'Crédits',
  'dashboard.tabSubscription': 'Abonnement',
  'dashboard.tabBilling': 'Facturation et transactions',
  'dashboard.history': 'Historique des crédits',
  'dashboard.tabUsage': 'Consommation de crédits',
  'dashboard.tabPurchases': 'Historique des achats',
  'dashboard.neverRunOut': 'Recharges automatiques et alertes',
  'dashboard.usageFiltered': 'Uniquement {event}, {period}.',
  'dashboard.showAllUsage': 'Afficher toute la consommation',
  'dashboard.signIn': 'Se connecter',
} satisfies AreaTranslation<typeof dashboard>;
