export interface CreditsCheckoutDetail {
  /** The payment page the purchase continues on. */
  checkoutUrl: string;
  orderId: string | null;
}

/**
 * A purchase has started and the page is about to go to its checkout. Cancel it to open the
 * checkout your own way (a new tab, an in-app browser).
 */
export class CreditsCheckoutEvent extends Event {
  static readonly eventName = 'credits-checkout' as const;
  readonly detail: CreditsCheckoutDetail;
  constructor(detail: CreditsCheckoutDetail) {
    super(CreditsCheckoutEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-checkout': CreditsCheckoutEvent;
  }
}
