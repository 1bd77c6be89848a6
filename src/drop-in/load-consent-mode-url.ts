import { dropInUrl } from './drop-in-url.js';

/**
 * `load-consent-mode.ts` for the classic-script build: the ES build's
 * `cookie-consent.google-consent-mode.js` beside it, a file that imports nothing.
 */
export const loadConsentModeModule = async (): Promise<typeof import('../integrations/google-consent-mode/google-consent-mode.js')> =>
  import(/* @vite-ignore */ dropInUrl('cookie-consent.google-consent-mode.js'));
