import type { ConsentCause, ConsentRecord } from './consent-record.js';
import { encodeRecord, parseRecord } from './record-codec.js';
import type { ConsentStoreOptions } from './consent-store-options.js';
import { gpcDenies, honoured, needsDecision } from './record-validity.js';
import { recordBackends, type RecordStorage, type StorageKind } from './record-storage.js';
import { publish, share, withdraw } from './consent-hub.js';
import { withServices } from './service-map.js';
import { storeSettings, type StoreSettings } from './store-settings.js';
import { idList } from '../internal/id-list.js';
import { ConsentChangeEvent } from './consent-change-event.js';
import { oneLine } from '../internal/one-line.js';
import { attempt } from '../internal/attempt.js';
import { decisionRecord } from './decision-record.js';
import { listenToOtherTabs, type OtherTabs } from './other-tabs.js';

export type { ConsentStoreOptions } from './consent-store-options.js';

/**
 * The headless consent store: reads and writes the visitor's decision (docs/cookie.md) and answers
 * which categories are granted. It knows nothing of the banner; `<cookie-consent>` is one of its
 * users, and a site can draw its own UI on top of it.
 *
 * Storage degrades quietly: the cookie, then localStorage, then memory for this page, so that a
 * sandboxed iframe or a `file://` page works without an uncaught exception.
 *
 * Decisions made in another tab of the same origin (or by another store on this page) arrive as
 * a `change` with cause `sync`, through a BroadcastChannel (in a browser without one, the
 * `storage` event, for decisions stored in localStorage). Call `close()` to stop listening.
 *
 * @fires change - {@link ConsentChangeEvent} after each decision (its `type` is `change`).
 */
export class ConsentStore extends EventTarget {
  #categories: string[] = ['necessary'];
  #tabs?: OtherTabs;
  #listenSoon?: ReturnType<typeof setTimeout>;
  #closed = false;
  /** The places that held a value when storage was read: a write clears the others there. */
  #found = new Set<StorageKind>();
  /** What storage holds is a record this store does not read (unreadable, another revision, lapsed). */
  #foreign = false;
  #record: ConsentRecord | null = null;
  #id?: string;
  #kind: StorageKind;
  readonly #backends: RecordStorage[];

  constructor(options: ConsentStoreOptions = {}) {
    super();
    // its settings: the members the interface below declares, read-only once set
    Object.assign(this, storeSettings(options));
    this.categories = [...idList(options.categories), ...Object.keys(options.services ?? {})];
    this.#backends = recordBackends(this.cookieName, this.days, options);
    this.#kind = this.#backends[0].kind;
  }

  /** `necessary` first, then every other category the site declares (an id of a service is not one). */
  get categories(): string[] {
    return this.#categories;
  }
  set categories(ids: Iterable<string>) {
    this.#categories = idList(['necessary', ...ids, ...this.required]).filter((id) => !this.services.has(id));
  }

  /** The decision in force, or `null`. */
  get consent(): ConsentRecord | null {
    return this.#record;
  }

  /** Where the decision is kept now (after a fallback, not the configured one). */
  get storage(): StorageKind {
    return this.#kind;
  }

