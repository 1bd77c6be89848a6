import type { ConsentRecord } from '../src/core/consent-record.js';
import { ConsentStore, type ConsentStoreOptions } from '../src/core/consent-store.js';
import { parseRecord } from '../src/core/record-codec.js';
import type { CookieConsentElement } from '../src/components/cookie-consent/cookie-consent.js';

export const DAY_MS = 864e5;

/**
 * Cookies that pages in frames write, removed even when this page does not see them: its view
 * of `document.cookie` can lag behind a frame's write (Chromium caches it per document; Firefox
 * lagged too, once in CI), and a cookie left over would be the next test's stored decision.
 */
const FRAME_COOKIES = ['cookie_consent', 'csp_consent_nonce', 'csp_consent_tt', 'site_consent', 'configurator_test', '_demo_views'];

/** Expires every cookie this page can see and those of `FRAME_COOKIES`, and empties localStorage. */
export function clearStorage(): void {
  const seen = document.cookie.split('; ').map((c) => c.split('=')[0]);
  for (const name of new Set([...seen, ...FRAME_COOKIES])) {
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
  // read back: the removals are applied before the next test's frame reads its cookies
  void document.cookie;
  localStorage.clear();
}

/**
 * The raw value of cookie `name` as the browser keeps it, or undefined. A cookie that a frame
 * wrote is read through the frame's `doc`: Chromium caches `document.cookie` per document, and
 * another document's cache may not have seen the write yet.
 */
export function rawCookie(name = 'cookie_consent', doc: Document = document): string | undefined {
  return doc.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/**
 * The record a stored value holds: the stored form (docs/cookie.md), read by the library's own
 * parser, or the earlier JSON form.
 */
export function decodeStored(value: string): ConsentRecord {
  if (!value.startsWith('2.')) return JSON.parse(value) as ConsentRecord;
  const record = parseRecord(value);
  if (!record) throw new Error(`decodeStored: the library's parser does not read the stored value "${value}"`);
  return record;
}

/** The consent record in cookie `name`, decoded as docs/cookie.md says a reader should. */
export function cookieRecord(name = 'cookie_consent', doc: Document = document): ConsentRecord | undefined {
  const raw = rawCookie(name, doc);
  return raw === undefined ? undefined : decodeStored(decodeURIComponent(raw));
}

/** A consent record as an earlier visit would have left it: made yesterday, granting analytics. */
export function earlierRecord(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  const now = Date.now();
  return {
    v: 1,
    id: '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f',
    ts: new Date(now - DAY_MS).toISOString(),
    exp: new Date(now + 100 * DAY_MS).toISOString(),
    rev: '',
    mode: 'opt-in',
    granted: ['necessary', 'analytics'],
    denied: ['marketing'],
    cause: 'save',
    gpc: false,
    ...overrides,
  };
}

/** Writes a consent cookie directly, as an earlier visit would have left it. */
export function storeRecord(overrides: Partial<ConsentRecord> = {}, name = 'cookie_consent'): ConsentRecord {
  const record = earlierRecord(overrides);
  document.cookie = `${name}=${encodeURIComponent(JSON.stringify(record))}; path=/`;
  return record;
}

const nativeCookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;

/**
 * Replaces the `cookie` accessor of every document (the library reads it off `Document.prototype`,
 * past what markup can shadow) until the returned function restores it.
 */
function patchCookie(get: () => string, set: (v: string) => void): () => void {
  Object.defineProperty(Document.prototype, 'cookie', { configurable: true, enumerable: true, get, set });
  return () => Object.defineProperty(Document.prototype, 'cookie', nativeCookie);
}

/** Records every `document.cookie = …` string written until `restore()`. */
export function recordCookieWrites(): { writes: string[]; restore: () => void } {
  const writes: string[] = [];
  const restore = patchCookie(
    () => nativeCookie.get!.call(document),
    (v) => {
      writes.push(v);
      nativeCookie.set!.call(document, v);
    },
  );
  return { writes, restore };
}

/** Makes `document.cookie` throw like a sandboxed frame (`throw`), or drop writes like `file://` (`drop`). */
export function breakCookies(how: 'throw' | 'drop'): () => void {
  const fail = () => {
    if (how === 'throw') throw new DOMException('The document is sandboxed', 'SecurityError');
  };
  return patchCookie(() => (fail(), ''), fail);
}

/** Makes `localStorage` throw on every use, as Chrome does when the visitor blocks all cookies. */
export function breakLocalStorage(): () => void {
  const proto = Storage.prototype;
  const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
  const fail = () => {
    throw new DOMException('Access is denied for this document', 'SecurityError');
  };
  Object.assign(proto, { getItem: fail, setItem: fail, removeItem: fail });
  return () => Object.assign(proto, saved);
}

/** Collects `console.warn` calls until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** The attribute `name` of a written cookie string (`max-age=…; path=/`), lower-cased key. */
export function cookieAttribute(written: string, name: string): string | true | undefined {
  for (const part of written.split(';').slice(1)) {
    const [k, ...v] = part.trim().split('=');
    if (k.toLowerCase() === name.toLowerCase()) return v.length ? v.join('=') : true;
  }
  return undefined;
}

/**
 * web-test-runner emulates media features (colour scheme, reduced motion, forced colours) over
 * CDP, which only Chromium speaks; Firefox runs those tests' other assertions elsewhere.
 */
export const canEmulateMedia = navigator.userAgent.includes('Chrome/');

const openStores = new Set<ConsentStore>();

/**
 * A store that `closeStores()` closes: each store that read storage listens to other tabs,
 * and one left open would answer the next test's decisions.
 */
export function openStore(options?: ConsentStoreOptions): ConsentStore {
  const store = new ConsentStore(options);
  openStores.add(store);
  return store;
}

export function closeStores(): void {
  openStores.forEach((s) => s.close());
  openStores.clear();
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves in the next task: a store listens to other tabs from the task after it read storage. */
export const listening = () => sleep(0);

/**
 * Appends a frame showing `src` (a URL, or a document as `{ srcdoc }`) to the test page, and
 * resolves with it once loaded: the way the tests load a page as a visitor's browser would.
 */
export async function openFrame(src: string | { srcdoc: string }, css = 'width:800px;height:600px'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = css;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  if (typeof src === 'string') frame.src = src;
  else frame.srcdoc = src.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A page of the site in a frame, as another tab of the visitor's would have it. */
export interface Tab {
  readonly frame: HTMLIFrameElement;
  /** The page's `<cookie-consent>`. */
  el(): CookieConsentElement;
  /** The load events of the frame so far. */
  loads(): number;
  /**
   * Whether the document first loaded has been replaced: a marker put on its window is gone, which
   * nothing but a new document in the frame does (a load event alone could be an image's).
   */
  reloaded(): boolean;
}

const FIRST_DOCUMENT = Symbol('the first document');

/**
 * Opens `src` (a page with a `<cookie-consent>`) in a frame, and resolves once its element has
 * rendered and its store listens to other tabs: a decision made anywhere after that reaches it.
 */
export async function openTab(src: string): Promise<Tab> {
  let loads = 0;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  frame.addEventListener('load', () => loads++);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & { [FIRST_DOCUMENT]?: true };
  win[FIRST_DOCUMENT] = true;
  const tab: Tab = {
    frame,
    el: () => frame.contentDocument!.querySelector('cookie-consent') as CookieConsentElement,
    loads: () => loads,
    reloaded: () => !(frame.contentWindow as typeof win)[FIRST_DOCUMENT],
  };
  await until(() => win.customElements.get('cookie-consent'), `<cookie-consent> defined in ${src}`);
  await tab.el().updateComplete;
  // the store read storage when the element connected, and listens from the task after: one of
  // the frame's own timers, set now, runs after it
  await new Promise((r) => win.setTimeout(r));
  return tab;
}

/**
 * Reloads `tab` and resolves once its new document has loaded: what a reload started now takes,
 * the time after which one that a tab started at the same moment would have shown.
 */
export async function reloadTab(tab: Tab): Promise<void> {
  const before = tab.loads();
  tab.frame.contentWindow!.location.reload();
  await until(() => tab.reloaded() && tab.loads() > before, 'a reload of the page');
}

/** Removes every frame `openFrame` (or a test) appended, with the pages and timers in them. */
export function closeFrames(): void {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
}

/**
 * Polls `check` every 10 ms until it returns something truthy, and resolves with that; rejects
 * after `ms` with `what` (frameworks, iframes and observers settle after a microtask, a frame or
 * a task).
 */
export async function until<T>(check: () => T | Promise<T>, what: string, ms = 10000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    // (an async check is awaited: its promise alone would always be truthy)
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
