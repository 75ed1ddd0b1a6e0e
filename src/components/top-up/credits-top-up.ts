import { defineOnce } from '../../internal/define.js';
import { CreditsTopUp } from './credits-top-up.component.js';

export { CreditsTopUp };

if (defineOnce('credits-top-up', CreditsTopUp))
  customElements.define('credits-top-up', CreditsTopUp);

declare global {
  interface HTMLElementTagNameMap {
    'credits-top-up': CreditsTopUp;
  }
}
