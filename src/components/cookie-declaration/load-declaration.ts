import type { CookieDeclarationElement } from './cookie-declaration.js';

/**
 * Loads `<cookie-declaration>`'s class on demand, for the drop-in files: only a privacy page has
 * the element. The classic-script build swaps this module for `load-declaration-url.ts`.
 */
export const importDeclaration = async (): Promise<typeof CookieDeclarationElement> =>
  (await import('./cookie-declaration.js')).CookieDeclarationElement;
