import Cookies from 'js-cookie';
import { pageDocument, setPageDocument } from '../internal/page-document.js';

/*
 * The page's cookies, encoded as js-cookie encodes them, but read and written through
 * `Document.prototype`'s `cookie` accessor. js-cookie goes through `document.cookie`, which markup
 * such as `<img name="cookie">` shadows: reads throw and writes are lost, and a withdrawal lost
 * that way would bring the old grants back on the next page.
 */

/** Where a cookie is written: `days` from now (negative: deleted), and its attributes. */
export interface CookieAttributes {
  readonly path: string;
  readonly domain?: string;
  readonly days?: number;
  readonly sameSite?: string;
  readonly secure?: boolean;
}

/** Every cookie this page can read, by name (see {@link cookieJar}). */
export const readCookies = (): Map<string, string> => cookieJar(String(pageDocument('cookie') ?? ''));

/**
 * The cookies of `document.cookie`'s text or a request's `Cookie` header, by name, names and
 * values decoded as js-cookie encodes them: the browser and a server find a cookie under the same
 * name. The first of a name wins, as browsers list the most specific first. A value that does not
 * decode is kept as it is, to be reported, not skipped.
 */
export function cookieJar(text: string): Map<string, string> {
  const jar = new Map<string, string>();
  for (const pair of text.split(/; */)) {
    const at = pair.includes('=') ? pair.indexOf('=') : pair.length;
    let name: string;
    try {
      name = decodeURIComponent(pair.slice(0, at));
    } catch {
      continue;
    }
    if (!pair || jar.has(name)) continue;
    const value = pair.slice(at + 1);
    try {
      jar.set(name, Cookies.converter.read(value, name));
    } catch {
      jar.set(name, value);
    }
  }
  return jar;
}

// browsers end an attribute's value at the first `;`: a value from the page adds no attribute
const cut = (value: string) => value.split(';')[0];

/** The `Cookie` header form of `name=value` as js-cookie writes it. */
export const cookiePair = (name: string, value: string): string =>
  `${encodeURIComponent(name)
    .replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent)
    .replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}=${Cookies.converter.write(value, name)}`;

/** Writes cookie `name` (Max-Age wins where it is understood; older browsers take Expires). */
export function writeCookie(name: string, value: string, a: CookieAttributes): void {
  let cookie = `${cookiePair(name, value)}; path=${cut(a.path)}`;
  if (a.domain) cookie += `; domain=${cut(a.domain)}`;
  if (a.days !== undefined) cookie += `; expires=${new Date(Date.now() + a.days * 864e5).toUTCString()}; max-age=${Math.round(a.days * 86400)}`;
  if (a.sameSite) cookie += `; samesite=${cut(a.sameSite)}`;
  if (a.secure) cookie += '; secure';
  setPageDocument('cookie', cookie);
}

/** Deletes cookie `name` where `path` and `domain` (none: this host only) say. */
export const removeCookie = (name: string, path: string, domain?: string): void => writeCookie(name, '', { path, domain, days: -1 });
