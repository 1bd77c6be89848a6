import type { ConsentCause, ConsentRecord } from './consent-record.js';
import type { ConsentChangeDetail } from './consent-change-event.js';

/** What the page-wide functions need from a store. */
export interface ConsentSource {
  readonly consent: ConsentRecord | null;
  readonly categories: readonly string[];
  isGranted(category: string): boolean;
  grant(categories: Iterable<string>, cause?: ConsentCause): ConsentRecord;
  /** Where the record is kept: stores of one page with the same name share their decisions. */
  readonly cookieName?: string;
  /** Takes the decision another store with the same `cookieName` just made, as if it read it. */
  adopt?(record: ConsentRecord | null): void;
}

interface Hub {
  /** The store that read or wrote last: the page's decision, as `getConsent()` tells it. */
  source?: ConsentSource;
  /** Every store on the page that has read and is not closed: each has a veto. */
  sources?: Set<ConsentSource>;
  /** `change` (detail: ConsentChangeDetail) after each decision; `update` whenever state may differ. */
  readonly target: EventTarget;
  /** The last decision announced, serialised. */
  last?: string;
}

// Shared through a global symbol so that two copies of the library on one page (an npm import and
// the drop-in bundle, say) answer `whenGranted` from the same state.
const KEY = Symbol.for('cookie-consent-element.hub');
const hub: Hub = ((globalThis as Record<symbol, Hub>)[KEY] ??= { target: new EventTarget() });
const sources = (hub.sources ??= new Set());

/**
 * Called by a store after it read or wrote: it joins the stores whose decision the page follows.
 * `update` false announces a decision whose update went out already (a store lets what it allows
 * run before it stores and announces it).
 */
export function publish(source: ConsentSource, detail?: ConsentChangeDetail, update = true): void {
  hub.source = source;
  sources.add(source);
  // With two stores on a page (two elements, two copies), each decision comes back from the
  // other as `sync`: the page-wide listeners hear it once.
  const echo = detail?.cause === 'sync' && JSON.stringify(detail.consent) === hub.last;
  if (detail && !echo) {
    hub.last = JSON.stringify(detail.consent);
    hub.target.dispatchEvent(new CustomEvent('change', { detail }));
  }
  if (update) hub.target.dispatchEvent(new Event('update'));
}

/**
 * Called by a store that decides, before it stores and announces the decision: the page's other
 * stores that keep their record in the same place (two elements, two copies of the library) take
 * it at once, so that gating and `isGranted()` never see them disagree. (They do not announce
 * it page-wide: the store that made it does.)
 */
export function share(source: ConsentSource, record: ConsentRecord | null): void {
  for (const peer of [...sources]) if (peer !== source && peer.cookieName === source.cookieName) peer.adopt?.(record);
}

/**
 * Called by a store that closes (its element left the page, or made a store for a new
 * configuration): its decision no longer counts. No pass over gated markup follows: one store
 * fewer can only allow more, and what the others alone would allow waits for a store to read or
 * decide (the element's next store reads at once).
 */
export function withdraw(source: ConsentSource): void {
  sources.delete(source);
  if (hub.source === source) hub.source = [...sources].pop();
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

/**
 * Grants `categories` in the page's stores: a placeholder's "load this" button, the visitor's
 * answer whichever store asked. In the first, then in each other that does not grant them yet
 * (one that shares a cookie with an earlier one has taken its decision).
 */
export function grantEverywhere(categories: readonly string[], cause: ConsentCause): void {
  [...sources].forEach((source, i) => {
    if (!i || !categories.every((c) => source.isGranted(c))) source.grant(categories, cause);
  });
}

/**
 * Calls `listener` whenever the page's consent state may have changed: after a store read
 * storage and after every decision. Returns a function that unsubscribes.
 */
export function onConsentUpdate(listener: () => void): () => void {
  hub.target.addEventListener('update', listener);
  return () => hub.target.removeEventListener('update', listener);
}

/**
 * Whether `category` is granted now: by every store on the page. Markup slipped into a page can
 * add a `<cookie-consent>` of its own (opt-out, its categories `required`, another cookie); it
 * can then only keep more blocked, never let the site's own gated markup run.
 */
export function isGranted(category: string): boolean {
  return sources.size ? [...sources].every((s) => s.isGranted(category)) : category === 'necessary';
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
