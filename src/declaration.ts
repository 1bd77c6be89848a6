/**
 * `cookie-consent-element/declaration.js`: registers `<cookie-declaration>`, the cookie
 * declaration for the privacy page (docs/declaration.md), and `<cookie-consent>`, which configures
 * it. The drop-in files need no import: they load it on a page that has the element.
 *
 * @packageDocumentation
 */
import { CookieDeclarationElement } from './components/cookie-declaration/cookie-declaration.js';
import { CookieConsentElement, defineDeclaration } from './define.js';

export { CookieConsentElement, CookieDeclarationElement };

defineDeclaration(CookieDeclarationElement);
