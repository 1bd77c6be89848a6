/**
 * Describes one service (a vendor: a video platform, an ad network) inside a `<cookie-category>`,
 * so that a visitor can allow it without the rest of its category. `<cookie-consent>` reads it
 * with its category: its name is a consent id of its own (`data-consent="youtube"`), granted on
 * its own or with its category, and its label, description, cookies and policy are what the
 * preferences and `<cookie-declaration>` show. The element has no class and no behaviour of its
 * own; its text is shown as text (markup in it is not interpreted). See `docs/reference.md`.
 *
 * @summary One service (vendor) of a category, inside `<cookie-category>`.
 * @tag cookie-service
 *
 * @slot - The service's description, shown in the preferences and the declaration.
 */
export interface CookieServiceAttributes {
  /** The service id, unique across categories and services, as `data-consent` and the stored decision name it (`youtube`). */
  name: string;
  /** Its name in the preferences, placeholders and the declaration. Default: the id. */
  label?: string;
  /** Space-separated cookie names (`*` is a wildcard), deleted when the service is withdrawn. */
  cookies?: string;
  /** URL of the vendor's privacy policy, linked from the preferences and the declaration. */
  'policy-href'?: string;
  /**
   * Sells or shares personal data: Global Privacy Control denies it. A service of a
   * `sale-or-share` category (or of `marketing`) does without it.
   * @default false
   */
  'sale-or-share'?: boolean;
  /**
   * The Google Consent Mode types it grants when granted on its own, space-separated; empty
   * grants none (a vendor other than Google: `consent-mode=""` on a Meta pixel). Default: its
   * category's types.
   */
  'consent-mode'?: string;
}
