// The classic script (`dist/cookie-consent.iife.js`) cannot be split into chunks: what it loads
// on demand, it loads from the files of the ES build beside it, by URL. `currentScript` is only
// set while the script first runs: take it now. (From `file://` the browser refuses such an
// import: the caller falls back.)
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

/** The URL of `path` beside the classic script. */
export const dropInUrl = (path: string): string => new URL(path, base).href;
