import { defineOnce } from '../../internal/define.js';
import { CreditsBalance } from './credits-balance.component.js';

export { CreditsBalance };

if (defineOnce('credits-balance', CreditsBalance))
  customElements.define('credits-balance', CreditsBalance);

declare global {
  interface HTMLElementTagNameMap {
    'credits-balance': CreditsBalance;
  }
}
