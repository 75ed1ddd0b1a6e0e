import { defineOnce } from '../../internal/define.js';
import '../billing-details/credits-billing-details.js';
import '../payments/credits-payments.js';
import { CreditsBilling } from './credits-billing.component.js';

export { CreditsBilling };

if (defineOnce('credits-billing', CreditsBilling))
  customElements.define('credits-billing', CreditsBilling);

declare global {
  interface HTMLElementTagNameMap {
    'credits-billing': CreditsBilling;
  }
}
