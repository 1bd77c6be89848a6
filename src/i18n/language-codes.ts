/**
 * The languages with built-in texts besides English (which every build carries): the 23 other
 * official languages of the EU, then Norwegian (Bokmål), Icelandic, Turkish, Ukrainian and Arabic,
 * and Brazilian Portuguese (`pt` is European Portuguese).
 */
export const LANGUAGE_CODES = [
  'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt',
  'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'nb', 'is', 'tr', 'uk', 'ar', 'pt-BR',
] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Codes that mean a language we have under another code. */
export const LANGUAGE_ALIASES: Readonly<Record<string, LanguageCode>> = { no: 'nb', nn: 'nb' };
