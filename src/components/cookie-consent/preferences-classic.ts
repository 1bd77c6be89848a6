/**
 * Entry of `dist/cookie-consent.preferences-dialog.iife.js`: the preferences dialog as a classic
 * script, for `cookie-consent.iife.js` to load on demand. A classic script cannot import a module
 * from `file://`; it can run another classic script from beside it.
 */
import { preferencesDialog, preferencesStyles } from './preferences-dialog.js';
import { PREFERENCES_GLOBAL } from './preferences-global.js';

(globalThis as Record<symbol, unknown>)[PREFERENCES_GLOBAL] = { preferencesDialog, preferencesStyles };
