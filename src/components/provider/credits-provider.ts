import { defineOnce } from '../../internal/define.js';
import { CreditsProvider } from './credits-provider.component.js';

export { CreditsProvider };

if (defineOnce('credits-provider', CreditsProvider))
  customElements.define('credits-provider', CreditsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'credits-provider': CreditsProvider;
  }
}
