import { defineOnce } from '../../internal/define.js';
import { CreditsUsageTable } from './credits-usage-table.component.js';

export { CreditsUsageTable };

if (defineOnce('credits-usage-table', CreditsUsageTable))
  customElements.define('credits-usage-table', CreditsUsageTable);

declare global {
  interface HTMLElementTagNameMap {
    'credits-usage-table': CreditsUsageTable;
  }
}
