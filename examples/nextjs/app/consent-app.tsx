'use client';
import { useRef, useState } from 'react';
import type { ConsentRecord, CookieConsentElement } from 'cookie-consent-element';
import { CookieConsent } from 'cookie-consent-element/react.js';
import { CATEGORIES } from './consent-options';

/**
 * The page's UI: what the visitor granted, an "Analytics enabled" block while analytics is
 * granted, and the banner. It starts from the server's reading of the cookie (`initialConsent`),
 * not from `getConsent()`, which is `null` on the server: the server's HTML and the first render
 * in the browser must agree. The element decides in the browser whether its banner shows.
 */
export function ConsentApp({ initialConsent }: { initialConsent: ConsentRecord | null }) {
  const banner = useRef<CookieConsentElement>(null);
  const [consent, setConsent] = useState(initialConsent);
  const [days, setDays] = useState(30);
  const granted = consent?.granted ?? ['necessary'];
  return (
    <>
      <main>
        <h1>Next.js</h1>
        <p>
          Granted: <output id="granted">{granted.join(' ')}</output>
        </p>
        {granted.includes('analytics') && <section id="analytics">Analytics enabled: the statistics script would load now.</section>}
        <p>
          <button type="button" id="settings" onClick={() => banner.current?.showPreferences()}>
            Cookie settings
          </button>{' '}
          <button type="button" id="longer" onClick={() => setDays(365)}>
            Keep the choice for a year
          </button>
        </p>
      </main>
      <CookieConsent
        ref={banner}
        categories={CATEGORIES}
        days={days}
        policyHref="/privacy"
        accept-label="Allow all"
        position="bottom"
        onConsentReady={(event) => setConsent(event.detail.consent)}
        onConsentChange={(event) => setConsent(event.detail.consent)}
      />
    </>
  );
}
