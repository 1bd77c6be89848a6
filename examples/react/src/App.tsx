import { useRef, useState } from 'react';
import { getConsent, type ConsentRecord } from 'cookie-consent-element';
import type { CookieConsentElement } from 'cookie-consent-element';

/** A page with a cookie banner: it shows what the visitor granted and loads analytics only once granted. */
export function App() {
  const banner = useRef<CookieConsentElement>(null);
  // `consent-ready` also tells, but a decision read before this component rendered is here already
  const [consent, setConsent] = useState<ConsentRecord | null>(getConsent);
  const [days, setDays] = useState(30);
  const granted = consent?.granted ?? ['necessary'];

  return (
    <>
      <main>
        <h1>React 19</h1>
        <p>
          Granted: <output id="granted">{granted.join(' ')}</output>
        </p>
        {granted.includes('analytics') && (
          <section id="analytics">Analytics enabled: the statistics script would load now.</section>
        )}
        <p>
          <button type="button" id="settings" onClick={() => banner.current?.showPreferences()}>
            Cookie settings
          </button>{' '}
          <button type="button" id="longer" onClick={() => setDays(365)}>
            Keep the choice for a year
          </button>
        </p>
      </main>
      {/* properties: categories, days, policyHref (React 19 sets them on the element);
          attributes: accept-label, position; events: onconsent-<name> */}
      <cookie-consent
        ref={banner}
        categories="analytics marketing"
        days={days}
        policyHref="/privacy"
        accept-label="Allow all"
        position="bottom"
        onconsent-ready={(event) => setConsent(event.detail.consent)}
        onconsent-change={(event) => setConsent(event.detail.consent)}
      />
    </>
  );
}
