import { useRef, useState } from 'react';
import { getConsent, type ConsentRecord, type CookieConsentElement } from 'cookie-consent-element';
import { CookieConsent } from 'cookie-consent-element/react.js';

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
      {/* the component (cookie-consent-element/react.js) sets the element's properties
          (categories, days, policyHref), passes any other prop as an attribute (accept-label,
          position) and listens to its events through onConsent… props */}
      <CookieConsent
        ref={banner}
        categories="analytics marketing"
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
