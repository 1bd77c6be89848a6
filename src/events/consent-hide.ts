import type { ConsentView, ConsentViewDetail } from './consent-show.js';

/** The banner or the preferences dialog closed. */
export class ConsentHideEvent extends Event {
  readonly #detail: ConsentViewDetail;
  constructor(view: ConsentView) {
    super('consent-hide', { bubbles: true, composed: true });
    this.#detail = Object.freeze({ view });
  }

  /** Read-only, and frozen: no listener can change what the next one sees. */
  get detail(): ConsentViewDetail {
    return this.#detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-hide': ConsentHideEvent;
  }
}
