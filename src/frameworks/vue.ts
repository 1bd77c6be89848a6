/**
 * Template types for `<cookie-consent>`, `<cookie-category>`, `<cookie-service>` and `<cookie-declaration>` in Vue 3 (checked by `vue-tsc` and Volar):
 * `import type {} from 'cookie-consent-element/vue.js'` once in the app (or list it in
 * `compilerOptions.types`). Types only; the module is empty. Vue itself must still be told that
 * the tags are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('cookie-')`.
 *
 * Vue sets a binding as a property when the element has a property of that very name (`:days`,
 * `:policyHref`), else as an attribute of that name (`:policy-href`), and `@consent-change`
 * listens to `consent-change`. `<cookie-category>` and `<cookie-service>` have no properties, so
 * only their kebab-case attributes work (`saleOrShare` becomes the attribute `saleorshare`, which
 * nothing reads), and `false` is written as the text `"false"`, which is present: their boolean
 * attributes take `true`, `''` or `undefined`. vue-tsc checks a kebab-case name camelCased, the
 * same key as the camelCase spelling, so these types cannot reject `saleOrShare`
 * (docs/frameworks.md says so).
 * The shape follows Vue's guide, "Using Custom Elements in Vue" (`DefineCustomElement`).
 *
 * @packageDocumentation
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CookieCategoryAttributes } from '../components/cookie-category/cookie-category.js';
import type { CookieServiceAttributes } from '../components/cookie-service/cookie-service.js';
import type { CookieConsentElement } from '../components/cookie-consent/cookie-consent.js';
import type { AttributesAsText, CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps, CookieDeclarationAttributes } from './types.js';

export type { CookieConsentAttributes, CookieConsentEventMap, CookieConsentProps } from './types.js';

/** `@consent-change="(e) => e.detail.consent"`: one emit per event, typed. */
export type CookieConsentVueEmits = {
  [K in keyof CookieConsentEventMap]: (event: CookieConsentEventMap[K]) => void;
};

/** `<cookie-consent>` as Vue's template checker sees it: its props, its events, and the element as its ref. */
export type CookieConsentVueComponent = new () => CookieConsentElement & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & CookieConsentProps & CookieConsentAttributes & PublicProps;
  /** @deprecated For template type-checking only: not a property of the element. */
  $emit: EmitFn<CookieConsentVueEmits>;
};

/** `sale-or-share` → `saleOrShare`: vue-tsc checks a kebab-case attribute name camelCased. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `<cookie-category>` as Vue's template checker sees it: its attributes. */
export type CookieCategoryVueComponent = new () => HTMLElement & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & { [K in keyof CookieCategoryAttributes as Camel<K>]: AttributesAsText<CookieCategoryAttributes>[K] } & PublicProps;
};

/** `<cookie-service>` as Vue's template checker sees it: its attributes. */
export type CookieServiceVueComponent = new () => HTMLElement & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & { [K in keyof CookieServiceAttributes as Camel<K>]: AttributesAsText<CookieServiceAttributes>[K] } & PublicProps;
};

/** `<cookie-declaration>` as Vue's template checker sees it: its attributes. */
export type CookieDeclarationVueComponent = new () => HTMLElement & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & { [K in keyof CookieDeclarationAttributes as Camel<K>]: CookieDeclarationAttributes[K] } & PublicProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'cookie-consent': CookieConsentVueComponent;
    'cookie-category': CookieCategoryVueComponent;
    'cookie-service': CookieServiceVueComponent;
    'cookie-declaration': CookieDeclarationVueComponent;
  }
}