  /** No valid decision, or one silent on a category or service (not a required one: no question). */
  get needsDecision(): boolean {
    return needsDecision(this.#record, this.#declared().filter((id) => !this.required.includes(id)));
  }

  /**
   * Reads the stored decision. Expired, made under another revision, or unreadable → `null`
   * (the visitor is asked again); an unreadable value is reported once and overwritten later.
   * With GPC on, a sale-or-share grant made without it is overridden at once (cause `gpc`).
   * Starts listening to decisions from other tabs (from the next task: not on the first paint's).
   */
  read(): ConsentRecord | null {
    const record = (this.#record = this.#load());
    this.#listenSoon ??= setTimeout(() => this.#listen());
    // GPC before publishing: nothing on the page may see an overridden grant, not even for a moment
    if (!this.#honourGpc(record, record)) publish(this);
    return this.#record;
  }

  /**
   * Whether `category` (or service) is granted now (`necessary` always is). A service is granted
   * on its own, or with its category unless it was denied on its own.
   */
  isGranted(category: string): boolean {
    return this.#grants(this.#record, category);
  }

  /**
   * Records a decision: the listed categories and services (and the required ones) granted, with
   * the services of the listed categories; every other declared one denied. Decisions about ids
   * this page does not declare are kept as they were. An explicit grant of a sale-or-share
   * category or service counts even under GPC. `exact`: a listed category brings none of its
   * services, which are granted only when listed (the preferences, where each has its switch, and
   * a category can be on with a service denied on its own).
   */
  save(granted: Iterable<string>, cause: ConsentCause = 'api', exact = false): ConsentRecord {
    return this.#saveExactly(exact ? idList(granted) : this.#withServices(granted), cause);
  }

  /**
   * Grants `categories` (or services; a category with its services) and leaves every other
   * decision as it was, undecided ones included (a placeholder's "load this" button: one answer,
   * not an answer for the others).
   */
  grant(categories: Iterable<string>, cause: ConsentCause = 'api'): ConsentRecord {
    const yes = idList([...(this.#record?.granted ?? []), ...this.#withServices(categories)]);
    return this.#decide(yes, idList(this.#record?.denied).filter((id) => !yes.includes(id)), cause, this.#record, false);
  }

  /** Grants every declared category and service (but, under GPC, not those that sell or share). */
  acceptAll(cause: ConsentCause = 'api'): ConsentRecord {
    return this.#saveExactly(this.#declared().filter((id) => !(this.gpc && this.saleOrShare.includes(id))), cause);
  }

  /** Denies every category but the required ones, including those decided on other pages. */
  rejectAll(cause: ConsentCause = 'api'): ConsentRecord {
    return this.#decide([], this.#known(), cause);
  }

  /** Forgets the decision everywhere it was stored, other open tabs included: the visitor is asked again. */
  reset(): void {
    for (const backend of this.#backends) attempt(() => backend.remove());
    this.#foreign = false;
    const previous = this.#record;
    this.#record = null;
    share(this, null);
    this.#emit(previous, null, 'reset');
    this.#listen();
    this.#tabs?.post('reset');
  }

  /**
   * Another store of this page with this cookie decided: its record, taken as if read, at once.
   * Left to the channel when this store cannot read it, or must override it for GPC (a write).
   */
  adopt(record: ConsentRecord | null): void {
    const next = record && honoured(record, this) ? record : null;
    if ((record && !next) || JSON.stringify(next) === JSON.stringify(this.#record) || (this.gpc && gpcDenies(next, this.saleOrShare).length)) return;
    const previous = this.#record;
    this.#record = next;
    this.#emit(previous, next, 'sync', false, false);
  }

  /** Stops listening to other tabs; the page's decision no longer includes this store's. */
  close(): void {
    withdraw(this);
    this.#closed = true;
    clearTimeout(this.#listenSoon);
    this.#tabs?.close();
    this.#tabs = undefined;
  }

  /** `granted` (and the granted ids this page does not declare) granted; every other id denied. */
  #saveExactly(granted: string[], cause: ConsentCause): ConsentRecord {
    const yes = idList([...granted, ...this.#undeclared()]);
    return this.#decide(yes, this.#known().filter((id) => !yes.includes(id)), cause);
  }

  /**
   * `ids` and the services of the categories among them; under GPC, not a service that sells or
   * shares in a category that does not: granting Statistics (a placeholder's button) is no grant
   * of the session recorder in it that the signal denies, as Accept all is none.
   */
  #withServices(ids: Iterable<string>): string[] {
    const s = this.saleOrShare;
    return withServices(idList(ids), new Map([...this.services].filter(([id, c]) => !this.gpc || !s.includes(id) || s.includes(c))));
  }

  /** Every category and service this page declares. */
  #declared(): string[] {
    return [...this.#categories, ...this.services.keys()];
  }

  /** Every id this page declares or the stored decision mentions. */
  #known(): string[] {
    return idList([...this.#declared(), ...(this.#record?.granted ?? []), ...(this.#record?.denied ?? [])]);
  }

  /** Granted ids of the stored decision that this page does not declare. */
  #undeclared(): string[] {
    const declared = this.#declared();
    return idList(this.#record?.granted).filter((id) => !declared.includes(id));
  }

  /**
   * With GPC on, denies the sale-or-share ids that `record` does not deny already, unless the
   * visitor granted them while the signal was on (cause `gpc`). Returns whether it did.
   */
  #honourGpc(record: ConsentRecord | null, previous: ConsentRecord | null): boolean {
    // Never over a record it cannot read (another revision, lapsed, unreadable): that is no
    // decision here, and the signal denies in memory; but a store of markup slipped into the page
    // (another revision, a shorter `days`) must not overwrite the visitor's decision without them.
    const deny = this.gpc && !(!record && this.#foreign) ? gpcDenies(record, this.saleOrShare) : [];
    if (deny.length) this.#decide(idList(record?.granted).filter((id) => !deny.includes(id)), [...deny, ...(record?.denied ?? [])], 'gpc', previous, false, record);
    return deny.length > 0;
  }

  /** Records a decision (`lockOn`, `base`: see {@link decisionRecord}). */
  #decide(granted: Iterable<string>, denied: Iterable<string>, cause: ConsentCause, previous = this.#record, lockOn = true, base = this.#record): ConsentRecord {
    const record = decisionRecord(this, this.#id, cause, granted, denied, lockOn, base);
    this.#id = record.id;
    this.#record = record;
    // What the decision allows runs first, in the click; then it is stored, then announced.
    share(this, record);
    publish(this);
    this.#write(encodeRecord(record) ?? JSON.stringify(record));
    this.#foreign = false;
    this.#emit(previous, record, cause, false);
    this.#listen();
    this.#tabs?.post(record.ts);
    return record;
  }

  /** The valid stored record, or `null`. */
  #load(): ConsentRecord | null {
    this.#foreign = false;
    for (const backend of this.#backends) {
      const record = parseRecord(attempt(() => backend.read()));
      if (record === undefined) continue;
      this.#found.add(backend.kind);
      this.#foreign = !record || !honoured(record, this);
      if (record === null) {
        console.warn(`<cookie-consent>: the stored consent "${oneLine(this.cookieName)}" is unreadable; asking again.`);
        return null;
      }
      this.#id = record.id;
      this.#kind = backend.kind;
      return honoured(record, this) ? record : null;
    }
    return null;
  }

  #listen(): void {
    if (!this.#tabs && !this.#closed) this.#tabs = listenToOtherTabs(this.cookieName, this.#onOtherTab);
  }

  /** Another tab (or store) decided: take its decision as ours. */
  #onOtherTab = (e: Event): void => {
    if (e instanceof StorageEvent && e.key !== this.cookieName) return;
    const previous = this.#record;
    const record = this.#load();
    if (JSON.stringify(record) === JSON.stringify(previous)) return;
    this.#record = record;
    // a grant made in a tab without the signal is overridden here before anyone hears of it
    if (this.#honourGpc(record, previous)) return;
    // (no record here may be one this store cannot read: the peers read it for themselves)
    if (record) share(this, record);
    this.#emit(previous, record, 'sync');
  };

  #write(value: string): void {
    const written = this.#backends.find((b) => attempt(() => b.write(value)))!;
    this.#kind = written.kind;
    // A copy left in another place would come back when this one lapses. Only where one was
    // seen: the first use of localStorage blocks on the browser process, right in the click.
    for (const backend of this.#backends) {
      if (backend !== written && this.#found.has(backend.kind)) attempt(() => backend.remove());
    }
    this.#found = new Set([written.kind]);
  }

  /** Fires `change`; the page's update and page-wide announcement unless the caller or a peer makes them. */
  #emit(previous: ConsentRecord | null, consent: ConsentRecord | null, cause: ConsentCause, update = true, announce = true): void {
    const ids = idList([...this.#declared(), ...(previous?.granted ?? []), ...(consent?.granted ?? [])]);
    const changed = ids.filter((id) => this.#grants(previous, id) !== this.#grants(consent, id));
    const event = new ConsentChangeEvent({ consent, previous, changed, cause }, 'change');
    // gating first: what the decision allows runs before the listeners' work (a re-render)
    publish(this, announce ? event.detail : undefined, update);
    this.dispatchEvent(event);
  }

  #grants(record: ConsentRecord | null, id: string): boolean {
    if (this.required.includes(id) || record?.granted.includes(id)) return true;
    if (record?.denied.includes(id) || (this.gpc && this.saleOrShare.includes(id))) return false;
    // a service not decided on its own follows its category; a category in opt-out mode is
    // granted until the visitor opts out (docs/reference.md#modes); GPC is an opt-out
    const category = this.services.get(id);
    return category ? this.#grants(record, category) : this.mode === 'opt-out';
  }
}

/** The store's settings, its options with their defaults: read-only members, set once. */
export interface ConsentStore extends StoreSettings {}
