import { runDropInScript } from './drop-in-url.js';
import type { importDeclaration as ImportDeclaration } from '../components/cookie-declaration/load-declaration.js';
import { DECLARATION_GLOBAL } from './declaration-global.js';

type DeclarationClass = Awaited<ReturnType<typeof ImportDeclaration>>;

const loaded = () => (globalThis as Record<symbol, DeclarationClass | undefined>)[DECLARATION_GLOBAL];

/**
 * `load-declaration.ts` for the classic-script build: the classic-script version of the
 * declaration's chunk, `cookie-consent.cookie-declaration.iife.js` beside it, run as a script.
 */
export const importDeclaration = async (): Promise<DeclarationClass> => {
  if (!loaded()) await runDropInScript('cookie-consent.cookie-declaration.iife.js');
  const element = loaded();
  if (!element) throw new Error('<cookie-consent>: cookie-consent.cookie-declaration.iife.js did not define <cookie-declaration>');
  return element;
};
