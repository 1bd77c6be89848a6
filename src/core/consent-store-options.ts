/** The cookie (and localStorage key) the decision is kept under unless the site names one. */
export const DEFAULT_COOKIE_NAME = 'cookie_consent';

/** The category that sells or shares personal data unless the site says which do. */
export const DEFAULT_SALE_OR_SHARE = 'marketing';

/** Options of a {@link ConsentStore}: the storage attributes of `<cookie-consent>`, camelCased. */
export interface ConsentStoreOptions {
  /** Name of the cookie (and localStorage key). Default `cookie_consent`. */
  cookieName?: string;
  /** Lifetime of a decision in days, decimals allowed; default 182, at most 400. */
  days?: number | string;
  /** Share the decision with subdomains, e.g. `example.com`. Default: host-only. */
  cookieDomain?: string;
  /** Default `/`. */
  cookiePath?: string;
  /** `Lax` (default), `Strict` or `None` (which forces `Secure`). */
  cookieSameSite?: string;
  /** `cookie` (default) or `local` (localStorage). Either degrades to memory when unavailable. */
  storage?: string;
  /** Policy revision; a decision stored under another revision is void. Default `""`. */
  revision?: string;
  /** Category ids besides `necessary`, as an array or a space-separated string. */
  categories?: string | Iterable<string>;
  /** `opt-in` (default), `opt-out` or `notice`. */
  mode?: string;
  /** Categories granted and locked like `necessary` (`<cookie-category required>`). */
  required?: string | Iterable<string>;
  /**
   * Global Privacy Control is on (docs/reference.md#global-privacy-control): the `saleOrShare` categories are denied without a
   * click. Default: `navigator.globalPrivacyControl === true` (only the boolean counts).
   */
  gpc?: boolean;
  /**
   * Categories and services that sell or share personal data, which GPC denies. Default
   * `marketing`. A service of such a category sells or shares too.
   */
  saleOrShare?: string | Iterable<string>;
  /**
   * The services (vendors) inside categories, by category id, as arrays or space-separated
   * strings: `{ marketing: ['youtube', 'meta-pixel'] }` (docs/reference.md#services-cookie-service).
   * Each category joins the categories. A service is granted on its own or with its category, and
   * the record lists it like a category. An id that is a category here, or a service of an
   * earlier category, is not a service (again).
   */
  services?: Readonly<Record<string, string | Iterable<string>>>;
}
