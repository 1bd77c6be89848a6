import type { ConsentStrings } from './consent-strings.js';
import type { LanguageCode } from './language-codes.js';

// The classic script (`dist/cookie-consent.iife.js`) cannot be split into chunks, so it loads
// the ES build's language files next to it by URL. `currentScript` is only set while the script
// first runs: take it now. (From `file://` the browser refuses the import: English stays.)
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

/** `load-strings.ts` for the classic-script build. */
export function loadStrings(code: LanguageCode): Promise<ConsentStrings> {
  return import(/* @vite-ignore */ new URL(`i18n/${code}.js`, base).href).then((m: { default: ConsentStrings }) => m.default);
}
