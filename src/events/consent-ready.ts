import { ConsentEvent } from '../core/consent-event.js';
import type { ConsentRecord } from '../core/consent-record.js';

export interface ConsentReadyDetail {
  /** The stored valid decision, or `null` when the visitor has not decided (or it lapsed). */
  readonly consent: ConsentRecord | null;
}

/** Once per connection of `<cookie-consent>`, as soon as storage was read. */
export class ConsentReadyEvent extends ConsentEvent<ConsentReadyDetail> {
  constructor(detail: ConsentReadyDetail) {
    super('consent-ready', { ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-ready': ConsentReadyEvent;
  }
}
