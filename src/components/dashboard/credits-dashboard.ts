import { defineOnce } from '../../internal/define.js';
import '../balance/credits-balance.js';
import '../billing/credits-billing.js';
import '../monthly-summary/credits-monthly-summary.js';
import '../purchase-history/credits-purchase-history.js';
import '../subscription/credits-subscription.js';
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
