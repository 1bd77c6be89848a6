/**
 * Where `cookie-consent.preferences-dialog.iife.js`, the classic-script version of the preferences chunk,
 * leaves the dialog for the classic script that loaded it. A registered symbol: two copies of the
 * library on one page find the same (stateless) dialog, and no page name can clash with it.
 */
export const PREFERENCES_GLOBAL = Symbol.for('cookie-consent-element:preferences');
