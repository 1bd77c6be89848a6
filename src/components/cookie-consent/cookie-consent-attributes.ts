import type { ConsentMode } from '../../core/option-values.js';
import { DEFAULT_DAYS, normalizeDays } from '../../core/days.js';
import type { ConsentStorage, CookieSameSite } from '../../core/option-values.js';
import type { BannerPosition, BannerTheme } from './banner-options.js';
import { ReactiveHost } from '../../internal/reactive-host.js';

/**
 * The attributes of `<cookie-consent>` and their properties: what a site configures. The element
 * (`CookieConsentElement`) adds the behaviour.
 */
export class CookieConsentAttributes extends ReactiveHost {
  static override properties = {
    // how it asks, and for how long a decision lasts
    mode: {},
    // a number, converted (and checked: one warning naming a bad value) from the attribute
    days: { converter: { fromAttribute: (value: string | null) => (value === null ? DEFAULT_DAYS : normalizeDays(value)) } },
    categories: {},
    revision: {},
    // its texts
    acceptLabel: { attribute: 'accept-label' },
    rejectLabel: { attribute: 'reject-label' },
    preferencesLabel: { attribute: 'preferences-label' },
    saveLabel: { attribute: 'save-label' },
    heading: {},
    message: {},
    policyHref: { attribute: 'policy-href' },
    policyLabel: { attribute: 'policy-label' },
    // where it shows, and how
    position: {},
    theme: {},
    // where the decision is kept
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    cookiePath: { attribute: 'cookie-path' },
    cookieSameSite: { attribute: 'cookie-same-site' },
    storage: {},
    // what a decision sets off, and what overrides it
    logEndpoint: { attribute: 'log-endpoint' },
    noRevokeButton: { attribute: 'no-revoke-button', type: Boolean },
    ignoreGpc: { attribute: 'ignore-gpc', type: Boolean },
    gpc: { type: Boolean },
    reloadOnRevoke: { attribute: 'reload-on-revoke', type: Boolean },
    googleConsentMode: { attribute: 'google-consent-mode', type: Boolean },
    googleDataLayer: { attribute: 'google-data-layer' },
    open: { type: Boolean, reflect: true },
    /**
     * Language of the texts. Default: the closest `lang` on the page, else the browser's language
     * (see `docs/languages.md`).
     * @type {string}
     */
    // the global attribute, observed so that a change of language re-renders
    lang: { reflect: true },
  };

  /** `opt-in` (EU/UK: nothing optional until granted), `notice` (one acknowledge button) or `opt-out` (US). */
  mode: ConsentMode = 'opt-in';
  /** Lifetime of a stored decision in days; decimals allowed. Default 182, at most 400. */
  days: number = DEFAULT_DAYS;
  /** Space-separated category ids besides `necessary`. */
  categories = '';
  /** Policy revision; a decision stored under another revision is asked again. */
  revision = '';
  /** Text of the accept button. */
  acceptLabel = '';
  /** Text of the reject button. */
  rejectLabel = '';
  /** Text of the preferences button. */
  preferencesLabel = '';
  /** Text of the save button in the preferences. */
  saveLabel = '';
  /** Banner heading. */
  heading = '';
  /** Banner text, when the element has no content of its own. */
  message = '';
  /** URL of the privacy or cookie policy. */
  policyHref = '';
  /** Text of the policy link. */
  policyLabel = '';
  /** `bottom`, `top`, `bottom-left`, `bottom-right` or `center`. */
  position: BannerPosition = 'bottom';
  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  theme: BannerTheme = 'auto';
  /** Name of the consent cookie (and localStorage key). */
  cookieName = 'cookie_consent';
  /** Cookie domain, e.g. `example.com` to share the decision with subdomains. Default: host-only. */
  cookieDomain = '';
  /** Cookie path. */
  cookiePath = '/';
  /** `Lax`, `Strict` or `None` (forces `Secure`). `Secure` is set on https anyway. */
  cookieSameSite: CookieSameSite = 'Lax';
  /** `cookie` or `local` (localStorage); unavailable storage degrades to memory. */
  storage: ConsentStorage = 'cookie';
  /** URL that receives each decision (the record and the page's address without its query) in a POST that outlives the page. */
  logEndpoint = '';
  /** Hide the floating button that reopens the preferences (shown only if a category is optional). */
  noRevokeButton = false;
  /** Do not honour Global Privacy Control. */
  ignoreGpc = false;
  /** The server saw `Sec-GPC: 1`: honour Global Privacy Control as if the browser said so. */
  gpc = false;
  /** Reload the page after a category is withdrawn, so that scripts that already ran stop. */
  reloadOnRevoke = false;
  /**
   * Keep Google Consent Mode v2 in step with the decision. The default comes from
   * `consent-mode.js` in `<head>`, before any Google tag.
   */
  googleConsentMode = false;
  /** Name of the data layer for Google Consent Mode (GTM's `l=` parameter). */
  googleDataLayer = 'dataLayer';
  /** Whether the banner is showing (reflected). */
  open = false;

}
