import { ConsentEvent } from '../core/consent-event.js';
import type { ConsentView, ConsentViewDetail } from './consent-show.js';

/** The banner or the preferences dialog closed. */
export class ConsentHideEvent extends ConsentEvent<ConsentViewDetail> {
  constructor(view: ConsentView) {
    super('consent-hide', { view });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-hide': ConsentHideEvent;
  }
}
