import { queryAll } from '../internal/query-all.js';
import { readNode } from '../internal/read-node.js';
import { isGranted } from '../core/consent-hub.js';

/** Selects gated markup. */
export const GATED = '[data-consent]';

/** The category ids an element's `data-consent` lists (space-separated). */
export const consentIds = (el: Element): string[] => (Element.prototype.getAttribute.call(el, 'data-consent') ?? '').match(/\S+/g) ?? [];

/**
 * Whether every category `el` lists is granted now. An empty `data-consent` names no purpose,
 * so it is never allowed: blocked is the safe reading of a slip.
 */
export function isAllowed(el: Element): boolean {
  const ids = consentIds(el);
  return ids.length > 0 && ids.every(isGranted);
}

const isForm = (el: Element) => readNode(el, 'localName') == 'form';

/**
 * `root` itself when it is gated, then the gated elements under it, in document order. Not
 * forms: their named controls shadow the methods gating uses, and a form is no embed.
 */
export function* gatedIn(root: ParentNode): Generator<Element> {
  // (by kind and name, not `instanceof`: an element made in another frame of the page has its
  // prototypes; both read past a form's controls)
  if (readNode(root as Node, 'nodeType') == 1 && !isForm(root as Element) && Element.prototype.matches.call(root, GATED)) yield root as Element;
  for (const el of queryAll(root, GATED)) if (!isForm(el)) yield el;
}
