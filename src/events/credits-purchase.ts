export interface CreditsPurchaseDetail {
  /** The balance shown when the button was activated. */
  available: number | null;
  /** Where the page goes unless the event is cancelled (`purchase-href`), if anywhere. */
  href: string | null;
}

/**
 * The user asked to buy credits. Cancel it (`preventDefault()`) to open your own top-up flow
 * instead of following `purchase-href`.
 */
export class CreditsPurchaseEvent extends Event {
  static readonly eventName = 'credits-purchase' as const;
  readonly detail: CreditsPurchaseDetail;
  constructor(detail: CreditsPurchaseDetail) {
    super(CreditsPurchaseEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-purchase': CreditsPurchaseEvent;
  }
}
