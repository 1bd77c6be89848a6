import { pageDocument } from '../internal/page-document.js';
import { trustedScriptURL } from '../internal/trusted.js';
import { REPORTED } from '../internal/reported.js';
import { fetchedSrc } from './fetched-src.js';
import { ownScripts } from './own-script.js';

// The classic script (`dist/cookie-consent.iife.js`) cannot be split into chunks: what it loads
// on demand, it loads from the files beside it, by the URL of its own `<script src>`. (From
// `file://` the browser refuses a module import, so the languages and Consent Mode stay out of
// reach there; it still runs a classic script, which is how the preferences load.)
const [script] = ownScripts();
const base = script && fetchedSrc(script);

/** Whether there is a script URL to load files from (none when the script was pasted inline). */
export const canLoadDropIn = !!base;

if (!base) {
  console.warn(
    '<cookie-consent>: cookie-consent.iife.js runs without a src (pasted inline?), so it cannot load ' +
      'the preferences, languages other than English or Google Consent Mode; the banner still records ' +
      'decisions. Include it as <script src=".../cookie-consent.iife.js" defer></script> instead.',
  );
}

/** The URL of `path` beside the classic script; throws (reported) when it has no `src`. */
export function dropInUrl(path: string): string {
  if (!base) throw Object.assign(new Error(`<cookie-consent>: no script URL to load ${path} from`), { [REPORTED]: true });
  return new URL(path, base).href;
}

/**
 * Runs the classic script `path` from beside this one; resolves once it ran. It carries this
 * script's nonce (a nonce-only policy), and its URL passes the library's Trusted Types policy.
 */
const runDropInScript = (path: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const s = pageDocument('createElement')('script');
    s.src = trustedScriptURL(dropInUrl(path));
    s.nonce = script!.nonce;
    const done = (error?: Error) => {
      s.remove(); // it ran (or failed): the element is of no more use
      if (error) reject(error);
      else resolve();
    };
    s.onload = () => done();
    s.onerror = () => done(new Error(`<cookie-consent>: could not load ${s.src}`));
    (pageDocument('head') ?? pageDocument('documentElement')).append(s);
  });

/**
 * What the classic-script version of a part loaded on demand (`file`, beside this script) leaves
 * under `key` when it runs: run once, and read from there. A classic script, unlike a module
 * import, also runs from `file://`.
 */
export async function runDropInPart<T>(file: string, key: symbol): Promise<T> {
  const left = () => (globalThis as Record<symbol, T | undefined>)[key];
  if (!left()) await runDropInScript(file);
  const part = left();
  if (!part) throw new Error(`<cookie-consent>: ${file} did not define what it is for`);
  return part;
}
