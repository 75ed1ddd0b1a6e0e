import { defineOnce } from '../../internal/define.js';
import { CreditsSubscription } from './credits-subscription.component.js';

export { CreditsSubscription };

if (defineOnce('credits-subscription', CreditsSubscription))
  customElements.define('credits-subscription', CreditsSubscription);

declare global {
  interface HTMLElementTagNameMap {
    'credits-subscription': CreditsSubscription;
  }
}
