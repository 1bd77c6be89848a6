import type * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { CookieConsentElement } from '../define.js';
import type { ConsentChangeEvent } from '../core/consent-change-event.js';
import type { ConsentHideEvent } from '../events/consent-hide.js';
import type { ConsentReadyEvent } from '../events/consent-ready.js';
import type { ConsentShowEvent } from '../events/consent-show.js';

/** The component's event props, each the element's event of that name: the handler gets the event itself. */
const events = {
  onConsentReady: 'consent-ready' as EventName<ConsentReadyEvent>,
  onConsentChange: 'consent-change' as EventName<ConsentChangeEvent>,
  onConsentShow: 'consent-show' as EventName<ConsentShowEvent>,
  onConsentHide: 'consent-hide' as EventName<ConsentHideEvent>,
};

/** `<CookieConsent>`: its props are the element's properties and the `on…` event props; its ref is the element. */
export type CookieConsentComponent = ReactWebComponent<CookieConsentElement, typeof events>;

/**
 * `<cookie-consent>` as a React component made with `@lit/react` for the given React: `react.ts`
 * passes the app's. `createComponent` sets each prop that is a property of the element as that
 * property and adds the event props as listeners, once the element is in the page, on a client
 * render and after hydrating server-rendered markup alike, in React 18 and 19.
 *
 * Importing this module registers `<cookie-consent>` (`define.js`): the component renders the tag.
 */
export function cookieConsentComponent(react: typeof React): CookieConsentComponent {
  return createComponent({ react, tagName: 'cookie-consent', elementClass: CookieConsentElement, events, displayName: 'CookieConsent' });
}
