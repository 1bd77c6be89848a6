/**
 * Not part of the app: proof at compile time that the JSX declaration catches mistakes. `tsc`
 * fails if any line marked `@ts-expect-error` stops being an error (or the last one becomes one).
 */
import { useRef } from 'react';
import type { ConsentChangeEvent, CookieConsentElement } from 'cookie-consent-element';
import { CookieConsent } from 'cookie-consent-element/react.js';

/** The element's own properties are as narrow as its attributes' documented values. */
export function propertyChecks(el: CookieConsentElement) {
  // @ts-expect-error `days` is a number of days
  el.days = 'x';
  // @ts-expect-error `mode` is `opt-in`, `notice` or `opt-out`
  el.mode = 'always';
  // @ts-expect-error `position` is `bottom`, `top`, `bottom-left`, `bottom-right` or `center`
  el.position = 'left';
  // @ts-expect-error `theme` is `auto`, `light` or `dark`
  el.theme = 'blue';
  // @ts-expect-error `cookieSameSite` is `Lax`, `Strict` or `None`
  el.cookieSameSite = 'lax';
  // @ts-expect-error `storage` is `cookie` or `local`
  el.storage = 'session';
  el.days = 0.5;
  el.mode = 'opt-out';
}

export function TypeChecks() {
  const element = useRef<CookieConsentElement>(null);
  const div = useRef<HTMLDivElement>(null);
  return (
    <>
      {/* @ts-expect-error `days` is a number of days */}
      <cookie-consent days={{ days: 30 }} />
      {/* @ts-expect-error `mode` is `opt-in`, `notice` or `opt-out` */}
      <cookie-consent mode="always" />
      {/* @ts-expect-error no such property */}
      <cookie-consent policyHerf="/privacy" />
      {/* @ts-expect-error attributes are strings */}
      <cookie-consent accept-label={5} />
      {/* @ts-expect-error the listener gets a ConsentChangeEvent, not a MouseEvent */}
      <cookie-consent onconsent-change={(event: MouseEvent) => event.clientX} />
      {/* @ts-expect-error the ref is a CookieConsentElement */}
      <cookie-consent ref={div} />
      <cookie-consent
        ref={element}
        mode="opt-out"
        days="0.5"
        no-revoke-button
        ignoreGpc
        cookieSameSite="Strict"
        onconsent-change={(event) => {
          const typed: ConsentChangeEvent = event;
          return typed.detail.changed.length;
        }}
        onconsent-show={(event) => event.detail.view === 'preferences'}
      />
    </>
  );
}

/** The component of `cookie-consent-element/react.js`: the element's properties and `onConsent…` event props. */
export function ComponentChecks() {
  const element = useRef<CookieConsentElement>(null);
  const div = useRef<HTMLDivElement>(null);
  return (
    <>
      {/* @ts-expect-error `mode` is `opt-in`, `notice` or `opt-out` */}
      <CookieConsent mode="always" />
      {/* @ts-expect-error `days` is a number: the component sets the property */}
      <CookieConsent days="30" />
      {/* @ts-expect-error no such property */}
      <CookieConsent policyHerf="/privacy" />
      {/* @ts-expect-error the handler gets the ConsentChangeEvent itself: its detail has no `view` */}
      <CookieConsent onConsentChange={(event) => event.detail.view} />
      {/* @ts-expect-error a ConsentChangeEvent's detail is not wrapped in another detail */}
      <CookieConsent onConsentChange={(event) => event.detail.detail.consent} />
      {/* @ts-expect-error the handler gets a ConsentChangeEvent, not a MouseEvent */}
      <CookieConsent onConsentChange={(event: MouseEvent) => event.clientX} />
      {/* @ts-expect-error the ref is a CookieConsentElement */}
      <CookieConsent ref={div} />
      <CookieConsent
        ref={element}
        mode="opt-out"
        days={0.5}
        position="bottom-left"
        policyHref="/privacy"
        noRevokeButton
        accept-label="Allow all"
        onConsentReady={(event) => event.detail.consent?.granted}
        onConsentChange={(event) => {
          const typed: ConsentChangeEvent = event;
          return [typed.detail.consent?.granted, typed.detail.changed, typed.detail.cause];
        }}
        onConsentShow={(event) => event.detail.view === 'preferences'}
        onConsentHide={(event) => event.detail.view === 'banner'}
      >
        <cookie-category name="analytics" label="Statistics" cookies="_ga _ga_*" required sale-or-share consent-mode="analytics_storage">
          Counts visits.
        </cookie-category>
        {/* @ts-expect-error `required` is a boolean attribute */}
        <cookie-category name="ads" required="yes" />
        {/* @ts-expect-error no such property: React would set the attribute `saleOrShare`, which the DOM lowercases and nothing reads */}
        <cookie-category name="ads" saleOrShare />
        {/* @ts-expect-error no such property: the attribute would be `consentmode` */}
        <cookie-category name="ads" consentMode="ad_storage" />
        {/* @ts-expect-error no such property: the attribute would be `policyhref` */}
        <cookie-service name="ads" policyHref="/privacy" />
        <cookie-category name="marketing">
          <cookie-service name="youtube" label="YouTube" cookies="YSC" policy-href="https://example.com/privacy" sale-or-share>
            Videos.
          </cookie-service>
        </cookie-category>
      </CookieConsent>
      <cookie-declaration for="banner" heading-level={3} />
    </>
  );
}
