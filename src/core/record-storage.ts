import { oneOf } from '../internal/one-of.js';
import { warnInvalid } from '../internal/warn-invalid.js';
import type { ConsentStoreOptions } from './consent-store-options.js';
import { cookiePair, readCookies, removeCookie, writeCookie } from './page-cookies.js';

import { ConsentStorage, CookieSameSite } from './option-values.js';

/** Where a record lives: the cookie, localStorage, or (when both fail) memory for this page. */
export type StorageKind = 'cookie' | 'local' | 'memory';

/** One place a serialised record can be kept. Any method may throw; the store catches. */
export interface RecordStorage {
  readonly kind: StorageKind;
  read(): string | undefined;
  /** Writes, then reads back: `false` when the value did not stick (`file://`, blocked cookies). */
  write(value: string): boolean;
  remove(): void;
}

interface CookieSettings {
  name: string;
  days: number;
  path: string;
  domain?: string;
  sameSite: CookieSameSite;
}

/** What browsers keep of one cookie, name and value. */
const MAX_COOKIE = 4096;

function cookieBackend(c: CookieSettings): RecordStorage {
  let { domain } = c;
  let tooLarge = false;
  const get = () => readCookies().get(c.name);
  const set = (value: string) => {
    // A host-only version left from before `cookie-domain` was set would shadow the domain cookie.
    if (domain) removeCookie(c.name, c.path);
    writeCookie(c.name, value, {
      path: c.path,
      domain,
      days: c.days,
      sameSite: c.sameSite,
      secure: location.protocol === 'https:' || c.sameSite === 'None',
    });
    return get() === value;
  };
  return {
    kind: 'cookie',
    read: get,
    write(value) {
      if (set(value)) return true;
      const size = cookiePair(c.name, value).length;
      if (size > MAX_COOKIE) {
        // (not silently: the decision then lasts only as long as the browser keeps it elsewhere)
        if (!tooLarge) console.warn(`<cookie-consent>: the consent record is ${size} bytes, more than a cookie holds (${MAX_COOKIE}); it is kept in localStorage if it can be, else for this page only.`);
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
      removeCookie(c.name, c.path, domain);
      if (domain) removeCookie(c.name, c.path);
      // Read back, as write() does. Chromium applies a cookie write after the script went on,
      // unless the same page reads; without this, another tab told of a reset can still read
      // the old cookie, and keep the decision the visitor withdrew.
      get();
    },
  };
}

function localStorageBackend(key: string): RecordStorage {
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
function memoryBackend(key: string): RecordStorage {
  return {
    kind: 'memory',
    read: () => memory.get(key),
    write: (value) => (memory.set(key, value), true),
    remove: () => memory.delete(key),
  };
}
