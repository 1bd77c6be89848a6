/** The line to the other tabs of the origin (and the other stores of this page) for one cookie. */
export interface OtherTabs {
  /** Tells them a decision was stored (or forgotten): they read it again. */
  post(message: string): void;
  close(): void;
}

/**
 * Calls `heard` when another tab (or store) stored a decision under the cookie `name`: a
 * BroadcastChannel, else (a browser without one) the `storage` event, for decisions stored in
 * localStorage. `undefined` where there is no window (a server): nothing to listen to, and no
 * channel left open.
 */
export function listenToOtherTabs(name: string, heard: (e: Event) => void): OtherTabs | undefined {
  if (!globalThis.addEventListener) return undefined;
  if (typeof BroadcastChannel !== 'function') {
    // Not beside a channel: a page's first storage listener waits on the browser process
    // (Chromium: about 1 ms, up to 4, on every page view), and every store posts on the channel.
    addEventListener('storage', heard);
    return { post: () => {}, close: () => removeEventListener('storage', heard) };
  }
  const channel = new BroadcastChannel(`cookie-consent:${name}`);
  channel.onmessage = heard;
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
