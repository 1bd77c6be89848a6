import { trusted } from './gating/trusted.js';

// The classic script (`dist/cookie-consent.iife.js`) cannot be split into chunks: what it loads
// on demand, it loads from the files beside it, by URL. `currentScript` is only set while the
// script first runs: take it now. (From `file://` the browser refuses a module import, so the
// banner stays in English and Consent Mode off there; it still runs a classic script, which is
// how the preferences load.)
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src ?? location.href;

/** The URL of `path` beside the classic script. */
export const dropInUrl = (path: string): string => new URL(path, base).href;

/**
 * Runs the classic script `path` from beside this one; resolves once it ran. It carries this
 * script's nonce (a nonce-only policy), and its URL passes the library's Trusted Types policy.
 */
export const runDropInScript = (path: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.nonce = script?.nonce ?? '';
    s.src = trusted(dropInUrl(path), true);
    const done = (error?: Error) => {
      s.remove(); // it ran (or failed): the element is of no more use
      if (error) reject(error);
      else resolve();
    };
    s.onload = () => done();
    s.onerror = () => done(new Error(`<cookie-consent>: could not load ${s.src}`));
    (document.head ?? document.documentElement).append(s);
  });
