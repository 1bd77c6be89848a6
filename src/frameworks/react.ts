/**
 * JSX types for `<cookie-consent>` in React 19: `import type {} from 'cookie-consent-element/react.js'`
 * once in the app (or list it in `compilerOptions.types`). Types only; the module is empty.
 *
 * React 19 sets a prop on a custom element as a property when the element has one (`days`,
 * `policyHref`, `categories`), else as an attribute (`accept-label`), and treats `on<event-name>`
 * as an event listener for exactly `<event-name>`: `onconsent-change`, not `onConsentChange`.
 *
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CookieConsentElement } from '../components/cookie-consent/cookie-consent.js';
import type { CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps } from './types.js';

export type { CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps } from './types.js';

/** `onconsent-change={(e) => e.detail.consent}`: one listener prop per event, typed. */
export type CookieConsentReactEvents = {
  [K in keyof CookieConsentEventMap as `on${K}`]?: (event: CookieConsentEventMap[K]) => void;
};

/** Everything `<cookie-consent>` takes in JSX: HTML attributes, `ref`, its properties, attributes and events. */
export type CookieConsentReactProps = DetailedHTMLProps<HTMLAttributes<CookieConsentElement>, CookieConsentElement> &
  CookieConsentProps &
  CookieConsentAttributes &
  CookieConsentReactEvents;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cookie-consent': CookieConsentReactProps;
    }
  }
}
