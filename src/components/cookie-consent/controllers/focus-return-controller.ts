import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's side of {@link FocusReturnController}. */
export interface FocusReturnHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Where keyboard focus goes after a decision or when the preferences close: back where it was
 * before it entered the banner, else to the floating "Cookie settings" button, never to `<body>`.
 */
export class FocusReturnController implements ReactiveController {
  /** What had focus before it entered the banner. */
  returnTo: HTMLElement | null = null;

  readonly #host: FocusReturnHost;

  constructor(host: FocusReturnHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.returnTo = null; // (an element of the page it may have left, kept no longer)
  }

  /** The banner's `focusin` listener: remembers where focus came from, if not from inside. */
  readonly onFocusIn = (e: FocusEvent): void => {
    const from = e.relatedTarget as HTMLElement | null;
    if (!from || !this.#host.renderRoot.contains(from)) this.returnTo = from;
  };

  /**
   * Focuses `target` if it is still on the page, else the revoke button. With nothing optional
   * there is none: the host itself takes focus (not scrolled to), keeping the banner's place in
   * the tab order, so Tab goes on to what follows it.
   */
  restore(target: HTMLElement | null = this.returnTo): void {
    const to = target?.isConnected ? target : this.#host.renderRoot.querySelector<HTMLElement>('.revoke');
    if (to) return to.focus();
    this.#host.tabIndex = -1;
    this.#host.focus({ preventScroll: true });
  }
}
