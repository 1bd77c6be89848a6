/**
 * Entry of `dist/cookie-consent.cookie-declaration.iife.js`: `<cookie-declaration>`'s class as a
 * classic script, for `cookie-consent.iife.js` to load on a page that has the element (and to
 * register, as the one registration does everything). It loads its languages from beside it.
 */
import { CookieDeclarationElement } from '../components/cookie-declaration/cookie-declaration.js';
import { DECLARATION_GLOBAL } from './declaration-global.js';

(globalThis as Record<symbol, unknown>)[DECLARATION_GLOBAL] = CookieDeclarationElement;
