import { ConsentEvent } from './consent-event.js';
import type { ConsentCause, ConsentRecord } from './consent-record.js';

export interface ConsentChangeDetail {
  /** The decision now in force, or `null` after `reset()`. */
  readonly consent: ConsentRecord | null;
  /** The decision before, or `null` when there was none. */
  readonly previous: ConsentRecord | null;
  /** Category ids whose granted state differs from before: act on these (load, tear down). */
  readonly changed: readonly string[];
  /** What made the decision. */
  readonly cause: ConsentCause;
}

/**
 * After every stored decision: from the visitor, the API, another tab, GPC or `reset()`.
 * On `<cookie-consent>` it is `consent-change` (bubbles, composed); on a `ConsentStore`, `change`.
 */
export class ConsentChangeEvent extends ConsentEvent<ConsentChangeDetail> {
  constructor(detail: ConsentChangeDetail, type = 'consent-change') {
    super(type, { ...detail, changed: Object.freeze([...detail.changed]) });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
  }
}
