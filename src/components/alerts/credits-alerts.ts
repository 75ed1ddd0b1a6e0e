import { defineOnce } from '../../internal/define.js';
import { CreditsAlerts } from './credits-alerts.component.js';

export { CreditsAlerts };

if (defineOnce('credits-alerts', CreditsAlerts))
  customElements.define('credits-alerts', CreditsAlerts);

declare global {
  interface HTMLElementTagNameMap {
    'credits-alerts': CreditsAlerts;
  }
}
