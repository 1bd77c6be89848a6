import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../../../i18n/en.js';
import type { BannerStrings } from '../../../i18n/consent-strings.js';
import { loadStrings } from '../../../i18n/load-strings.js';
import { resolveLanguage } from '../../../i18n/resolve-language.js';

/**
 * The texts of the host's language: English at once, any other loaded on demand. While a
 * language loads, `loading` is true (the host renders nothing rather than flash English); a file
 * that cannot load (offline, `file://`) leaves English.
 */
export class LanguageController implements ReactiveController {
  /** The texts shown. */
  texts: BannerStrings = en;
  /** A language's texts are on their way. */
  loading = false;
  /** The language the texts are (being) loaded for. */
  #lang = 'en';

  readonly #host: ReactiveControllerHost & Element;
  readonly #applied: () => void;

  /** @param applied - called once new texts are in, before the host renders them */
  constructor(
    host: ReactiveControllerHost & Element,
    applied: () => void,
  ) {
    this.#host = host;
    this.#applied = applied;
    host.addController(this);
  }

  /** Before each render: the host's language (where it now is, and its `lang`), loaded if it changed. */
  hostUpdate(): void {
    const lang = resolveLanguage(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    const apply = (t: BannerStrings) => {
      if (this.#lang !== lang) return; // another language was asked for meanwhile
      this.texts = t;
      this.loading = false;
      this.#applied();
      this.#host.requestUpdate();
    };
    this.loading = true;
    if (lang === 'en') apply(en);
    else loadStrings(lang).then(apply, () => apply(en));
  }
}
