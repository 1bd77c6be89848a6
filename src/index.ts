/**
 * cookie-consent-element: the `<cookie-consent>` element class, the consent store, the page-wide
 * functions and the event classes. Importing this module registers nothing; import
 * `cookie-consent-element/define.js` for that.
 *
 * @packageDocumentation
 */
export * from './headless.js';
export { CookieConsentElement } from './components/cookie-consent/cookie-consent.js';
export { ConsentReadyEvent, type ConsentReadyDetail } from './events/consent-ready.js';
export { ConsentShowEvent, type ConsentView, type ConsentViewDetail } from './events/consent-show.js';
export { ConsentHideEvent } from './events/consent-hide.js';
export type { ConsentStrings } from './i18n/consent-strings.js';
export { enablePlaceholders, placeholderTexts } from './gating/gated-placeholder.js';
