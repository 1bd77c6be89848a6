import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptInDocument } from '../../../internal/style-sheet.js';

/** The sides of the page a full-width banner can cover. */
export type BannerSide = 'top' | 'bottom';

/**
 * Keeps focused page elements clear of a bottom or top banner: focus must not be hidden under it.
 *
 * `scroll-padding` on the root makes the browser scroll a focused element clear of the banner,
 * as far as the page can scroll. At the end of a page (where a footer's "Privacy" link sits) it
 * cannot scroll any further, so a bottom banner also gets room of its height after the page's
 * content: nothing on the page moves, so there is no layout shift. (Room before the content
 * would push the page down under a top banner, so a top banner only gets the padding.)
 *
 * Both are rules of a constructed style sheet adopted by the document, following the banner's
 * height: no inline style that a strict `style-src` could refuse, and none of the page's own
 * styles overwritten.
 */
export class BannerClearanceController implements ReactiveController {
  #sheet?: CSSStyleSheet;
  #observer?: ResizeObserver;
  #banner: HTMLElement | null = null;
  #side?: BannerSide;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Keeps the page clear of `banner` on `side`; `null` or no side: of nothing. */
  follow(banner: HTMLElement | null, side?: BannerSide): void {
    // most updates change neither the banner nor its side: keep the observer that is there
    if (banner === this.#banner && side === this.#side && (this.#observer || !banner)) return;
    this.#banner = banner;
    this.#side = side;
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (!banner || !side) return this.#apply('');
    this.#observer = new ResizeObserver(() => {
      const h = `${banner.offsetHeight}px`;
      const rules = `html{scroll-padding-${side}:${h}}${side == 'bottom' ? `html::after{content:"";display:block;height:${h}}` : ''}`;
      // The room can make the page scroll, and a scroll bar narrows the banner, which may grow
      // taller: applied in the next frame, not within this observation, where that would be a
      // ResizeObserver loop.
      requestAnimationFrame(() => this.#banner === banner && this.#apply(rules));
    });
    this.#observer.observe(banner);
  }

  hostDisconnected(): void {
    this.follow(null);
  }

  #apply(rules: string): void {
    // nothing to clear (a visitor who decided sees no banner): no sheet at all
    if (!rules && !this.#sheet) return;
    try {
      this.#sheet ??= new CSSStyleSheet();
      this.#sheet.replaceSync(rules);
      adoptInDocument(this.#sheet);
    } catch {
      // no constructable style sheets: the page scrolls as it would without the banner
    }
  }
}
