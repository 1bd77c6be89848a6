import { serviceForCookie, serviceForUrl, type KnownService } from './known-services.js';
import type { Cause } from './types.js';

/**
 * The well-known service behind a finding: by the URL of what caused it (the script or iframe),
 * then by the finding's own URL (a request's, an element's; `https://host/` for what only has a
 * host), then by a cookie's name. By URL, not host: a host that serves several things is told
 * apart by its path (known-services.ts, `paths`).
 */
export function guessService(cause: Cause | undefined, url: string, cookieName?: string): KnownService | undefined {
  const causeUrl = cause && cause.kind !== 'inline-script' && cause.kind !== 'markup' ? cause.url : '';
  return (causeUrl ? serviceForUrl(causeUrl) : undefined) ?? serviceForUrl(url) ?? (cookieName ? serviceForCookie(cookieName) : undefined);
}
