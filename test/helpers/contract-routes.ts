import * as fx from '../fixtures.js';
import type { Route } from './fake-server.js';

/**
 * Every GET of the contract (1.1) answered with its fixture: a backend whose every widget has
 * its data. Spread it and override a route to vary one answer.
 */
export function contractRoutes(): Record<string, Route> {
  return {
    'GET /balance': { body: fx.balance },
    'GET /usage/monthly': { body: fx.monthly },
    'GET /transactions': (r) => ({
      body: r.url.searchParams.get('kind') === 'purchase' ? fx.purchasePage : fx.usagePage,
    }),
    'GET /subscription': { body: fx.subscription },
    'GET /payments': { body: fx.paymentPage },
    'GET /billing-details': { body: fx.billingDetails },
    'GET /auto-top-up': { body: fx.autoTopUp },
    'GET /alerts': { body: fx.alerts },
    'GET /usage/breakdown': { body: fx.breakdownByEvent },
  };
}
