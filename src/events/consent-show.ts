/** Which layer opened or closed. */
export type ConsentView = 'banner' | 'preferences';

export interface ConsentViewDetail {
  readonly view: ConsentView;
}

/** The banner or the preferences dialog opened. */
export class ConsentShowEvent extends Event {
  readonly #detail: ConsentViewDetail;
  constructor(view: ConsentView) {
    super('consent-show', { bubbles: true, composed: true });
    this.#detail = Object.freeze({ view });
  }

  /** Read-only, and frozen: no listener can change what the next one sees. */
  get detail(): ConsentViewDetail {
    return this.#detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-show': ConsentShowEvent;
  }
}
