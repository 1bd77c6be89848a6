import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConsentStore, type ConsentStoreOptions } from '../../../core/consent-store.js';

/**
 * The host's consent store: made from the options its attributes and children say, made again
 * when they change, and closed (it stops listening to other tabs) when the host leaves the page.
 */
export class StoreController implements ReactiveController {
  #store?: ConsentStore;
  /** The options `#store` was made from, serialised; emptied when the host leaves the page (its store closed). */
  #key = '';

  readonly #options: () => ConsentStoreOptions;
  readonly #listen: (store: ConsentStore) => void;

  /**
   * @param options - the options the host's configuration says now
   * @param listen - called with each new store, before anything is read from it: the host's
   *   `change` listeners, in the order they must run
   */
  constructor(
    host: ReactiveControllerHost,
    options: () => ConsentStoreOptions,
    listen: (store: ConsentStore) => void,
  ) {
    this.#options = options;
    this.#listen = listen;
    host.addController(this);
  }

  /** The store made last, if any (not checked against the configuration). */
  get current(): ConsentStore | undefined {
    return this.#store;
  }

  /**
   * The store for the current configuration, made (or made again) if it changed, and read as it
   * is made, whether the host is connected or not: a decision made on it at once (a click before
   * the host updated, a script's call on an element off the page) must keep what was decided
   * before, on this page or another. Read there and nowhere else, so once: the host's connection
   * takes `consent` from it, and a read of the same store again would report an unreadable value
   * twice and publish it twice.
   */
  connect(): ConsentStore {
    const options = this.#options();
    const key = JSON.stringify(options);
    if (this.#store && this.#key === key) return this.#store;
    this.#store?.close();
    this.#store = new ConsentStore(options);
    this.#listen(this.#store);
    this.#key = key;
    this.#store.read();
    return this.#store;
  }

  /**
   * After a configuration change while connected: the new store, which has read what is stored
   * under the new settings; `undefined` when the configuration (or the connection) is unchanged.
   */
  reconnect(): ConsentStore | undefined {
    const before = this.#store;
    return this.#key && before !== this.connect() ? this.#store : undefined;
  }

  hostDisconnected(): void {
    this.#store?.close();
    this.#key = '';
  }
}
