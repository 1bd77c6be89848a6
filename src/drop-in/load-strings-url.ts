import { dropInUrl } from './drop-in-url.js';
import type { ConsentStrings } from '../i18n/consent-strings.js';
import type { LanguageCode } from '../i18n/language-codes.js';

/** `load-strings.ts` for the classic-script build: the ES build's `i18n/<code>.js` beside it. */
export async function loadStrings(code: LanguageCode): Promise<ConsentStrings> {
  const m = (await import(/* @vite-ignore */ dropInUrl(`i18n/${code}.js`))) as { default: ConsentStrings };
  return m.default;
}
