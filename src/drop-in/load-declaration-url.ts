import { runDropInPart } from './drop-in-url.js';
import type { importDeclaration as ImportDeclaration } from '../components/cookie-declaration/load-declaration.js';
import { DECLARATION_GLOBAL } from './declaration-global.js';

type DeclarationClass = Awaited<ReturnType<typeof ImportDeclaration>>;

/** `load-declaration.ts` for the classic-script build: `cookie-consent.cookie-declaration.iife.js`. */
export const importDeclaration = (): Promise<DeclarationClass> =>
  runDropInPart('cookie-consent.cookie-declaration.iife.js', DECLARATION_GLOBAL);
