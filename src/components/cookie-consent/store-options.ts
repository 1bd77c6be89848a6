import type { ConsentStoreOptions } from '../../core/consent-store.js';
import { gpcSignal } from '../../core/gpc-signal.js';
import { gatedCategories } from '../../gating/gated-categories.js';
import { idList } from '../../internal/id-list.js';
import { categoryOptions, type CategoryConfig } from './category-config.js';
import type { CookieConsentAttributes } from './cookie-consent-attributes.js';

/**
 * The store options that the element's attributes and `<cookie-category>` children say. Its
 * categories: the attribute's, the children's, and the ids that gated markup on the page uses
 * (but those of services, which the store keeps apart).
 */
export function storeOptions(el: CookieConsentAttributes, configs: readonly CategoryConfig[]): ConsentStoreOptions {
  const { categories, required, saleOrShare, services } = categoryOptions(configs);
  return {
    mode: el.mode,
    days: el.days,
    categories: [...idList(el.categories), ...categories, ...gatedCategories()],
    required,
    saleOrShare,
    services,
    gpc: !el.ignoreGpc && (el.gpc || gpcSignal()),
    revision: el.revision,
    cookieName: el.cookieName,
    cookieDomain: el.cookieDomain,
    cookiePath: el.cookiePath,
    cookieSameSite: el.cookieSameSite,
    storage: el.storage,
  };
}
