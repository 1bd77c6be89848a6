import type { dialogStyles, renderPreferences } from './preferences-view.js';

/** What the element needs of the preferences dialog, however it was loaded. */
export interface PreferencesModule {
  readonly renderPreferences: typeof renderPreferences;
  readonly dialogStyles: typeof dialogStyles;
}

/**
 * Loads the preferences dialog on demand: a first visit paints the banner without it, and most
 * visitors never open it. The classic-script build swaps this module for `load-preferences-url.ts`.
 */
export const importPreferences = (): Promise<PreferencesModule> => import('./preferences-view.js');

/** Whether the preferences can load at all (the classic script's version says no when pasted inline). */
export const preferencesLoadable = true;
