/** English source: `<credits-monthly-summary>`. */
import { defineSource } from '../messages.js';

export const summary = defineSource({
  'summary.title': 'Monthly Usage Summary',
  'summary.loading': 'Loading monthly usage…',
  'summary.trendPlaceholder': 'Reading the trend of these months',
  'summary.current': 'Current',
  'summary.usage': 'Usage',
  /** A card's credits: `{figure}` is the visible number, the words around it are read only. */
  'summary.cardCredits': {
    one: '{figure} credit',
    other: '{figure} credits',
  },
  'summary.transactions': 'Usage transactions',
  /** Under the chart, beside the hatched swatch: `{month}` is the month in progress. */
  'summary.inProgress': '{month} is not over yet: its total grows until the month ends.',
  /** The chart's accessible label: `{months}` is the `summary.chartMonth` entries. */
  'summary.chartLabel': 'Bar chart of credits used per month. {months}.',
  'summary.chartMonth': {
    one: '{month}: {count} credit',
    other: '{month}: {count} credits',
  },
  'summary.chartMonthInProgress': {
    one: '{month} (in progress): {count} credit',
    other: '{month} (in progress): {count} credits',
  },
  /** Between two `summary.chartMonth` entries of the chart's label. */
  'summary.chartSeparator': '; ',
  'summary.chartDataset': 'Credits used',
  'summary.chartTooltip': {
    one: '{count} credit',
    other: '{count} credits',
  },
  'summary.emptyTitle': {
    one: 'No credits used in the last {count} month.',
    other: 'No credits used in the last {count} months.',
  },
  'summary.topUpBeforeEvent': "Top up only before your next event; credits don't expire.",
  'summary.tooEarlyTitle': 'Not enough finished months to read a trend yet.',
  'summary.tooEarlyAdvice':
    "This month's total keeps adding up until the month ends; compare it with the same point in earlier months.",
  /** `{months}`: the empty months, as a list; `count`: how many. */
  'summary.offSeasonTitle': {
    one: 'Empty months ({months}): off-season.',
    other: 'Empty months ({months}): off-season.',
  },
  'summary.spikeTitle': {
    one: 'One spike month: {month} used {count} credit, far above the others.',
    other: 'One spike month: {month} used {count} credits, far above the others.',
  },
  'summary.spikeAdvice':
    'That is usually one unusually large event: open Credit Usage to identify it. Nothing structural to change.',
  'summary.spikeLink': 'Open Credit Usage',
  /** `count`: the credits of `{firstMonth}`; `{to}`: those of `{lastMonth}`. */
  'summary.growingTitle': {
    one: 'Usage is growing steadily, from {count} credit in {firstMonth} to {to} in {lastMonth}.',
    other:
      'Usage is growing steadily, from {count} credits in {firstMonth} to {to} in {lastMonth}.',
  },
  'summary.growingAdvice':
    'More or larger events: check whether Pro economics now beat per-credit pricing.',
  'summary.growingLink': 'When to upgrade',
  /** `count`: the average credits a month; `{runs}`: the average processing runs. */
  'summary.flatTitle': {
    one: 'Flat usage: about {count} credit and {runs} processing runs a month.',
    other: 'Flat usage: about {count} credits and {runs} processing runs a month.',
  },
  'summary.flatAdvice': 'A steady event cadence, sized correctly: stay on Pay As You Go.',
  'summary.variedTitle': 'Usage varies from month to month without a clear pattern.',
  'summary.variedAdvice': 'Compare the months above with the events you ran in each.',
});
