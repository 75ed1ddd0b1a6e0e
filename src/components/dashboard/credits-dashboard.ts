import { defineOnce } from '../../internal/define.js';
// What the Credits tab draws; Billing & Transactions and Purchase History come when first opened.
import '../alerts/credits-alerts.js';
import '../auto-top-up/credits-auto-top-up.js';
import '../balance/credits-balance.js';
import '../monthly-summary/credits-monthly-summary.js';
import '../subscription/credits-subscription.js';
import '../usage-breakdown/credits-usage-breakdown.js';
import '../usage-table/credits-usage-table.js';
import { CreditsDashboard } from './credits-dashboard.component.js';

export { CreditsDashboard };

if (defineOnce('credits-dashboard', CreditsDashboard))
  customElements.define('credits-dashboard', CreditsDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'credits-dashboard': CreditsDashboard;
  }
}
