import { canLoadDropIn, runDropInScript } from './drop-in-url.js';
import type { PreferencesModule } from '../preferences/load-preferences.js';
import { PREFERENCES_GLOBAL } from './preferences-global.js';

const loaded = () => (globalThis as Record<symbol, PreferencesModule | undefined>)[PREFERENCES_GLOBAL];

/**
 * `load-preferences.ts` for the classic-script build: the classic-script version of the preferences chunk,
 * `cookie-consent.preferences-dialog.iife.js` beside it, run as a script (which, unlike a module
 * import, also works from `file://`).
 */
export const importPreferences = async (): Promise<PreferencesModule> => {
  if (!loaded()) await runDropInScript('cookie-consent.preferences-dialog.iife.js');
  const module = loaded();
  if (!module) throw new Error('<cookie-consent>: cookie-consent.preferences-dialog.iife.js did not define the preferences');
  return module;
};

/** Whether the preferences can load at all: not when the classic script was pasted inline. */
export const preferencesLoadable = canLoadDropIn;
