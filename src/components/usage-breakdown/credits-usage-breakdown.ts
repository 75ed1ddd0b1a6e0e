import { defineOnce } from '../../internal/define.js';
import { CreditsUsageBreakdown } from './credits-usage-breakdown.component.js';

export { CreditsUsageBreakdown };

if (defineOnce('credits-usage-breakdown', CreditsUsageBreakdown))
  customElements.define('credits-usage-breakdown', CreditsUsageBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'credits-usage-breakdown': CreditsUsageBreakdown;
  }
}
