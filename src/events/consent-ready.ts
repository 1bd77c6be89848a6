import type { ConsentRecord } from '../core/consent-record.js';

export interface ConsentReadyDetail {
  /** The stored valid decision, or `null` when the visitor has not decided (or it lapsed). */
  readonly consent: ConsentRecord | null;
}

/** Once per connection of `<cookie-consent>`, as soon as storage was read. */
export class ConsentReadyEvent extends Event {
  readonly #detail: ConsentReadyDetail;
  constructor(detail: ConsentReadyDetail) {
    super('consent-ready', { bubbles: true, composed: true });
    this.#detail = Object.freeze({ ...detail });
  }

  /** Read-only, and frozen: no listener can change what the next one sees. */
  get detail(): ConsentReadyDetail {
    return this.#detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-ready': ConsentReadyEvent;
  }
}
