import type { CreditsError } from '../data/errors.js';

export interface CreditsErrorDetail {
  /** The typed error; `error.kind === 'unauthenticated'` is the cue to send the user to sign in. */
  error: CreditsError;
  /** The sentence the widget shows. */
  message: string;
}

/** A widget could not load its data and now shows an error state. Not cancelable. */
export class CreditsErrorEvent extends Event {
  static readonly eventName = 'credits-error' as const;
  readonly detail: CreditsErrorDetail;
  constructor(detail: CreditsErrorDetail) {
    super(CreditsErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-error': CreditsErrorEvent;
  }
}
