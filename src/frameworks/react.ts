/**
 * React: `import { CookieConsent } from 'cookie-consent-element/react.js'`, a component made with
 * `@lit/react` whose props are the element's properties (`days={30}`, `policyHref="/privacy"`),
 * whose `onConsentChange` / `onConsentReady` / `onConsentShow` / `onConsentHide` props listen to
 * its events (the handler gets the `ConsentChangeEvent`…), and whose ref is the element. Importing
 * this module registers `<cookie-consent>`.
 *
 * It also declares the bare tags for JSX (`react-jsx.ts`), for apps that write
 * `<cookie-consent>` themselves: `import type {} from 'cookie-consent-element/react.js'` loads
 * those types and nothing else.
 *
 * @packageDocumentation
 */
import * as React from 'react';
import { cookieConsentComponent } from './react-component.js';

export type { CookieConsentComponent } from './react-component.js';
export type {
  CookieCategoryReactProps,
  CookieConsentReactEvents,
  CookieConsentReactProps,
  CookieDeclarationReactProps,
  CookieServiceReactProps,
} from './react-jsx.js';
export type { CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps } from './types.js';

/** `<CookieConsent categories="analytics" days={30} onConsentChange={(e) => e.detail.consent} />`. */
export const CookieConsent = cookieConsentComponent(React);
