/**
 * `querySelectorAll` and `querySelector` on `root`, read past what markup puts on it: a
 * `<form>`'s named controls shadow its methods (`<input name="querySelector">`), as named
 * elements shadow `document`'s.
 */
export const queryAll = (root: ParentNode, selector: string): NodeListOf<Element> => own(root).querySelectorAll.call(root, selector);

/** The first match of `selector` under `root` (see {@link queryAll}). */
export const queryFirst = (root: ParentNode, selector: string): Element | null => own(root).querySelector.call(root, selector);

const own = (root: ParentNode): ParentNode =>
  root instanceof Element ? Element.prototype : root instanceof Document ? Document.prototype : DocumentFragment.prototype;
