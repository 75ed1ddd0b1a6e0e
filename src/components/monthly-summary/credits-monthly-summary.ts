import { defineOnce } from '../../internal/define.js';
import { CreditsMonthlySummary } from './credits-monthly-summary.component.js';

export { CreditsMonthlySummary };

if (defineOnce('credits-monthly-summary', CreditsMonthlySummary))
  customElements.define('credits-monthly-summary', CreditsMonthlySummary);

declare global {
  interface HTMLElementTagNameMap {
    'credits-monthly-summary': CreditsMonthlySummary;
  }
}
