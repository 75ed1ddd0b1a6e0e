import { defineOnce } from '../../internal/define.js';
import { CreditsPayments } from './credits-payments.component.js';

export { CreditsPayments };

if (defineOnce('credits-payments', CreditsPayments))
  customElements.define('credits-payments', CreditsPayments);

declare global {
  interface HTMLElementTagNameMap {
    'credits-payments': CreditsPayments;
  }
}
