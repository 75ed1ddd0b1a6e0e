import { defineOnce } from '../../internal/define.js';
import { CreditsAutoTopUp } from './credits-auto-top-up.component.js';

export { CreditsAutoTopUp };

if (defineOnce('credits-auto-top-up', CreditsAutoTopUp))
  customElements.define('credits-auto-top-up', CreditsAutoTopUp);

declare global {
  interface HTMLElementTagNameMap {
    'credits-auto-top-up': CreditsAutoTopUp;
  }
}
