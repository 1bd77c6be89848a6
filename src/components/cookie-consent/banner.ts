import type { ConsentMode } from '../../core/option-values.js';
import type { BannerStrings } from '../../i18n/consent-strings.js';
import type { BannerPosition } from './banner-options.js';
import { h, type Make } from '../../internal/dom.js';

/** What the banner shows, as the element's state says. */
export interface BannerView {
  readonly t: BannerStrings;
  readonly mode: ConsentMode;
  readonly position: BannerPosition;
  /** The element's texts (attributes); empty: the dictionary's. */
  readonly heading: string;
  readonly message: string;
  readonly acceptLabel: string;
  readonly rejectLabel: string;
  readonly preferencesLabel: string;
  /** The element has a message of its own (slotted), which replaces `message`. */
  readonly slottedMessage: boolean;
  /** The policy link's address (checked) and text (the element's, else the dictionary's); no address: no link. */
  readonly policyHref: string;
  readonly policyLabel: string;
  /** Show the Preferences button (a category is optional and the preferences can load). */
  readonly preferencesButton: boolean;
}

/** What the banner's controls do. */
export interface BannerHandlers {
  readonly onAccept: () => void;
  readonly onReject: () => void;
  readonly onPreferences: () => void;
  readonly onFocusIn: (e: Event) => void;
  readonly onSlotChange: () => void;
}

const button = <N>(make: Make<N>, part: string, label: string, onClick: (() => void) | undefined, secondary = false) =>
  make('button', { type: 'button', part: `button ${part}`, class: secondary && 'secondary', '@click': onClick }, label);

/**
 * The first layer: a named region, never modal. `opt-in` asks with Accept all and Reject all (a
 * pair of the same size and weight) and Preferences; `opt-out` with Accept and "Do not sell or
 * share"; `notice` with one acknowledge button (its heading only for screen readers). Made by
 * `make`: elements with `h()`, or HTML text with `markup()` for a server (then without handlers).
 */
export function bannerContent<N>(make: Make<N>, v: BannerView, on?: BannerHandlers): N {
  const { t } = v;
  const notice = v.mode === 'notice';
  const optOut = v.mode === 'opt-out';
  const accept = v.acceptLabel || (notice ? t.acknowledge : optOut ? t.accept : t.acceptAll);
  const reject = v.rejectLabel || (optOut ? t.doNotSell : t.rejectAll);
  return make(
    'section',
    { part: 'banner', class: `banner ${v.position}`, 'aria-labelledby': 'heading', '@focusin': on?.onFocusIn },
    make(
      'div',
      { class: 'inner' },
      make(
        'div',
        { class: 'text' },
        make('h2', { id: 'heading', part: 'heading', class: notice && 'sr-only' }, make('slot', { name: 'heading' }, v.heading || t.heading)),
        make(
          'div',
          { part: 'message', class: 'message' },
          make('slot', { '@slotchange': on?.onSlotChange }),
          !v.slottedMessage && (v.message || (notice ? t.noticeMessage : optOut ? t.optOutMessage : t.message)),
          ' ',
          v.policyHref && make('a', { part: 'policy-link', href: v.policyHref }, v.policyLabel),
        ),
      ),
      make(
        'div',
        { part: 'actions', class: 'actions' },
        notice
          ? button(make, 'accept-button', accept, on?.onAccept)
          : make('div', { class: 'pair' }, button(make, 'accept-button', accept, on?.onAccept), button(make, 'reject-button', reject, on?.onReject)),
        !notice && v.preferencesButton && button(make, 'preferences-button', v.preferencesLabel || t.preferences, on?.onPreferences, true),
      ),
      make('slot', { name: 'footer' }),
    ),
  );
}

/** Whether `host` has content of its own for the default slot: its message, instead of the built-in one. */
export const hasOwnMessage = (host: Element): boolean =>
  [...host.childNodes].some((n) =>
    n.nodeType === Node.TEXT_NODE ? !!n.textContent?.trim() : n instanceof Element && !n.slot && !/^cookie-(category|service)$/.test(n.localName),
  );


/**
 * The banner in an element's shadow root: drawn when it shows, drawn again only when what it shows
 * changes (a text, the language, a slotted message), with focus kept on the same control, and
 * removed when it hides.
 */
export class BannerDrawer {
  /** The view drawn last: its texts' dictionary, and the rest serialised. */
  #drawn = '';
  #t?: BannerStrings;
  readonly #handlers: BannerHandlers;

  /** What the shadow root held first (a server's markup) is drawn over, or staying (`takeOver`). */
  #over?: boolean;

  constructor(handlers: BannerHandlers) {
    this.#handlers = handlers;
  }

  /**
   * Before the host's first drawing: a declarative shadow root (a server's markup) is drawn over,
   * not twice. A banner in it stays while `wait` (the texts to draw this one in load): the visitor
   * saw it before the script ran and must not see it go and come back, and its buttons do what
   * this banner's do meanwhile, so that no click is lost. `false` while it stays; else the part
   * of its control that had focus, for the new banner's.
   */
  takeOver(root: ShadowRoot, wait: boolean): string | null | false {
    if (this.#over) return null;
    if (wait) {
      // (until it is drawn over, its buttons are the only ones in the shadow root)
      if (this.#over == null) {
        root.addEventListener('click', (e) => {
          // Only a control of the shadow tree itself: the page's markup slotted into the banner is
          // on a click's path too (its target, and its ancestors up the page), and a part on it
          // must not decide for the visitor. Its parts are matched whole, as the banner writes them.
          const target = e.target as Element;
          const part = this.#over === false && target.getRootNode() === root ? target.closest?.('[part~="button"]')?.part : null;
          const on = this.#handlers;
          if (part) (part.contains('accept-button') ? on.onAccept : part.contains('reject-button') ? on.onReject : part.contains('preferences-button') ? on.onPreferences : null)?.();
        });
      }
      return (this.#over = false);
    }
    const focused = root.activeElement?.getAttribute('part') ?? null;
    root.replaceChildren();
    this.#over = true;
    return focused;
  }

  /** The banner in `root` as `view` says, or none; `focus` names the part to focus, if not the old banner's focused one. */
  draw(root: Element, view: BannerView | null, focus?: string | null): void {
    const old = root.querySelector(':scope > .banner');
    const key = view ? JSON.stringify({ ...view, t: 0 }) : '';
    if (key === this.#drawn && view?.t === this.#t && !!old === !!view) return;
    this.#drawn = key;
    this.#t = view?.t;
    if (!view) return old?.remove();
    const focused = focus ?? old?.querySelector(':focus')?.getAttribute('part');
    const banner = bannerContent(h, view, this.#handlers);
    if (old) old.replaceWith(banner);
    else root.prepend(banner);
    // (escaped: the part may come from a server's markup)
    if (focused) banner.querySelector<HTMLElement>(`[part="${CSS.escape(focused)}"]`)?.focus();
  }

  /** Whatever was drawn is gone (the host emptied its shadow root). */
  forget(): void {
    this.#drawn = '';
    this.#t = undefined;
  }
}
