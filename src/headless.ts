/**
 * What a page uses of the library without its element: the consent store, the page-wide
 * functions, gated markup and the change event. `./core.js` adds what a server uses;
 * `cookie-consent-element` adds the element.
 */
export { ConsentStore, type ConsentStoreOptions } from './core/consent-store.js';
export type { StoreSettings } from './core/store-settings.js';
export { normalizeDays, DEFAULT_DAYS, MAX_DAYS } from './core/days.js';
export type { ConsentRecord, ConsentCause } from './core/consent-record.js';
export type { ConsentMode } from './core/option-values.js';
export type { StorageKind } from './core/record-storage.js';
export { getConsent, onConsentChange, whenGranted } from './core/consent-hub.js';
export { activateGated, startGating, gatedCategories, setScriptNonce } from './gating/index.js';
export { ConsentChangeEvent, type ConsentChangeDetail } from './core/consent-change-event.js';
