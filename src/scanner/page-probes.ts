/**
 * Functions the scanner runs inside the scanned page (the automation library sends their source
 * text). Each stands alone: no imports, no outer variables. What they return is page data, which
 * the Node side checks and clips before use (`sanitize-probe.ts`): the page may lie or break its
 * own DOM, and nothing it returns is ever run.
 *
 * They read the DOM's members from its prototypes, never off `document` or an element: markup
 * alone (`<img name="querySelectorAll">`, a form's `<input name="getAttribute">`) puts elements
 * on them under those names, as the library's `internal/page-document.ts` explains. A probe that
 * throws all the same is reported as a page the scanner could not read, never as an empty one.
 */

/** The name of the function the page calls to tell the scanner who wrote a cookie or a key. */
export const NOTE_BINDING = '__cookieConsentScanNote';

/**
 * Runs before any script of every document and frame: wraps the cookie and storage setters so
 * that each write names the script that made it (the innermost http(s) URL of its stack; the
 * page's own URL for an inline script). The wrapped setters do what the browser's did.
 */
export function installWriteHooks(binding: string): void {
  const note = (kind: string, name: string): void => {
    let script = '';
    try {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 50;
      const stack = String(new Error().stack ?? '');
      Error.stackTraceLimit = limit;
      for (const line of stack.split('\n').slice(1)) {
        const match = /(https?:\/\/[^\s()]+?):\d+:\d+\)?\s*$/.exec(line);
        if (match) {
          script = match[1]!;
          break;
        }
      }
      const send = (globalThis as unknown as Record<string, unknown>)[binding];
      if (typeof send === 'function') void (send as (n: unknown) => Promise<unknown>)({ kind, name, script }).catch(() => undefined);
    } catch {
      // a report that fails must never change what the page does
    }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable ?? true,
      get(this: Document) {
        return get.call(this);
      },
      set(this: Document, value: unknown) {
        note('cookie', String(value).split(';')[0]!.split('=')[0]!.trim());
        set.call(this, value);
      },
    });
  }
  const store = (globalThis as unknown as { CookieStore?: { prototype: { set: (...args: unknown[]) => unknown } } }).CookieStore;
  if (store) {
    const original = store.prototype.set;
    store.prototype.set = function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      note('cookie', typeof first === 'string' ? first : String((first as { name?: unknown } | null)?.name ?? ''));
      return original.apply(this, args);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    let kind = 'localStorage';
    try {
      if (this === globalThis.sessionStorage) kind = 'sessionStorage';
    } catch {
      // storage that throws on access (a sandboxed frame): keep the guess
    }
    note(kind, String(key));
    return setItem.call(this, key, value);
  };
}

/**
 * One screen further down, at once whatever the page's `scroll-behavior`: whether the page moved.
 * The scanner scrolls to the end of the page this way, as a reader would, so lazy content loads;
 * it waits between screens from its own side, since a page can replace its own timers.
 */
export function scrollStep(): boolean {
  const before = window.scrollY;
  window.scrollBy({ top: Math.max(200, window.innerHeight), behavior: 'instant' });
  return window.scrollY !== before;
}

/** Whether the page has a `<cookie-consent>` and whether it is defined: the scanner asks until it is. */
export function elementState(): { found: boolean; defined: boolean } {
  const found = Document.prototype.querySelector.call(document, 'cookie-consent') !== null;
  return { found, defined: found && customElements.get('cookie-consent') !== undefined };
}

/**
 * Makes the decision of a visit through the element's API, `rejectAll()` or `acceptAll()`, once
 * the element is defined: whether it recorded one. Nothing here waits: the wait for the element
 * is the scanner's, whose timers the page cannot replace.
 */
export function decide(choice: 'reject-all' | 'accept-all'): boolean {
  const element = Document.prototype.querySelector.call(document, 'cookie-consent') as (HTMLElement & { acceptAll?: () => void; rejectAll?: () => void; consent?: unknown }) | null;
  const method = choice === 'accept-all' ? element?.acceptAll : element?.rejectAll;
  if (!element || typeof method !== 'function') return false;
  method.call(element);
  return element.consent !== null && element.consent !== undefined;
}

