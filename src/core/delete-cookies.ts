import { matchesWildcard } from '../internal/wildcard.js';
import { readCookies, removeCookie } from './page-cookies.js';

/**
 * Deletes the cookies whose names match `patterns` (`*` is a wildcard), for the current host and
 * the configured domain — where a withdrawn category's scripts are likely to have set them
 * (analytics tags often write to the registrable domain). The cookie named `keep` stays: a
 * pattern such as `*` must not take the consent cookie, and the withdrawal with it.
 */
export function deleteCookies(patterns: readonly string[], domain?: string, keep?: string): void {
  if (!patterns.length) return;
  let names: string[] = [];
  try {
    names = [...readCookies().keys()].filter((n) => n !== keep && patterns.some((p) => matchesWildcard(n, p)));
  } catch {
    return; // cookies unavailable: nothing to delete
  }
  for (const name of names) {
    for (const d of [undefined, location.hostname, domain || undefined]) removeCookie(name, '/', d);
  }
}
