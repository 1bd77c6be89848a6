import { pageDocument } from '../internal/page-document.js';

// The script element that is running this file: `currentScript` is set only while a classic
// script first runs, so it is read now, once, and only if it is a real script element.
const current = pageDocument('currentScript');
const script = current instanceof HTMLScriptElement ? current : undefined;

/** `own-script.ts` for the classic script: the one `<script>` that runs it, if it has one. */
export const ownScripts = (): HTMLScriptElement[] => (script ? [script] : []);
