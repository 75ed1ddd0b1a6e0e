import { defineOnce } from '../../internal/define.js';
import { CreditsBillingDetails } from './credits-billing-details.component.js';

export { CreditsBillingDetails };

if (defineOnce('credits-billing-details', CreditsBillingDetails))
  customElements.define('credits-billing-details', CreditsBillingDetails);

declare global {
  interface HTMLElementTagNameMap {
    'credits-billing-details': CreditsBillingDetails;
  }
}
