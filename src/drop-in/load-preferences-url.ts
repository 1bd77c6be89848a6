import { canLoadDropIn, runDropInPart } from './drop-in-url.js';
import type { PreferencesModule } from '../preferences/load-preferences.js';
import { PREFERENCES_GLOBAL } from './preferences-global.js';

/** `load-preferences.ts` for the classic-script build: `cookie-consent.preferences-dialog.iife.js`. */
export const importPreferences = (): Promise<PreferencesModule> =>
  runDropInPart('cookie-consent.preferences-dialog.iife.js', PREFERENCES_GLOBAL);

/** Whether the preferences can load at all: not when the classic script was pasted inline. */
export const preferencesLoadable = canLoadDropIn;
