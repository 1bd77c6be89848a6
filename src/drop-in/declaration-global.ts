/**
 * Where `cookie-consent.cookie-declaration.iife.js`, the classic-script version of the
 * declaration's chunk, leaves `<cookie-declaration>`'s class for the classic script that loaded
 * it (a registered symbol, as for the preferences: no page name can clash with it).
 */
export const DECLARATION_GLOBAL = Symbol.for('cookie-consent-element:declaration');
