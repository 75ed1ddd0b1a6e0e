/** English source: `<credits-balance>`. */
import { defineSource } from '../messages.js';

export const balance = defineSource({
  'balance.title': 'Available Credits',
  'balance.loading': 'Loading available credits…',
  'balance.unit': {
    one: 'credit',
    other: 'credits',
  },
  'balance.updated': 'Updated {time}',
  'balance.purchase': 'Purchase Credits',
  'balance.viewBilling': 'View Billing',
  'balance.runway': {
    one: 'At your recent pace (about {count} credit a month), this lasts until {until}.',
    other: 'At your recent pace (about {count} credits a month), this lasts until {until}.',
  },
  'balance.runwayBeyond': {
    one: 'At your recent pace (about {count} credit a month), this lasts more than ten years.',
    other: 'At your recent pace (about {count} credits a month), this lasts more than ten years.',
  },
  'balance.early': 'early {month}',
  'balance.mid': 'mid-{month}',
  'balance.late': 'late {month}',
  'balance.runwayPlaceholder': 'At your recent pace, this lasts until early February.',
  'balance.topUp': {
    one: 'Top up {count} credit',
    other: 'Top up {count} credits',
  },
  'balance.askAdminTopUp': 'Ask an admin to top up.',
  'balance.setUpAutoTopUp': 'Set up automatic top-ups and alerts',
  'balance.paused': 'Photo processing is paused until credits are added.',
  'balance.pausedAdmin': 'Purchase credits to resume.',
  'balance.pausedUser': 'Ask an admin of your organisation to add credits.',
  'balance.low': {
    one: 'Low balance: fewer than {count} credit left.',
    other: 'Low balance: fewer than {count} credits left.',
  },
  'balance.cost': 'Cost per Credit',
  'balance.costHidden': 'Hidden',
  'balance.showCost': 'Show cost per credit',
  'balance.hideCost': 'Hide cost per credit',
  'balance.show': 'Show',
  'balance.hide': 'Hide',
});
