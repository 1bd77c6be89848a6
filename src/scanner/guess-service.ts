import { hostOf } from './is-first-party.js';
import { serviceForCookie, serviceForHost, type KnownService } from './known-services.js';
import type { Cause } from './types.js';

/**
 * The well-known service behind a finding: by the host of what caused it (the script or iframe),
 * then by the finding's own host, then by a cookie's name.
 */
export function guessService(cause: Cause | undefined, host: string, cookieName?: string): KnownService | undefined {
  const causeHost = cause && cause.kind !== 'inline-script' && cause.kind !== 'markup' ? hostOf(cause.url) : '';
  return (causeHost ? serviceForHost(causeHost) : undefined) ?? serviceForHost(host) ?? (cookieName ? serviceForCookie(cookieName) : undefined);
}
