/**
 * Entry of the self-contained builds (`dist/cookie-consent.bundle.js` and, as
 * `window.CookieConsent`, `dist/cookie-consent.iife.js`): everything, registered on load, and
 * `<cookie-declaration>` loaded beside them on a page that has one.
 */
// first: the nonce rule holds before the element, once defined, activates gated markup
import './drop-in-nonce.js';
import '../define.js';
import './declaration-on-demand.js';

export * from '../index.js';
