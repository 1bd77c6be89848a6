import { fixture } from '@open-wc/testing';
import type { ConsentStore } from '../../src/core/consent-store.js';
import { clearStorage, closeStores, openStore } from '../helpers.js';

declare global {
  interface Window {
    /** Ids of the fixture scripts that ran, in order. */
    __ran: string[];
  }
}

export const FIX = '/test/fixtures/gating';

/** A URL that no earlier test requested, so that resource timing tells about this test alone. */
export const fresh = (path: string): string => `${path}?u=${Math.random().toString(36).slice(2)}`;

/** Whether the page requested a URL containing `part` (per resource timing). */
export const requested = (part: string): boolean =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(part));

export { sleep, until } from '../helpers.js';

/**
 * A fresh page: no stored decision, nothing ran yet; returns the store to decide with. The
 * previous test's store is closed: it would otherwise hear this one's decisions as coming from
 * another tab and publish them again, later, activating what a test expects to stay put.
 */
export function freshPage(categories = 'analytics marketing'): ConsentStore {
  closeStores();
  clearStorage();
  window.__ran = [];
  const store = openStore({ categories });
  store.read();
  return store;
}

/** Puts `html` in the document (removed after the test) and returns its container. */
export const markup = (html: string): Promise<HTMLElement> => fixture(`<div>${html}</div>`);
