/**
 * Describes one category of cookies to `<cookie-consent>`, which reads its `<cookie-category>`
 * children: their names join the categories, and their labels, descriptions and cookies are what
 * the preferences show and what withdrawal deletes. The element has no class and no behaviour of
 * its own; its text is shown as text (markup in it is not interpreted). See `docs/reference.md`.
 *
 * @summary One category of cookies, inside `<cookie-consent>`.
 * @tag cookie-category
 *
 * @slot - The category's description, shown in the preferences.
 */
export interface CookieCategoryAttributes {
  /** The category id, as `categories`, `data-consent` and the stored decision name it (`analytics`). */
  name: string;
  /** Its name in the preferences. Default: the built-in label of `functional`, `analytics` and `marketing`, else the id. */
  label?: string;
  /** Space-separated cookie names (`*` is a wildcard: `_ga_*`), deleted when the category is withdrawn. */
  cookies?: string;
  /**
   * Granted and locked on, like `necessary`.
   * @default false
   */
  required?: boolean;
  /**
   * Sells or shares personal data: Global Privacy Control denies it, as it denies `marketing`.
   * @default false
   */
  'sale-or-share'?: boolean;
  /**
   * The Google Consent Mode types it grants, space-separated (`ad_storage ad_user_data`); empty
   * maps it to none. Default: the built-in mapping of `functional`, `analytics` and `marketing`.
   */
  'consent-mode'?: string;
}
