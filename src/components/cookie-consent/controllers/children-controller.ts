import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Updates the host when its children change while it is on the page: a framework that renders a
 * `<cookie-category>` or a `<cookie-service>` after the element connected (data fetched later, a
 * condition turned true), or changes a label. A service added since the decision asks again, as
 * one in the first markup does. The host's own attributes (`open`, which it reflects) are not
 * watched: only what is inside it.
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
      if (records.some((r) => r.type != 'attributes' || r.target !== host)) host.requestUpdate();
    });
    this.#observer.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
