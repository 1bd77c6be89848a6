/**
 * The headless part of cookie-consent-element: the consent store, the page-wide functions and
 * gated markup, with no Lit and no UI, for sites that draw their own banner; and the reading of
 * the decision on a server.
 *
 * @packageDocumentation
 */
export * from './headless.js';
export { readConsentCookie, needsDecision } from './core/read-consent-cookie.js';
