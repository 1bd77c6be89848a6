import Cookies from 'js-cookie';
import { oneOf } from '../internal/one-of.js';
import { warnInvalid } from '../internal/warn-invalid.js';
import type { ConsentStoreOptions } from './consent-store-options.js';

/** Where a record lives: the cookie, localStorage, or (when both fail) memory for this page. */
export type StorageKind = 'cookie' | 'local' | 'memory';

import { ConsentStorage, CookieSameSite } from './option-values.js';

export { ConsentStorage, CookieSameSite };

/** One place a serialised record can be kept. Any method may throw; the store catches. */
export interface RecordStorage {
  readonly kind: StorageKind;
  read(): string | undefined;
  /** Writes, then reads back: `false` when the value did not stick (`file://`, blocked cookies). */
  write(value: string): boolean;
  remove(): void;
}

export interface CookieSettings {
  name: string;
  days: number;
  path: string;
  domain?: string;
  sameSite: CookieSameSite;
}

/** What browsers keep of one cookie, name and value (RFC 6265bis §5.6). */
const MAX_COOKIE = 4096;

export function cookieBackend(c: CookieSettings): RecordStorage {
  let { domain } = c;
  let tooLarge = false;
  const raw = () => document.cookie.match(`(?:^|; )${c.name}=([^;]*)`)?.[1];
  // js-cookie's jar is a plain object: it never holds `constructor` or `__proto__`, and
  // `Cookies.get('constructor')` answers from Object.prototype; such a name is read raw
  const get = (): string | undefined => {
    const jar = Cookies.get();
    if (Object.hasOwn(jar, c.name)) return jar[c.name];
    const value = raw();
    try {
      return value && c.name in jar ? Cookies.converter.read(value, c.name) : undefined;
    } catch {
      return undefined; // not percent-encoding: `read` hands it over raw, to be reported
    }
  };
  const set = (value: string) => {
    // A host-only version left from before `cookie-domain` was set would shadow the domain cookie.
    if (domain) Cookies.remove(c.name, { path: c.path });
    Cookies.set(c.name, value, {
      path: c.path,
      domain,
      // js-cookie writes Expires; Max-Age wins where both are understood (RFC 6265 §5.3).
      expires: c.days,
      'max-age': String(Math.round(c.days * 86400)),
      sameSite: c.sameSite,
      secure: location.protocol === 'https:' || c.sameSite === 'None',
    });
    return get() === value;
  };
  return {
    kind: 'cookie',
    // js-cookie skips a value it cannot decode; hand it over raw so it is reported as unreadable
    read: () => get() ?? raw(),
    write(value) {
      if (set(value)) return true;
      const size = c.name.length + 1 + Cookies.converter.write(value, c.name).length;
      if (size > MAX_COOKIE) {
        // (not silently: the decision then lasts only as long as the browser keeps localStorage)
        if (!tooLarge) console.warn(`<cookie-consent>: the consent record is ${size} bytes, more than a cookie holds (${MAX_COOKIE}); it is kept in localStorage instead.`);
        tooLarge = true;
        return false;
      }
      if (!domain) return false;
      // Refused with a Domain but kept without one: the domain is not a suffix of this host.
      const refused = domain;
      domain = undefined;
      if (set(value)) {
        warnInvalid('cookie-domain', refused, 'a host-only cookie');
        return true;
      }
      domain = refused;
      return false;
    },
    remove() {
      Cookies.remove(c.name, { path: c.path, domain });
      if (domain) Cookies.remove(c.name, { path: c.path });
      // Read back, as write() does. Chromium applies a cookie write after the script went on,
      // unless the same page reads; without this, another tab told of a reset can still read
      // the old cookie, and keep the decision the visitor withdrew.
      raw();
    },
  };
}

export function localStorageBackend(key: string): RecordStorage {
  return {
    kind: 'local',
    read: () => localStorage.getItem(key) ?? undefined,
    write(value) {
      localStorage.setItem(key, value);
      return localStorage.getItem(key) === value;
    },
    remove: () => localStorage.removeItem(key),
  };
}

const memory = new Map<string, string>();

/**
 * Where a store named `name` keeps its record, in the order it tries them: the cookie (unless the
 * options say `storage: 'local'`), localStorage, then memory.
 */
export function recordBackends(name: string, days: number, options: ConsentStoreOptions): RecordStorage[] {
  const storage = oneOf('storage', options.storage, Object.values(ConsentStorage), 'cookie');
  const sameSite = oneOf('cookie-same-site', options.cookieSameSite, Object.values(CookieSameSite), 'Lax');
  const path = options.cookiePath?.trim() || '/';
  const domain = options.cookieDomain?.trim() || undefined;
  return [...(storage === 'cookie' ? [cookieBackend({ name, days, path, domain, sameSite })] : []), localStorageBackend(name), memoryBackend(name)];
}

/** The last resort: lasts for this page only, so the banner asks again on the next one. */
export function memoryBackend(key: string): RecordStorage {
  return {
    kind: 'memory',
    read: () => memory.get(key),
    write: (value) => (memory.set(key, value), true),
    remove: () => memory.delete(key),
  };
}
