/**
 * `<cookie-consent>` for Lit SSR (`@lit-labs/ssr`): `CookieConsentRenderer` writes the element's
 * banner into the page's HTML, in a declarative shadow root, so that a visitor who has to decide
 * sees it before any script runs; the element, once its script runs, draws over it in place
 * (docs/frameworks.md#lit-ssr).
 *
 * The server says whether the banner shows, with the `open` attribute (from `readConsentCookie()`
 * and `needsDecision()` of `./core.js`): without it, the element is written with an empty shadow
 * root and the browser draws what the stored decision calls for. The banner is written from the
 * element's attributes alone, as the server sees them: its texts, its own `lang`, `mode`,
 * `position`, `theme`, `policy-href` and `categories` (children are not the renderer's to read).
 */
// In Node, Lit's modules put their registry (the DOM shim's) on `globalThis.customElements` where
// there is none, and leave one that is there in place: the element registers where the app's Lit
// elements are, and where Lit SSR looks them up.
import 'lit';
import { ElementRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import { reflectedAttributeName } from '@lit-labs/ssr/lib/reflected-attributes.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { CookieConsentElement, defineConsent } from '../define.js';
import { bannerContent } from '../components/cookie-consent/banner.js';
import { BannerPosition, BannerTheme } from '../components/cookie-consent/banner-options.js';
import { bannerStyles } from '../components/cookie-consent/banner.styles.js';
import { styles } from '../components/cookie-consent/cookie-consent.styles.js';
import { ConsentMode } from '../core/option-values.js';
import type { BannerStrings } from '../i18n/consent-strings.js';
import { en } from '../i18n/en.js';
import { loadStrings } from '../i18n/load-strings.js';
import { languageWithTexts } from '../i18n/resolve-language.js';
import { idList } from '../internal/id-list.js';
import { escapeHtml, markup } from '../internal/markup.js';
import type { PropertyDeclaration } from '../internal/reactive-host.js';
import { oneOf } from '../internal/one-of.js';
import { linkable } from '../internal/url-scheme.js';

/** Property → attribute, as the element declares them (`policyHref` → `policy-href`). */
const ATTRIBUTES = new Map(
  Object.entries(CookieConsentElement.properties as Record<string, PropertyDeclaration>)
    .filter(([, options]) => options.attribute !== false)
    .map(([name, options]) => [name, { attribute: options.attribute || name.toLowerCase(), boolean: options.type === Boolean }]),
);

// Lit SSR renders what the registry knows, which may have come after the element's module
// (imports are not evaluated in a promised order)
defineConsent();

/** `value` as text, or `undefined` (and one warning) for a value that has none (`Object.create(null)`). */
function asText(name: string, value: unknown): string | undefined {
  try {
    return String(value);
  } catch {
    console.warn(`<cookie-consent>: the value of ${name} cannot be read as text; it is left out.`);
    return undefined;
  }
}

/**
 * Renders `<cookie-consent>` on the server: its attributes (properties bound with `.policyHref`
 * become the attributes the element reads), and, with `open`, its banner. Give it to Lit SSR's
 * `render()` before the default renderer: `{ elementRenderers: [CookieConsentRenderer, LitElementRenderer] }`.
 */
export class CookieConsentRenderer extends ElementRenderer {
  static override matchesClass(_ceClass: typeof HTMLElement, tagName: string): boolean {
    return tagName === 'cookie-consent';
  }

  /** The attributes it writes. */
  readonly #attributes = new Map<string, string>();
  /** What the banner is written from: the attributes, and the properties Lit SSR writes itself (`lang`). */
  readonly #values = new Map<string, string>();

  override setAttribute(name: string, value: string): void {
    const text = asText(name, value);
    if (text === undefined) return;
    this.#attributes.set(name.toLowerCase(), text);
    this.#values.set(name.toLowerCase(), text);
  }

  override setProperty(name: string, value: unknown): void {
    const known = ATTRIBUTES.get(name);
    if (!known) return;
    const text = known.boolean ? (value ? '' : undefined) : value == null ? undefined : asText(name, value);
    // (a property Lit SSR reflects on every element, such as `lang`, it writes as an attribute itself)
    const written = reflectedAttributeName('cookie-consent', name) === undefined;
    for (const map of written ? [this.#attributes, this.#values] : [this.#values]) {
      if (text === undefined) map.delete(known.attribute);
      else map.set(known.attribute, text);
    }
  }

  override renderAttributes(): ThunkedRenderResult {
    return [...this.#attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
  }

  override get shadowRootOptions(): ShadowRootInit {
    return { mode: 'open' };
  }

  override renderShadow(): ThunkedRenderResult {
    // Not open: an empty shadow root, which the element draws into. (No shadow root at all would
    // leave the element on Lit SSR's stack of hosts, and every element after it deferred.)
    if (!this.#values.has('open')) return [];
    const code = languageWithTexts(this.#values.get('lang')) ?? 'en';
    return [() => (code === 'en' ? this.#shadow(en) : loadStrings(code).then((t) => this.#shadow(t), () => this.#shadow(en)))];
  }

  /** The shadow root's markup, as the element's first render in the browser makes it. */
  #shadow(t: BannerStrings): string {
    const a = (name: string) => this.#values.get(name) ?? '';
    const mode = oneOf('mode', a('mode'), Object.values(ConsentMode), 'opt-in');
    const position = oneOf('position', a('position'), Object.values(BannerPosition), 'bottom');
    const theme = oneOf('theme', a('theme'), Object.values(BannerTheme), 'auto');
    const banner = bannerContent(markup, {
      t, mode, position,
      heading: a('heading'), message: a('message'),
      acceptLabel: a('accept-label'), rejectLabel: a('reject-label'), preferencesLabel: a('preferences-label'),
      slottedMessage: false,
      policyHref: linkable('policy-href', a('policy-href').trim()), policyLabel: a('policy-label') || t.policy,
      preferencesButton: idList(a('categories')).some((id) => id !== 'necessary'),
    });
    const root = markup('div', { class: 'root', lang: t.$code, dir: t.$dir, 'data-theme': theme }, banner);
    return `<style>${styles}${bannerStyles}</style>${root}`;
  }
}
