export interface CreditsEventOpenDetail {
  eventId: number;
  eventName: string;
  /** Where the page goes unless the event is cancelled (`event-href` with `{id}` filled in). */
  href: string | null;
}

/** The user opened an event from a table row. Cancel it to route within your app instead. */
export class CreditsEventOpenEvent extends Event {
  static readonly eventName = 'credits-event-open' as const;
  readonly detail: CreditsEventOpenDetail;
  constructor(detail: CreditsEventOpenDetail) {
    super(CreditsEventOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-event-open': CreditsEventOpenEvent;
  }
}
