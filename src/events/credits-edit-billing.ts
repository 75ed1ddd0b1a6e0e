/**
 * An admin asked to add or change the billing details (an invoice waits for them). Inside
 * `<credits-billing>` the form opens; cancel the event to show your own instead.
 */
export class CreditsEditBillingEvent extends Event {
  static readonly eventName = 'credits-edit-billing' as const;
  constructor() {
    super(CreditsEditBillingEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-edit-billing': CreditsEditBillingEvent;
  }
}
