import type { ConsentChangeEvent } from '../core/consent-change-event.js';
import type { ConsentRecord } from '../core/consent-record.js';
import type { ConsentStore } from '../core/consent-store.js';

/**
 * Proof of consent (`log-endpoint`): each decision made on this page is sent to `endpoint()` as
 * the record plus the page's origin and path. Decisions synced from another tab were sent there.
 */
export function logConsent(store: ConsentStore, endpoint: () => string): void {
  store.addEventListener('change', (e) => {
    const { consent, cause } = (e as ConsentChangeEvent).detail;
    const url = endpoint();
    if (url && consent && cause !== 'sync') send(url, consent);
  });
}

/**
 * The page's address goes without query or fragment, which may carry personal data. A keepalive
 * request outlives the page, like a beacon, but unlike one it can keep that address out of
 * `Referer` as well; it carries no cookies, and its answer is not read (no CORS needed).
 */
function send(endpoint: string, consent: ConsentRecord): void {
  try {
    const body = JSON.stringify({ ...consent, url: location.origin + location.pathname });
    fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'no-cors', credentials: 'omit', referrerPolicy: 'strict-origin' }).catch(() => {});
  } catch {
    // a bad endpoint must never break the page
  }
}
