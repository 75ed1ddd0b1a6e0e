/** German: dashboard (the English is ../../en/dashboard.ts). */
import type { dashboard } from '../../en/dashboard.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'dashboard.sections': 'Credits-Bereiche',
  'dashboard.tabCredits': 'Credits',
  'dashboard.tabSubscription': 'Abonnement',
  'dashboard.tabBilling': 'Abrechnung & Transaktionen',
  'dashboard.history': 'Credit-Verlauf',
  'dashboard.tabUsage': 'Credit-Verbrauch',
  'dashboard.tabPurchases': 'Kaufverlauf',
  'dashboard.neverRunOut': 'Automatische Aufladung und Benachrichtigungen',
  'dashboard.usageFiltered': 'Nur {event}, {period}.',
  'dashboard.showAllUsage': 'Gesamten Verbrauch anzeigen',
  'dashboard.signIn': 'Anmelden',
} satisfies AreaTranslation<typeof dashboard>;
