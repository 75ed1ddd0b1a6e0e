export interface CreditsEventOpenDetail {
  eventId: number;
  eventName: string;
  /** Where the page goes unless the event is cancelled (`event-href` with `{id}` filled in). */
  href: string | null;
  /**
   * From `<credits-usage-breakdown>`: the period it shows (`YYYY-MM-DD`, first and last day),
   * so a view of that event can show the same period. Absent from the tables.
   */
  from?: string;
  to?: string;
}

/** The user opened an event from a table row or the usage breakdown. Cancel it to route within your app instead. */
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
