import { dropInUrl } from '../drop-in-url.js';
import type { ConsentStrings } from './consent-strings.js';
import type { LanguageCode } from './language-codes.js';

/** `load-strings.ts` for the classic-script build: the ES build's `i18n/<code>.js` beside it. */
export function loadStrings(code: LanguageCode): Promise<ConsentStrings> {
  return import(/* @vite-ignore */ dropInUrl(`i18n/${code}.js`)).then((m: { default: ConsentStrings }) => m.default);
}
