/** English source: `<credits-usage-breakdown>` (where the credits went in a period, grouped). */
import { defineSource } from '../messages.js';

export const breakdown = defineSource({
  'breakdown.title': 'Where the credits went',
  'breakdown.loading': 'Loading the usage breakdown…',
  'breakdown.groupBy': 'Group by',
  'breakdown.byEvent': 'Event',
  'breakdown.byUser': 'User',
  'breakdown.byType': 'Type',
  'breakdown.period': 'Period',
  'breakdown.thisMonth': 'This month',
  'breakdown.lastMonth': 'Last month',
  'breakdown.lastMonths': {
    one: 'Last {count} month',
    other: 'Last {count} months',
  },
  'breakdown.custom': 'Custom range',
  'breakdown.from': 'From',
  'breakdown.to': 'To',
  'breakdown.fromInvalid': 'Enter the first date (YYYY-MM-DD).',
  'breakdown.toInvalid': 'Enter the last date (YYYY-MM-DD).',
  'breakdown.order': 'The last date must be on or after the first.',
  'breakdown.tooLong': {
    one: 'Choose at most {count} month.',
    other: 'Choose at most {count} months.',
  },
  'breakdown.fixRange': 'Correct the dates to see the breakdown.',
  'breakdown.list': 'Credits used, largest first',
  'breakdown.credits': {
    one: '{count} credit',
    other: '{count} credits',
  },
  'breakdown.runs': {
    one: '{count} run',
    other: '{count} runs',
  },
  'breakdown.otherEvents': {
    one: 'Other ({count} event)',
    other: 'Other ({count} events)',
  },
  'breakdown.otherUsers': {
    one: 'Other ({count} user)',
    other: 'Other ({count} users)',
  },
  'breakdown.otherTypes': {
    one: 'Other ({count} type)',
    other: 'Other ({count} types)',
  },
  'breakdown.total': 'Total',
  'breakdown.empty': 'No credits were used in this period.',
  'breakdown.noEvent': 'No event',
  'breakdown.system': 'System',
});
