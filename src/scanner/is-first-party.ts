import type { Party } from './types.js';

/** A host without a leading dot (cookie domains carry one) and in lower case. */
function bare(host: string): string {
  return host.replace(/^\./, '').toLowerCase();
}

/**
 * Whether `host` (a request's host or a cookie's domain) belongs to the page at `pageHost`: the
 * same host, or one is a subdomain of the other (`example.com`, `www.example.com` and a cookie
 * for `.example.com` are one party). Sibling subdomains (`cdn.example.com` seen from
 * `www.example.com`) count as another host: telling that both belong to one site would need the
 * public-suffix list (`a.github.io` and `b.github.io` do not), and a report that names a host of
 * the site's own is safer than one that hides a third party.
 */
export function isFirstParty(host: string, pageHost: string): boolean {
  const a = bare(host);
  const b = bare(pageHost);
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export function partyOf(host: string, pageHost: string): Party {
  return isFirstParty(host, pageHost) ? 'first' : 'third';
}

/**
 * The longest URL the scanner keeps, as its probes clip the page's strings: a page can request
 * URLs of megabytes, and each would be copied into every report, many times over.
 */
export const MAX_URL = 2048;

/**
 * The URL without its query string and fragment, which often carry identifiers, and cut to
 * `MAX_URL` characters first; "" when not a URL. Every URL the scanner records goes through it,
 * so a cut URL compares equal wherever it was recorded.
 */
export function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url.slice(0, MAX_URL));
    parsed.search = '';
    parsed.hash = '';
    return parsed.href;
  } catch {
    return '';
  }
}

/** The host of a URL (no port: cookies ignore ports), or "" when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
