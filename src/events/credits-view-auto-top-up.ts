export interface CreditsViewAutoTopUpDetail {
  /** Where the page goes unless the event is cancelled (`auto-top-up-href`), if anywhere. */
  href: string | null;
}

/**
 * An admin asked, from the balance's runway warning, to set up automatic top-ups and alerts.
 * Cancel it to show your own settings instead of following `auto-top-up-href`; inside
 * `<credits-dashboard>`, uncancelled, it brings the dashboard's own into view.
 */
export class CreditsViewAutoTopUpEvent extends Event {
  static readonly eventName = 'credits-view-auto-top-up' as const;
  readonly detail: CreditsViewAutoTopUpDetail;
  constructor(detail: CreditsViewAutoTopUpDetail) {
    super(CreditsViewAutoTopUpEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-view-auto-top-up': CreditsViewAutoTopUpEvent;
  }
}
