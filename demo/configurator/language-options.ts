import { LANGUAGE_CODES } from '../../src/i18n/language-codes.js';

/**
 * Fills the language `<select>` with English and every language with built-in texts, each named
 * in its own language (an option a visitor reads as "Deutsch" rather than "German").
 */
export function fillLanguages(select: HTMLSelectElement): void {
  for (const code of ['en', ...LANGUAGE_CODES]) {
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = `${nameOf(code)} (${code})`;
    select.append(option);
  }
}

function nameOf(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
