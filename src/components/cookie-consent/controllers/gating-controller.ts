import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enablePlaceholders, placeholderTexts, redrawPlaceholders, setPlaceholderLabels } from '../../../gating/gated-placeholder.js';
import { startGating } from '../../../gating/start-gating.js';
import type { BannerStrings } from '../../../i18n/consent-strings.js';
import type { CategoryInfo } from '../../../preferences/preferences-dialog.js';

/**
 * Gated markup on the page follows the host's store (the page-wide watcher, shared with any other
 * element or copy of the library), with placeholders in the host's language.
 */
export class GatingController implements ReactiveController {
  #stop?: () => void;

  readonly #host: ReactiveControllerHost & Element;
  readonly #texts: () => { t: BannerStrings; categories: readonly CategoryInfo[] };

  /** @param texts - the host's texts now, and what they call each category and service */
  constructor(
    host: ReactiveControllerHost & Element,
    texts: () => { t: BannerStrings; categories: readonly CategoryInfo[] },
  ) {
    this.#host = host;
    this.#texts = texts;
    host.addController(this);
  }

  /**
   * Starts watching, once the host's store has read the decision: from a microtask, by which
   * every `<cookie-consent>` on the page when the library was defined has connected (within
   * `define()`) and read. The first pass asks them all, not this one alone: markup can slip in
   * an element of its own, and a category runs only when every one grants it.
   */
  start(): void {
    this.localize();
    enablePlaceholders();
    queueMicrotask(() => {
      if (this.#host.isConnected) this.#stop ??= startGating();
    });
  }

  /**
   * The placeholders' texts and the names of categories and services, in the host's language;
   * those on the page already are drawn again in it.
   */
  localize(): void {
    const { t, categories } = this.#texts();
    Object.assign(placeholderTexts, { lang: t.$code, blocked: t.placeholderBlocked, allow: t.placeholderAllow });
    setPlaceholderLabels(this, new Map(categories.flatMap((c) => [c, ...c.services]).map((x) => [x.id, x.label])));
    redrawPlaceholders();
  }

  hostDisconnected(): void {
    setPlaceholderLabels(this, null);
    this.#stop?.();
    this.#stop = undefined;
  }
}
