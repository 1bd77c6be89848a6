import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a mutation changed what the host reads of its light DOM: which children it has, the
 * text of one of them (a message of its own, `hasOwnMessage`), or anything inside a
 * `<cookie-category>` or `<cookie-service>` of it. Not what changes inside the slotted message or
 * footer, which the slots show by themselves: a page that animates them (a countdown, a carousel)
 * would otherwise cost an update of the whole element, its store options read page-wide, at each
 * change. (`closest` through the prototype: a form's named controls shadow its members.)
 */
const concerns = (host: Element, { target, type }: MutationRecord): boolean => {
  if (target === host) return type == 'childList';
  const el = type == 'characterData' ? target.parentElement : (target as Element);
  return el === host || (!!el && host.contains(Element.prototype.closest.call(el, 'cookie-category, cookie-service')));
};

/**
 * Updates the host when its children change while it is on the page: a framework that renders a
 * `<cookie-category>` or a `<cookie-service>` after the element connected (data fetched later, a
 * condition turned true), or changes a label. A service added since the decision asks again, as
 * one in the first markup does. The host's own attributes (`open`, which it reflects) are not
 * watched: only what is inside it, and of that only what it reads (see `concerns`).
 */
export class ChildrenController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    // (made on the first connection: an element constructed on a server has no observer to make)
    this.#observer ??= new MutationObserver((records) => {
      if (records.some((r) => concerns(host, r))) host.requestUpdate();
    });
    this.#observer.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
