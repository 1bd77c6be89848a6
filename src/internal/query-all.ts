import { readNode } from './read-node.js';

/**
 * `querySelectorAll` and `querySelector` on `root`, read past what markup puts on it: a
 * `<form>`'s named controls shadow its methods (`<input name="querySelector">`), as named
 * elements shadow `document`'s.
 */
export const queryAll = (root: ParentNode, selector: string): NodeListOf<Element> => own(root).querySelectorAll.call(root, selector);

/** The first match of `selector` under `root` (see {@link queryAll}). */
export const queryFirst = (root: ParentNode, selector: string): Element | null => own(root).querySelector.call(root, selector);

// (by the kind of node, not `instanceof`: a node made in another frame of the page and moved into
// this one has that frame's prototypes)
const own = (root: ParentNode): ParentNode => {
  const kind = readNode(root as Node, 'nodeType');
  return kind == 1 ? Element.prototype : kind == 9 ? Document.prototype : DocumentFragment.prototype;
};
