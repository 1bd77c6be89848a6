/**
 * JSX types for the bare tags in React 19: `<cookie-consent>` with its properties, attributes and
 * `on<event-name>` listeners, and `<cookie-category>`, `<cookie-service>` and `<cookie-declaration>`
 * with their attributes. Types only; loaded with
 * `cookie-consent-element/react.js` (`import type {} from 'cookie-consent-element/react.js'` when
 * the app uses the tags and not the `CookieConsent` component).
 *
 * React 19 sets a prop on a custom element as a property when the element has one (`days`,
 * `policyHref`, `categories`), else as an attribute (`accept-label`), and treats `on<event-name>`
 * as an event listener for exactly `<event-name>`: `onconsent-change`, not `onConsentChange`.
 *
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CookieCategoryAttributes } from '../components/cookie-category/cookie-category.js';
import type { CookieServiceAttributes } from '../components/cookie-service/cookie-service.js';
import type { CookieConsentElement } from '../components/cookie-consent/cookie-consent.js';
import type { CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps, CookieDeclarationAttributes } from './types.js';

/** `onconsent-change={(e) => e.detail.consent}`: one listener prop per event, typed. */
export type CookieConsentReactEvents = {
  [K in keyof CookieConsentEventMap as `on${K}`]?: (event: CookieConsentEventMap[K]) => void;
};

/** Everything `<cookie-consent>` takes in JSX: HTML attributes, `ref`, its properties, attributes and events. */
export type CookieConsentReactProps = DetailedHTMLProps<HTMLAttributes<CookieConsentElement>, CookieConsentElement> &
  CookieConsentProps &
  CookieConsentAttributes &
  CookieConsentReactEvents;

/** Everything `<cookie-category>` takes in JSX: HTML attributes and its own. */
export type CookieCategoryReactProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CookieCategoryAttributes;

/** Everything `<cookie-service>` takes in JSX: HTML attributes and its own. */
export type CookieServiceReactProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CookieServiceAttributes;

/** Everything `<cookie-declaration>` takes in JSX: HTML attributes and its own. */
export type CookieDeclarationReactProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CookieDeclarationAttributes;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cookie-consent': CookieConsentReactProps;
      'cookie-category': CookieCategoryReactProps;
      'cookie-service': CookieServiceReactProps;
      'cookie-declaration': CookieDeclarationReactProps;
    }
  }
}
