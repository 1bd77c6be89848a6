/** What every copy of the library on a page shares about gated markup. */
export interface GatingState {
  /**
   * Each gated element already seen: `true` once taken care of (queued, stamped or loaded),
   * or the placeholder shown before it while it is blocked.
   */
  readonly seen: WeakMap<Element, true | HTMLElement>;
  /** How many `startGating()` calls are not stopped yet. */
  watchers: number;
  /** Stops the page-wide watcher. */
  stop?: () => void;
  /**
   * Called for each blocked element not seen before, to show a placeholder where it asks for one
   * (set by `enablePlaceholders()`: the headless core has no UI). `load` activates it.
   */
  placeholder?: (el: HTMLElement, load: () => void) => void;
  /** Takes away the placeholders of blocked elements that left the page (the watcher calls it). */
  sweep?: () => void;
  /** Each placeholder shown, by the blocked element it stands for. */
  shown?: Map<HTMLElement, HTMLElement>;
  /**
   * The nonce a gated script must carry to run (see `setScriptNonce`): `undefined` when none is
   * known, `null` when the page's nonce cannot be told apart (then no gated script runs).
   */
  nonce?: string | null;
}

// A global symbol, like the consent hub's: two copies of the library (an npm import and the
// drop-in bundle, say) must agree on what ran and keep a single watcher, or scripts would run
// twice.
export const gating: GatingState = ((globalThis as Record<symbol, GatingState>)[
  Symbol.for('cookie-consent-element.gating.v1')
] ??= { seen: new WeakMap(), watchers: 0 });
