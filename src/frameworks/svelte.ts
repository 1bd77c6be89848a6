/**
 * Template types for `<cookie-consent>`, `<cookie-category>`, `<cookie-service>` and `<cookie-declaration>` in Svelte 5 (checked by `svelte-check`):
 * `import type {} from 'cookie-consent-element/svelte.js'` once in the app (or list it in
 * `compilerOptions.types`). Types only; the module is empty.
 *
 * Svelte 5 sets an attribute of a custom element as a property when the element has one
 * (`days={30}`, `policyHref={…}`), else as an attribute, and `onconsent-change={…}` listens to
 * `consent-change`. `<cookie-category>` and `<cookie-service>` have no properties: their
 * attributes are kebab-case only (`saleOrShare` would be the attribute `saleorshare`, which
 * nothing reads), and `false` is not a value (Svelte would write `"false"`, which is present).
 *
 * @packageDocumentation
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CookieCategoryAttributes } from '../components/cookie-category/cookie-category.js';
import type { CookieServiceAttributes } from '../components/cookie-service/cookie-service.js';
import type { CookieConsentElement } from '../components/cookie-consent/cookie-consent.js';
import type { AttributesAsText, CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps, CookieDeclarationAttributes } from './types.js';

export type { CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps } from './types.js';

/** `onconsent-change={(e) => e.detail.consent}`: one event attribute per event, typed. */
export type CookieConsentSvelteEvents = {
  [K in keyof CookieConsentEventMap as `on${K}`]?: (
    event: CookieConsentEventMap[K] & { currentTarget: EventTarget & CookieConsentElement },
  ) => unknown;
};

/** Everything `<cookie-consent>` takes in a Svelte template. */
export type CookieConsentSvelteAttributes = Omit<HTMLAttributes<CookieConsentElement>, keyof CookieConsentSvelteEvents> &
  CookieConsentProps &
  CookieConsentAttributes &
  CookieConsentSvelteEvents;

/** Everything `<cookie-category>` takes in a Svelte template: HTML attributes and its own. */
export type CookieCategorySvelteAttributes = HTMLAttributes<HTMLElement> & AttributesAsText<CookieCategoryAttributes>;

/** Everything `<cookie-service>` takes in a Svelte template: HTML attributes and its own. */
export type CookieServiceSvelteAttributes = HTMLAttributes<HTMLElement> & AttributesAsText<CookieServiceAttributes>;

/** Everything `<cookie-declaration>` takes in a Svelte template: HTML attributes and its own. */
export type CookieDeclarationSvelteAttributes = HTMLAttributes<HTMLElement> & CookieDeclarationAttributes;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'cookie-consent': CookieConsentSvelteAttributes;
    'cookie-category': CookieCategorySvelteAttributes;
    'cookie-service': CookieServiceSvelteAttributes;
    'cookie-declaration': CookieDeclarationSvelteAttributes;
  }
}
