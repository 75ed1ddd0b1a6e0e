import { defineOnce } from '../../internal/define.js';
import { CreditsPurchaseHistory } from './credits-purchase-history.component.js';

export { CreditsPurchaseHistory };

if (defineOnce('credits-purchase-history', CreditsPurchaseHistory))
  customElements.define('credits-purchase-history', CreditsPurchaseHistory);

declare global {
  interface HTMLElementTagNameMap {
    'credits-purchase-history': CreditsPurchaseHistory;
  }
}
