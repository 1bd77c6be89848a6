import { pageDocument } from '../internal/page-document.js';

/**
 * The URL `script` was fetched from. `script.src` resolves its attribute again against the
 * document's base URL of now, and a `<base href>` that markup added further down the page (a
 * comment, a CMS field) is that base by the time a deferred script or a module runs: it would
 * point the drop-in files' own URL, and what they load from beside it, elsewhere. The parser
 * fetched the script with the base of the markup before it: the document's base URL of now,
 * unless its first `<base href>` comes after the script (then the document's own URL).
 */
export function fetchedSrc(script: HTMLScriptElement): string | undefined {
  const src = Element.prototype.getAttribute.call(script, 'src');
  const base = pageDocument('querySelector')('base[href]');
  const after = base && !(base.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING);
  // (the document's own URL, or, for an `<iframe srcdoc>`'s, its parent's base URL)
  const url = pageDocument('URL');
  const own = url == 'about:srcdoc' ? (frameElement?.ownerDocument.baseURI ?? url) : url;
  try {
    return src == null ? undefined : new URL(src, after ? own : pageDocument('baseURI')).href;
  } catch {
    return undefined;
  }
}
