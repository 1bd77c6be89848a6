/**
 * Loads the Google Consent Mode integration on demand: most sites do not use it, so neither the
 * first paint nor the drop-in files carry it. The classic-script build swaps this module for
 * `load-consent-mode-url.ts`.
 */
export const loadConsentModeModule = (): Promise<typeof import('./google-consent-mode.js')> =>
  import('./google-consent-mode.js');
