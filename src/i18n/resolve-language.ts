import { pageDocument } from '../internal/page-document.js';
import { LANGUAGE_ALIASES, LANGUAGE_CODES, type LanguageCode } from './language-codes.js';

/**
 * The language of the banner's texts for `el` (docs/languages.md): the first of the element's own
 * `lang`, the closest `[lang]`, `<html lang>`, `navigator.language` that names a language with
 * texts, else English. A region variant with texts of its own has them (`pt-BR`); any other falls
 * back to its language (`de-AT` → `de`, `pt-PT` → `pt`).
 */
export function resolveLanguage(el: Element): LanguageCode | 'en' {
  // (its own `lang` property first: set, it is reflected to the attribute only after this is read)
  const candidates = [(el as HTMLElement).lang, el.closest('[lang]')?.getAttribute('lang'), pageDocument('documentElement').lang, navigator.language];
  for (const candidate of candidates) {
    const code = languageWithTexts(candidate);
    if (code) return code;
  }
  return 'en';
}

/**
 * The language with texts that a `lang` value names (`de-AT` → `de`, `pt-BR` → `pt-BR`), or
 * `undefined` for one without texts, or none.
 */
export function languageWithTexts(lang: string | null | undefined): LanguageCode | 'en' | undefined {
  const code = lang?.trim().toLowerCase();
  if (!code) return undefined;
  for (const tag of [code, code.split(/[-_]/)[0]]) {
    if (tag === 'en') return 'en';
    // (own keys only: `lang="constructor"` must not find Object.prototype's)
    const known = (Object.hasOwn(LANGUAGE_ALIASES, tag) ? LANGUAGE_ALIASES[tag] : undefined) ?? LANGUAGE_CODES.find((c) => c.toLowerCase() === tag);
    if (known) return known;
  }
  return undefined;
}
