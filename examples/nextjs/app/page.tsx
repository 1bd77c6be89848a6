import { cookies } from 'next/headers';
import { readConsentCookie } from 'cookie-consent-element/core.js';
import { ConsentApp } from './consent-app';
import { CATEGORIES } from './consent-options';

/**
 * Rendered for each request: the decision is read from the request's cookie, so the HTML the
 * server sends already shows it, and the browser's first render (hydration) starts from the same.
 */
export default async function Page() {
  const consent = readConsentCookie((await cookies()).toString(), { categories: CATEGORIES });
  return <ConsentApp initialConsent={consent} />;
}
