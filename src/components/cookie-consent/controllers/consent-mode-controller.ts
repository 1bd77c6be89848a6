import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isGranted } from '../../../core/consent-hub.js';
import type { ConsentStore } from '../../../core/consent-store.js';
import { lazy } from '../../../internal/lazy.js';
import { loadConsentModeModule } from '../../../integrations/google-consent-mode/load-consent-mode.js';
import type { ConsentModeSource, GoogleConsentModeOptions } from '../../../integrations/google-consent-mode/google-consent-mode.js';

type ConsentModeModule = typeof import('../../../integrations/google-consent-mode/google-consent-mode.js');

// Loaded on demand: most sites do not use it, so neither the first paint nor the drop-in files carry it.
const loadConsentMode = lazy(loadConsentModeModule);

/**
 * `store` as Google hears of it: a category granted only where every store of the page grants it
 * too, as for gated markup (markup can slip in an element of its own, `google-consent-mode` and
 * all).
 */
const pageWide = (store: ConsentStore): ConsentModeSource => ({
  consent: store.consent,
  categories: store.categories,
  gpc: store.gpc,
  services: store.services,
  isGranted: (id) => store.isGranted(id) && isGranted(id),
});

/** The host's side of {@link ConsentModeController}. */
export interface ConsentModeHost extends ReactiveControllerHost, HTMLElement {
  readonly googleConsentMode: boolean;
  readonly googleDataLayer: string;
}

/**
 * Google Consent Mode for the host's `google-consent-mode`: the integration loaded on demand,
 * synced with what the store read, and told of every decision as it is made.
 */
export class ConsentModeController implements ReactiveController {
  #module?: ConsentModeModule;
  #loading?: Promise<void>;

  readonly #host: ConsentModeHost;
  readonly #store: () => ConsentStore;
  readonly #categories: () => Element[];

  /**
   * @param store - the host's store in force, never one made for this call: another element's
   *   decision asks the host's state (`joinConsentMode`), and a store made then, for a configuration
   *   changed since the host's last update (gated markup added to the page), would not have read
   *   the decision, nor would the host's next update read it: the host's decision gone, Google told
   *   of nothing granted
   * @param categories - its `<cookie-category>` children and their `<cookie-service>` children (their `consent-mode` mappings)
   */
  constructor(
    host: ConsentModeHost,
    store: () => ConsentStore,
    categories: () => Element[],
  ) {
    this.#host = host;
    this.#store = store;
    this.#categories = categories;
    host.addController(this);
  }

  /** Before each render: loads the integration when the host asks for it; syncs once it is in. */
  hostUpdate(): void {
    if (!this.#host.googleConsentMode) return;
    // once: updates made while it loads do not each sync it again
    this.#loading ??= loadConsentMode().then(
      (m) => {
        this.#module = m;
        if (this.#host.isConnected) this.sync(this.#store());
      },
      (e: unknown) => console.warn('<cookie-consent>: google-consent-mode could not load its integration:', e),
    );
  }

  /** After `store` read storage: Google's state as the decision says (and the default if none was pushed). */
  sync(store: ConsentStore): void {
    const m = this.#module;
    if (!this.#host.googleConsentMode || !m) return;
    // the host's state counts among the page's while it is on the page (see `joinConsentMode`)
    m.joinConsentMode(this.#host, () => m.storeConsentState(pageWide(this.#store()), this.#options().mapping));
    m.syncConsentMode(pageWide(store), this.#options());
  }

  /**
   * On a decision, synchronously: Consent Mode takes the update on the page where consent
   * changes, as soon as it does, so it comes inside the click, before the page's own listeners.
   */
  update(store: ConsentStore): void {
    if (this.#host.googleConsentMode) this.#module?.updateConsentMode(pageWide(store), this.#options());
  }

  /** The data layer, and the `consent-mode` mapping overrides of `<cookie-category>` and `<cookie-service>` children. */
  #options(): GoogleConsentModeOptions {
    return { dataLayer: this.#host.googleDataLayer, mapping: this.#module!.categoryConsentMapping(this.#categories()) };
  }
}
