import { matchesWildcard } from '../internal/wildcard.js';
import { readCookies, removeCookie } from './page-cookies.js';

/**
 * The domains a cookie this page reads may have been written for: none (host-only), the host,
 * the configured domain, and every domain above the host but the top-level one (a domain listed
 * twice is written twice, to no effect). Tags write to the
 * registrable domain by default (Google Analytics' `cookie_domain: 'auto'`, the Meta pixel), so
 * on `www.example.com` their cookies live on `example.com`. A domain the browser refuses (a
 * public suffix such as `co.uk`, a part of an IP address) is a write it ignores, so no
 * public-suffix list is needed.
 */
export function cookieDomains(hostname: string, domain?: string): (string | undefined)[] {
  const domains = [undefined, hostname, domain || undefined];
  for (let d = hostname; (d = d.slice(d.indexOf('.') + 1)).includes('.'); ) domains.push(d);
  return domains;
}

/**
 * Deletes the cookies whose names match `patterns` (`*` is a wildcard), wherever a withdrawn
 * category's scripts are likely to have set them (see `cookieDomains`). The cookie named `keep`
 * stays: a pattern such as `*` must not take the consent cookie, and the withdrawal with it.
 */
export function deleteCookies(patterns: readonly string[], domain?: string, keep?: string): void {
  if (!patterns.length) return;
  let names: string[] = [];
  try {
    names = [...readCookies().keys()].filter((n) => n !== keep && patterns.some((p) => matchesWildcard(n, p)));
  } catch {
    return; // cookies unavailable: nothing to delete
  }
  const domains = cookieDomains(location.hostname, domain);
  for (const name of names) {
    for (const d of domains) removeCookie(name, '/', d);
  }
}
