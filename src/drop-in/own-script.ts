import { pageDocument } from '../internal/page-document.js';
import { fetchedSrc } from './fetched-src.js';

/**
 * The `<script>` elements that load this file, the drop-in ES module (a module has no
 * `currentScript`): those whose `src` was this module's URL. Markup can add more that never ran,
 * so a caller trusts what they agree on, not the first one. The classic script swaps this module
 * for `own-script-classic.ts`.
 */
export const ownScripts = (): HTMLScriptElement[] =>
  [...pageDocument('querySelectorAll')('script[src]')].filter(
    (s): s is HTMLScriptElement => s instanceof HTMLScriptElement && fetchedSrc(s) === import.meta.url,
  );
