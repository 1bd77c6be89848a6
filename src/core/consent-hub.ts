import type { ConsentCause, ConsentRecord } from './consent-record.js';
import type { ConsentChangeDetail } from './consent-change-event.js';

/** What the page-wide functions need from a store. */
export interface ConsentSource {
  readonly consent: ConsentRecord | null;
  readonly categories: readonly string[];
  isGranted(category: string): boolean;
  grant(categories: Iterable<string>, cause?: ConsentCause): ConsentRecord;
}

interface Hub {
  source?: ConsentSource;
  /** `change` (detail: ConsentChangeDetail) after each decision; `update` whenever state may differ. */
  readonly target: EventTarget;
  /** The last decision announced, serialised. */
  last?: string;
}

// Shared through a global symbol so that two copies of the library on one page (an npm import and
// the drop-in bundle, say) answer `whenGranted` from the same state.
const KEY = Symbol.for('cookie-consent-element.hub');
const hub: Hub = ((globalThis as Record<symbol, Hub>)[KEY] ??= { target: new EventTarget() });

/**
 * Called by a store after it read or wrote: it becomes the page's source of truth. `update`
 * false announces a decision whose update went out already (a store lets what it allows run
 * before it stores and announces it).
 */
export function publish(source: ConsentSource, detail?: ConsentChangeDetail, update = true): void {
  hub.source = source;
  // With two stores on a page (two elements, two copies), each decision comes back from the
  // other as `sync`: the page-wide listeners hear it once.
  const echo = detail?.cause === 'sync' && JSON.stringify(detail.consent) === hub.last;
  if (detail && !echo) {
    hub.last = JSON.stringify(detail.consent);
    hub.target.dispatchEvent(new CustomEvent('change', { detail }));
  }
  if (update) hub.target.dispatchEvent(new Event('update'));
}

/** The page's current decision, or `null` before any (synchronous). */
export function getConsent(): ConsentRecord | null {
  return hub.source?.consent ?? null;
}

/**
 * Calls `listener` after every decision on this page, from any `<cookie-consent>` or store,
 * including those synced from another tab. Returns a function that unsubscribes.
 */
export function onConsentChange(listener: (detail: ConsentChangeDetail) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<ConsentChangeDetail>).detail);
  hub.target.addEventListener('change', handler);
  return () => hub.target.removeEventListener('change', handler);
}

/** The store that last read or wrote on this page, if any (gating grants through it). */
export function currentSource(): ConsentSource | undefined {
  return hub.source;
}

/**
 * Calls `listener` whenever the page's consent state may have changed: after a store read
 * storage and after every decision. Returns a function that unsubscribes.
 */
export function onConsentUpdate(listener: () => void): () => void {
  hub.target.addEventListener('update', listener);
  return () => hub.target.removeEventListener('update', listener);
}

/** Whether `category` is granted now, according to the page's current store. */
export function isGranted(category: string): boolean {
  return hub.source?.isGranted(category) ?? category === 'necessary';
}

/**
 * Resolves once `category` is granted: at once when it already is, else on the decision that
 * grants it. Never rejects; stays pending while the category is denied.
 */
export function whenGranted(category: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!isGranted(category)) return;
      hub.target.removeEventListener('update', check);
      resolve();
    };
    hub.target.addEventListener('update', check);
    check();
  });
}
