/**
 * Entry of the self-contained builds (`dist/cookie-consent.bundle.js` and, as
 * `window.CookieConsent`, `dist/cookie-consent.iife.js`): everything, registered on load.
 */
import './define.js';

export * from './index.js';
