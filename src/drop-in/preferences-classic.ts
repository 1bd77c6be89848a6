/**
 * Entry of `dist/cookie-consent.preferences-dialog.iife.js`: the preferences dialog as a classic
 * script, for `cookie-consent.iife.js` to load on demand. From `file://` the browser refuses a
 * module import, but it still runs a classic script from beside the page.
 */
import { dialogStyles, renderPreferences } from '../preferences/preferences-view.js';
import { PREFERENCES_GLOBAL } from './preferences-global.js';

(globalThis as Record<symbol, unknown>)[PREFERENCES_GLOBAL] = { dialogStyles, renderPreferences };
