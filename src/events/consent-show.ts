import { ConsentEvent } from '../core/consent-event.js';
/** Which layer opened or closed. */
export type ConsentView = 'banner' | 'preferences';

export interface ConsentViewDetail {
  readonly view: ConsentView;
}

/** The banner or the preferences dialog opened. */
export class ConsentShowEvent extends ConsentEvent<ConsentViewDetail> {
  constructor(view: ConsentView) {
    super('consent-show', { view });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-show': ConsentShowEvent;
  }
}
