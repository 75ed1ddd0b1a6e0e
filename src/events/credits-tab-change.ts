export type DashboardTab = 'credits' | 'subscription' | 'billing';

export interface CreditsTabChangeDetail {
  /** The tab now open. */
  tab: DashboardTab;
}

/** The dashboard opened another tab (by the user or by its `tab` attribute). Not cancelable. */
export class CreditsTabChangeEvent extends Event {
  static readonly eventName = 'credits-tab-change' as const;
  readonly detail: CreditsTabChangeDetail;
  constructor(detail: CreditsTabChangeDetail) {
    super(CreditsTabChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-tab-change': CreditsTabChangeEvent;
  }
}
