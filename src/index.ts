/**
 * credits-widgets: every element, event and the data layer. Importing this module registers
 * every element.
 */
export * from './api/index.js';
export * from './data/index.js';
export * from './events/index.js';
export { CreditsProvider } from './components/provider/credits-provider.js';
export { CreditsBalance } from './components/balance/credits-balance.js';
export { CreditsMonthlySummary } from './components/monthly-summary/credits-monthly-summary.js';
export {
  classifyTrend,
  monthCards,
  FLAT_SPREAD,
  SPIKE_RATIO,
  GROWTH_STEP,
  MIN_MONTHS_FOR_SHAPE,
} from './components/monthly-summary/months.js';
export type { MonthCard, Trend, TrendKind } from './components/monthly-summary/months.js';
export { CreditsUsageTable } from './components/usage-table/credits-usage-table.js';
export { CreditsPurchaseHistory } from './components/purchase-history/credits-purchase-history.js';
export { parseFilters, exportFilename } from './internal/transactions-table.js';
export type { Paging } from './internal/transactions-table.js';
export { toCsv, csvCell } from './internal/csv.js';
export type { CsvCell } from './internal/csv.js';
export { humanise, typeLabel } from './internal/labels.js';
