/**
 * The package where there is no DOM: edge and worker runtimes (package.json's `edge-light`,
 * `workerd` and `worker` conditions, for `credits-widgets`, `/classes` and every element
 * module). There Lit resolves to its browser build, whose `class extends HTMLElement` throws at
 * import, so this module imports no element: it exports the client, its errors, the events and
 * the messages (the same list as everywhere, src/public.ts), defines nothing, and gives each
 * element class name a placeholder, so that code written for the browser (a React 18 wrapper,
 * `import { CreditsBalance } from 'credits-widgets'` in a shared module) still loads here.
 * The elements render in the browser; TypeScript sees the real classes (the `types` condition
 * comes first).
 */
export * from './public.js';

/**
 * What an element class is where there is no DOM: a class of the element's name that cannot be
 * constructed (there is no HTMLElement to extend) and adds no property, so a React 18 wrapper
 * made with it renders the element's tag with its props as attributes.
 */
abstract class NoDomPlaceholder {
  constructor() {
    throw new TypeError(
      `credits-widgets: ${new.target.name} is a custom element, and this runtime has no DOM; it renders in the browser.`,
    );
  }
}

export class CreditsProvider extends NoDomPlaceholder {}
export class CreditsBalance extends NoDomPlaceholder {}
export class CreditsMonthlySummary extends NoDomPlaceholder {}
export class CreditsUsageTable extends NoDomPlaceholder {}
export class CreditsPurchaseHistory extends NoDomPlaceholder {}
export class CreditsSubscription extends NoDomPlaceholder {}
export class CreditsPayments extends NoDomPlaceholder {}
export class CreditsBillingDetails extends NoDomPlaceholder {}
export class CreditsBilling extends NoDomPlaceholder {}
export class CreditsDashboard extends NoDomPlaceholder {}
export class CreditsTopUp extends NoDomPlaceholder {}
export class CreditsAutoTopUp extends NoDomPlaceholder {}
export class CreditsAlerts extends NoDomPlaceholder {}
export class CreditsUsageBreakdown extends NoDomPlaceholder {}
