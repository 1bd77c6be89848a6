import { idList } from '../../core/consent-store.js';
import type { BannerStrings } from '../../i18n/consent-strings.js';

/** What the preferences show of one category. */
export interface CategoryInfo {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Granted and locked like `necessary`. */
  readonly required: boolean;
  /** Cookie names (with `*` wildcards) deleted when the category is withdrawn. */
  readonly cookies: readonly string[];
  /** Sells or shares personal data: Global Privacy Control denies it. */
  readonly saleOrShare: boolean;
}

/**
 * Describes each category: a `<cookie-category>` child wins over the built-in texts, and an id
 * nobody describes is shown under its own name.
 */
export function categoryInfo(ids: readonly string[], children: readonly Element[], t: BannerStrings): CategoryInfo[] {
  return ids.map((id) => {
    const child = children.find((c) => c.getAttribute('name')?.trim() === id);
    // own keys only: an id such as `constructor` must not find Object.prototype's
    const [label, description] = Object.hasOwn(t.categories, id) ? t.categories[id as keyof BannerStrings['categories']] : [id, ''];
    return {
      id,
      label: child?.getAttribute('label') || label,
      description: child?.textContent?.trim() || description,
      required: id === 'necessary' || !!child?.hasAttribute('required'),
      cookies: idList(child?.getAttribute('cookies')),
      saleOrShare: id === 'marketing' || !!child?.hasAttribute('sale-or-share'),
    };
  });
}
