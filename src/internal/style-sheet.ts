/** Tags CSS for the build's minifier (which minifies literals tagged `css`): the text as it is. */
export const css = (strings: TemplateStringsArray): string => strings[0]!;

import { pageDocument, setPageDocument } from './page-document.js';

const sheets = new Map<string, CSSStyleSheet>();

/** The constructed style sheet of `text`, made once and shared. Throws where sheets cannot be constructed. */
export function sheetOf(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) sheets.set(text, (sheet = new CSSStyleSheet())).get(text)!.replaceSync(text);
  return sheet;
}

/** Adopts `sheet` in the page's document, once. Throws where the document cannot adopt sheets. */
export function adoptInDocument(sheet: CSSStyleSheet): void {
  const adopted = pageDocument('adoptedStyleSheets');
  if (!adopted.includes(sheet)) setPageDocument('adoptedStyleSheets', [...adopted, sheet]);
}

/** What `adoptStyles` gave each root last. */
const adopted = new WeakMap<ShadowRoot, readonly string[]>();

/**
 * Adopts `styles` (CSS texts) in `root`, in order, and nothing else: constructed style sheets
 * (made once per text, shared by every element; no inline style for a strict `style-src` to
 * refuse), or `<style>` elements where the browser cannot adopt sheets. The same list as last
 * time changes nothing (most updates of an element).
 */
export function adoptStyles(root: ShadowRoot, styles: readonly string[]): void {
  const last = adopted.get(root);
  if (last?.length === styles.length && last.every((text, i) => text === styles[i])) return;
  adopted.set(root, styles);
  if (root.adoptedStyleSheets && typeof CSSStyleSheet.prototype.replaceSync == 'function') {
    root.adoptedStyleSheets = styles.map(sheetOf);
    return;
  }
  for (const s of [...root.children]) if (s.localName == 'style') s.remove();
  for (const text of styles) {
    const style = root.ownerDocument.createElement('style');
    style.textContent = text;
    root.append(style);
  }
}
