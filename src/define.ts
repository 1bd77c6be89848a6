/**
 * Registers `<cookie-consent>`: the one module with a side effect. A second registration (two
 * copies of the library on one page) is skipped without an error.
 */
import { CookieConsentElement } from './components/cookie-consent/cookie-consent.js';

export { CookieConsentElement };

// `customElements` is absent in Node (server rendering): importing must not throw there.
if (globalThis.customElements && !customElements.get('cookie-consent')) {
  customElements.define('cookie-consent', CookieConsentElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
