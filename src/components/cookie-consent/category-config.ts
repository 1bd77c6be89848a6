import { DEFAULT_SALE_OR_SHARE } from '../../core/consent-store.js';
import { idList } from '../../internal/id-list.js';
import type { BannerStrings } from '../../i18n/consent-strings.js';
import type { CategoryInfo } from '../../preferences/preferences-dialog.js';

/** What a `<cookie-category>` child of `<cookie-consent>` says about its category. */
export interface CategoryConfig {
  /** Its `name`, trimmed. */
  readonly id: string;
  /** Its `label`, if any. */
  readonly label: string | null;
  /** Its text, trimmed: the category's description. */
  readonly description: string;
  /** Cookie names (with `*` wildcards) deleted when the category is withdrawn. */
  readonly cookies: readonly string[];
  /** Granted and locked like `necessary`. */
  readonly required: boolean;
  /** Sells or shares personal data: Global Privacy Control denies it. */
  readonly saleOrShare: boolean;
  /** The child itself (its `consent-mode` mapping is read by the Consent Mode integration). */
  readonly element: Element;
}

/**
 * Reads the `<cookie-category>` children of `host` into one model, which the store's options and
 * the preferences both use. The first child of a name describes it; a child without one is skipped.
 */
export function readCategories(host: Element): CategoryConfig[] {
  const configs = new Map<string, CategoryConfig>();
  for (const element of host.querySelectorAll(':scope > cookie-category')) {
    const id = element.getAttribute('name')?.trim();
    if (!id || configs.has(id)) continue;
    configs.set(id, {
      id,
      label: element.getAttribute('label'),
      description: element.textContent?.trim() ?? '',
      cookies: idList(element.getAttribute('cookies')),
      required: element.hasAttribute('required'),
      saleOrShare: element.hasAttribute('sale-or-share'),
      element,
    });
  }
  return [...configs.values()];
}

/** What the store needs of the categories: their ids, the required ones, those that sell or share. */
export function categoryOptions(configs: readonly CategoryConfig[]): { categories: string[]; required: string[]; saleOrShare: string[] } {
  const ids = (which: (c: CategoryConfig) => boolean) => configs.filter(which).map((c) => c.id);
  return {
    categories: ids(() => true),
    required: ids((c) => c.required),
    saleOrShare: [DEFAULT_SALE_OR_SHARE, ...ids((c) => c.saleOrShare)],
  };
}

/**
 * Describes each of `ids`: a `<cookie-category>` child wins over the built-in texts, and an id
 * nobody describes is shown under its own name.
 */
export function categoryInfo(ids: readonly string[], configs: readonly CategoryConfig[], t: BannerStrings): CategoryInfo[] {
  return ids.map((id) => {
    const config = configs.find((c) => c.id === id);
    // own keys only: an id such as `constructor` must not find Object.prototype's
    const [label, description] = Object.hasOwn(t.categories, id) ? t.categories[id as keyof BannerStrings['categories']] : [id, ''];
    return {
      id,
      label: config?.label || label,
      description: config?.description || description,
      required: id === 'necessary' || !!config?.required,
      cookies: config?.cookies ?? [],
    };
  });
}