/** The storage keys of the document it runs in (the page or one of its frames). */
export function readStorageKeys(): { origin: string; local: string[]; session: string[] } {
  const keys = (name: 'localStorage' | 'sessionStorage'): string[] => {
    try {
      const storage = window[name];
      return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    } catch {
      return [];
    }
  };
  return { origin: location.origin, local: keys('localStorage'), session: keys('sessionStorage') };
}

/**
 * Everything the scanner reads from the page's DOM at the end of a visit: the banner and what
 * its children declare, what the element grants, the gated and ungated elements, and the links.
 */
export function readPage(): unknown {
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
  const baseURI = getter(Node.prototype, 'baseURI');
  const localName = getter(Element.prototype, 'localName');
  const all = (root: Document | Element, selector: string): Element[] =>
    Array.from(root instanceof Document ? Document.prototype.querySelectorAll.call(root, selector) : Element.prototype.querySelectorAll.call(root, selector));
  const attr = (node: Element, name: string): string | null => Element.prototype.getAttribute.call(node, name);
  const words = (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean);
  const absolute = (value: string | null): string => {
    if (!value) return '';
    try {
      return new URL(value, baseURI.call(document) as string).href;
    } catch {
      return '';
    }
  };
  const element = Document.prototype.querySelector.call(document, 'cookie-consent') as (HTMLElement & { isGranted?: (id: string) => boolean }) | null;
  const defined = !!customElements.get('cookie-consent');
  let config = null;
  let granted: string[] = [];
  const gatedIds = new Set<string>();
  const gated = all(document, '[data-consent]').map((node) => {
    const ids = words(attr(node, 'data-consent'));
    ids.forEach((id) => gatedIds.add(id));
    return { tag: localName.call(node) as string, src: absolute(attr(node, 'src') ?? attr(node, 'data-src')), consent: ids };
  });
  if (element) {
    const categories = all(element, ':scope > cookie-category').map((category) => ({
      name: attr(category, 'name') ?? '',
      label: attr(category, 'label') ?? '',
      required: Element.prototype.hasAttribute.call(category, 'required'),
      cookies: words(attr(category, 'cookies')),
      services: all(category, ':scope > cookie-service').map((service) => ({
        name: attr(service, 'name') ?? '',
        label: attr(service, 'label') ?? '',
        cookies: words(attr(service, 'cookies')),
      })),
    }));
    config = {
      cookieName: attr(element, 'cookie-name') || 'cookie_consent',
      storage: attr(element, 'storage') || 'cookie',
      mode: attr(element, 'mode') || 'opt-in',
      logEndpoint: absolute(attr(element, 'log-endpoint')),
      categories,
      ids: words(attr(element, 'categories')),
    };
    const ids = new Set(['necessary', ...config.ids, ...gatedIds]);
    for (const category of categories) {
      ids.add(category.name);
      category.services.forEach((service) => ids.add(service.name));
    }
    if (defined && typeof element.isGranted === 'function') {
      granted = [...ids].filter((id) => {
        try {
          return element.isGranted!(id) === true;
        } catch {
          return false;
        }
      });
    }
  }
  const ungated = [
    ...all(document, 'script[src]:not([data-consent])').map((node) => ({ tag: 'script', src: absolute(attr(node, 'src')) })),
    ...all(document, 'iframe[src]:not([data-consent])').map((node) => ({ tag: 'iframe', src: absolute(attr(node, 'src')) })),
  ].filter((item) => /^https?:/.test(item.src));
  const links = all(document, 'a[href]').map((a) => absolute(attr(a, 'href'))).filter((href) => /^https?:/.test(href));
  return { hasElement: !!element, defined, config, granted, gated, ungated, links, url: location.href };
}
