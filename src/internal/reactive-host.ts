import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { HTMLElementBase } from './html-element.js';

/** A property of `static properties`: the part of Lit's declaration this base understands. */
export interface PropertyDeclaration {
  /** The attribute's name; default: the property's, lower case; `false`: none. */
  readonly attribute?: string | false;
  /** How the attribute's text becomes the value: a `Boolean` is present or absent. */
  readonly type?: BooleanConstructor;
  /** Whether the value is written back to the attribute. */
  readonly reflect?: boolean;
  readonly converter?: { fromAttribute(value: string | null): unknown };
}

type Declarations = Record<string, PropertyDeclaration>;
type Values = Record<PropertyKey, unknown>;


/** Per class: its declarations, its own and inherited, by property; and property by attribute. */
const finalized = new WeakMap<object, { properties: Declarations; attributes: Map<string, string> }>();

/**
 * A custom element that updates as a LitElement does, without Lit: the reactive properties of its
 * `static properties` (accessors that schedule an update; attributes read into them and reflected
 * back), batched updates (`willUpdate`, `update`, `updated`, `updateComplete`), and reactive
 * controllers. What it renders is its subclass's business, so that a page that shows nothing yet
 * evaluates no template engine at all.
 */
export class ReactiveHost extends HTMLElementBase implements ReactiveControllerHost {
  /** The reactive properties, as Lit declares them (`cem` reads them into the manifest from here). */
  static properties: Declarations = {};

  static get observedAttributes(): string[] {
    return [...ReactiveHost.#finalize(this).attributes.keys()];
  }

  /** Defines each declared property's accessor on the class that declares it, once. */
  static #finalize(cls: typeof ReactiveHost): { properties: Declarations; attributes: Map<string, string> } {
    let done = finalized.get(cls);
    if (done) return done;
    const parent = Object.getPrototypeOf(cls) as typeof ReactiveHost;
    const inherited = parent.prototype instanceof ReactiveHost ? ReactiveHost.#finalize(parent).properties : {};
    const own = Object.hasOwn(cls, 'properties') ? cls.properties : {};
    for (const name of Object.keys(own)) {
      Object.defineProperty(cls.prototype, name, {
        configurable: true,
        enumerable: true,
        get(this: ReactiveHost) {
          return this.#values.get(name);
        },
        set(this: ReactiveHost, value: unknown) {
          const old = this.#values.get(name);
          this.#values.set(name, value);
          // (NaN equals NaN here, as in Lit)
          if (old !== value && (old === old || value === value)) this.requestUpdate(name, old);
        },
      });
    }
    const properties = { ...inherited, ...own };
    const attributes = new Map<string, string>();
    for (const [name, d] of Object.entries(properties)) if (d.attribute !== false) attributes.set(d.attribute ?? name.toLowerCase(), name);
    finalized.set(cls, (done = { properties, attributes }));
    return done;
  }

  /** An update is scheduled and has not rendered yet. */
  isUpdatePending = false;
  /** The first update has run. */
  hasUpdated = false;
  #values = new Map<PropertyKey, unknown>();
  #changed = new Map<PropertyKey, unknown>();
  #controllers = new Set<ReactiveController>();
  /** The property being written to its attribute: its attribute change is not read back. */
  #reflecting?: string;
  /** Property values set on the element before it was defined, applied at the first update. */
  #early?: Map<string, unknown>;
  /** The last update scheduled: it waits for the first connection, and each for the one before. */
  #update: Promise<boolean>;
  #enable!: () => void;

  constructor() {
    super();
    this.#update = new Promise((resolve) => (this.#enable = () => resolve(true)));
    // a framework may set a property before the element is defined: that own value hides the
    // accessor, so it is taken off and set again through it at the first update
    for (const name of Object.keys(ReactiveHost.#finalize(this.constructor as typeof ReactiveHost).properties)) {
      if (Object.hasOwn(this, name)) {
        (this.#early ??= new Map()).set(name, (this as Values)[name]);
        delete (this as Values)[name];
      }
    }
    this.requestUpdate();
  }

  /** Where the element renders: its shadow root (a declarative one, rendered by a server, is kept). */
  get renderRoot(): ShadowRoot {
    return this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  }

  /** Resolves once the update scheduled last has run (`true` when no other is pending then). */
  get updateComplete(): Promise<boolean> {
    return this.#update;
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    void this.renderRoot;
    this.#enable();
    for (const c of this.#controllers) c.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const c of this.#controllers) c.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const { properties, attributes } = ReactiveHost.#finalize(this.constructor as typeof ReactiveHost);
    const name = attributes.get(attribute);
    if (!name || name === this.#reflecting) return;
    const d = properties[name]!;
    (this as Values)[name] = d.converter ? d.converter.fromAttribute(value) : d.type === Boolean ? value !== null : value;
  }

  /** Schedules an update (after a microtask, with every change until then); `name` changed from `oldValue`. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, oldValue);
    if (this.isUpdatePending) return;
    this.isUpdatePending = true;
    this.#update = this.#enqueue(this.#update);
  }

  async #enqueue(previous: Promise<unknown>): Promise<boolean> {
    try {
      await previous;
    } catch (e) {
      reportError(e); // an update that threw must not stop the next
    }
    await this.scheduleUpdate();
    return !this.isUpdatePending;
  }

  /** When the update runs: at once (after the microtask that batched the changes); a subclass may wait. */
  protected scheduleUpdate(): void | Promise<unknown> {
    return this.performUpdate();
  }

  /** Runs the update: `willUpdate`, the controllers, `update` (which may wait), `updated`. */
  protected async performUpdate(): Promise<void> {
    if (!this.isUpdatePending) return;
    if (this.#early) {
      for (const [name, value] of this.#early) (this as Values)[name] = value;
      this.#early = undefined;
    }
    const changed = this.#changed as PropertyValues<this>;
    this.willUpdate(changed);
    for (const c of this.#controllers) c.hostUpdate?.();
    // A property set in willUpdate (`open`, after a configuration change) is this update's, as
    // in Lit: in the next map, no update would come for it while this one is pending, and its
    // attribute and event would wait for an unrelated later one. Changes from here on make another.
    this.#changed = new Map();
    this.isUpdatePending = false;
    this.#reflect(changed);
    await this.update(changed);
    for (const c of this.#controllers) c.hostUpdated?.();
    this.hasUpdated = true;
    this.updated(changed);
  }

  /** Writes the changed properties that reflect to their attributes. */
  #reflect(changed: PropertyValues<this>): void {
    const { properties } = ReactiveHost.#finalize(this.constructor as typeof ReactiveHost);
    for (const name of changed.keys()) {
      const d = properties[name as string];
      if (!d?.reflect || d.attribute === false) continue;
      const attribute = d.attribute ?? (name as string).toLowerCase();
      const value = (this as Values)[name as string];
      this.#reflecting = name as string;
      if (d.type === Boolean) this.toggleAttribute(attribute, !!value);
      else if (value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
      this.#reflecting = undefined;
    }
  }

  /** Before `update`: compute what depends on the changed properties. */
  protected willUpdate(_changed: PropertyValues<this>): void {}

  /** Renders; may wait (for a module loaded on demand). */
  protected update(_changed: PropertyValues<this>): void | Promise<void> {}

  /** After `update`. */
  protected updated(_changed: PropertyValues<this>): void {}
}
