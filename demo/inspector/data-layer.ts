/**
 * The Google Consent Mode commands in a data layer, for the inspector: what `consent-mode.js`
 * and the element pushed (`gtag('consent', 'default' | 'update', {…})`, Arguments objects).
 */

export interface ConsentCommand {
  /** Position in the data layer (0-based), so a reader can tell the order. */
  index: number;
  command: string;
  granted: string[];
  denied: string[];
  /** Other parameters, e.g. `wait_for_update: 500`. */
  extra: string[];
}

type Layer = unknown[] & { push: (...items: unknown[]) => number };

const listeners = Symbol.for('consent-inspector.layer-listeners');
type WatchedPush = Layer['push'] & { [listeners]?: Set<() => void> };

/** The data layer `name` of `win`, if it is an array. */
export function findLayer(win: Window, name = 'dataLayer'): Layer | undefined {
  const layer = (win as unknown as Record<string, unknown>)[name];
  return Array.isArray(layer) ? (layer as Layer) : undefined;
}

/** The `consent` commands in `layer`, in order. */
export function consentCommands(layer: readonly unknown[]): ConsentCommand[] {
  const commands: ConsentCommand[] = [];
  layer.forEach((item, index) => {
    // gtag pushes its `arguments`; a site's own code may push a plain array
    if (!item || typeof item !== 'object' || !('length' in item)) return;
    const [verb, command, params] = Array.from(item as ArrayLike<unknown>);
    if (verb !== 'consent' || typeof command !== 'string') return;
    const entry: ConsentCommand = { index, command, granted: [], denied: [], extra: [] };
    for (const [key, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
      if (value === 'granted') entry.granted.push(key);
      else if (value === 'denied') entry.denied.push(key);
      else entry.extra.push(`${key}: ${String(value)}`);
    }
    commands.push(entry);
  });
  return commands;
}

/**
 * Calls `listener` after each push into `layer`, until the returned function is called. It
 * wraps `push` the way Google Tag Manager does (the same array, the original `push` called
 * first), so that the page and Google's tags see no difference; one wrapper serves every
 * listener.
 */
export function watchLayer(layer: Layer, listener: () => void): () => void {
  let push = layer.push as WatchedPush;
  if (!push[listeners]) {
    const original = layer.push;
    const set = new Set<() => void>();
    push = function (this: unknown, ...items: unknown[]) {
      const length = original.apply(this, items);
      for (const notify of set) notify();
      return length;
    } as WatchedPush;
    push[listeners] = set;
    layer.push = push;
  }
  const set = push[listeners]!;
  set.add(listener);
  return () => set.delete(listener);
}
