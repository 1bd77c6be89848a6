/**
 * The shapes that framework declarations (`./react.js`, `./vue.js`, `./svelte.js`) give
 * `<cookie-consent>`: its properties, its attributes and its events. Types only.
 *
 * @packageDocumentation
 */
import type { CookieConsentElement } from '../components/cookie-consent/cookie-consent.js';
import type { ConsentChangeEvent } from '../core/consent-change-event.js';
import type { ConsentHideEvent } from '../events/consent-hide.js';
import type { ConsentReadyEvent } from '../events/consent-ready.js';
import type { ConsentShowEvent } from '../events/consent-show.js';

/** Every reactive property of the element (its `static properties`), but the global `lang`. */
type PropertyName = Exclude<keyof (typeof CookieConsentElement)['properties'], 'lang'>;

/**
 * The element's settable properties, camelCase (`policyHref`, `days`, `noRevokeButton`…), all
 * optional. Templates write `days="30"` as text: frameworks hand that to the property, which
 * reads it as the attribute would.
 */
export type CookieConsentProps = Partial<Omit<Pick<CookieConsentElement, PropertyName>, 'days'> & { days: number | `${number}` }>;

/** `policyHref` → `policy-href`: the attribute of each property (Lit's names in `static properties`). */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** A boolean attribute is present or absent; frameworks pass `true`/`false` or `''`. */
type AttributeValue<T> = T extends boolean ? boolean | '' : T extends number ? T | `${number}` : T;

/** The element's attributes, kebab-case (`policy-href`, `accept-label`, `no-revoke-button`…), all optional. */
export type CookieConsentAttributes = {
  [K in keyof CookieConsentProps as Kebab<K>]?: AttributeValue<Exclude<CookieConsentProps[K], undefined>>;
};

/**
 * The attributes of an element with no properties (`<cookie-category>`, `<cookie-service>`) as Vue
 * and Svelte write them: every value as an attribute, `false` as the text `"false"`, which the
 * library reads as present (`:required="false"` would lock the category on). So a boolean
 * attribute takes `true` or `''`, or `undefined` for none; never `false`.
 */
export type AttributesAsText<T> = { [K in keyof T]: boolean extends T[K] ? Exclude<T[K], boolean> | true | '' : T[K] };

/** The attributes of `<cookie-declaration>` (docs/declaration.md), all optional. */
export interface CookieDeclarationAttributes {
  /** The `id` of the `<cookie-consent>` it declares; default the first on the page. */
  for?: string;
  /** The level of the categories' headings, 1 to 6; default 2. */
  'heading-level'?: number | `${number}`;
}

/** The events `<cookie-consent>` dispatches (all `bubbles` and `composed`), by name. */
export interface CookieConsentEventMap {
  'consent-ready': ConsentReadyEvent;
  'consent-change': ConsentChangeEvent;
  'consent-show': ConsentShowEvent;
  'consent-hide': ConsentHideEvent;
}
