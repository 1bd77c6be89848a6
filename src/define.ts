/**
 * Registers `<cookie-consent>`: the one module with a side effect, and the one that calls
 * `customElements.define` (for `<cookie-declaration>` too, in {@link defineDeclaration}). A
 * second registration (two copies of the library on one page) is skipped without an error.
 */
import { CookieConsentElement } from './components/cookie-consent/cookie-consent.js';

export { CookieConsentElement };

/**
 * Registers `<cookie-consent>`, unless it is registered already or there is no registry (Node
 * without a DOM shim: importing must not throw there). Called on import; `./lit-ssr.js` calls it
 * again once its DOM shim is in. (Each registration is written out: the manifest takes the tag
 * and the class from the call.)
 */
export function defineConsent(): void {
  if (globalThis.customElements && !customElements.get('cookie-consent')) {
    customElements.define('cookie-consent', CookieConsentElement);
  }
}

defineConsent();

/**
 * Registers `<cookie-declaration>` with its class, which this module does not import: the drop-in
 * files load it on demand (on a page that has the element), and
 * `cookie-consent-element/declaration.js` hands it over.
 */
export function defineDeclaration(element: CustomElementConstructor): void {
  if (globalThis.customElements && !customElements.get('cookie-declaration')) {
    customElements.define('cookie-declaration', element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
