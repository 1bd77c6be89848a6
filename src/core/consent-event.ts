/**
 * An event of the library: bubbles and composed (so `document.addEventListener` hears it), with a
 * `detail` that is read-only and frozen, so that no listener can change what the next one sees.
 */
export class ConsentEvent<D extends object> extends Event {
  readonly #detail: Readonly<D>;

  constructor(type: string, detail: D) {
    super(type, { bubbles: true, composed: true });
    this.#detail = Object.freeze(detail);
  }

  get detail(): Readonly<D> {
    return this.#detail;
  }
}
