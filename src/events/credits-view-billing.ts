export interface CreditsViewBillingDetail {
  /** Where the page goes unless the event is cancelled (`billing-href`), if anywhere. */
  href: string | null;
}

/**
 * The user asked for Billing & Transactions. Cancel it to switch to your own billing view
 * instead of following `billing-href`.
 */
export class CreditsViewBillingEvent extends Event {
  static readonly eventName = 'credits-view-billing' as const;
  readonly detail: CreditsViewBillingDetail;
  constructor(detail: CreditsViewBillingDetail) {
    super(CreditsViewBillingEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-view-billing': CreditsViewBillingEvent;
  }
}
