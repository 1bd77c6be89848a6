import { DEFAULT_SALE_OR_SHARE } from '../../core/consent-store-options.js';
import { idList } from '../../internal/id-list.js';
import { queryAll } from '../../internal/query-all.js';
import { refusedLink } from '../../internal/url-scheme.js';
import { markupName, warnMarkup } from '../../internal/warn-markup.js';
import { oneLine } from '../../internal/one-line.js';
import type { BannerStrings } from '../../i18n/consent-strings.js';
import type { CategoryInfo, ServiceInfo } from '../../preferences/preferences-dialog.js';

/** What a `<cookie-service>` inside a `<cookie-category>` says about its service (vendor). */
export interface ServiceConfig {
  /** Its `name`, trimmed. */
  readonly id: string;
  /** Its `label`, if any. */
  readonly label: string | null;
  /** Its text, trimmed: the service's description. */
  readonly description: string;
  /** Cookie names (with `*` wildcards) deleted when the service is withdrawn. */
  readonly cookies: readonly string[];
  /** The vendor's privacy policy; empty when there is none (or it would run script). */
  readonly policyHref: string;
  /** Its own `sale-or-share`: it sells or shares personal data (so do the services of a category that does; the store sees to that). */
  readonly saleOrShare: boolean;
  /** The child itself. */
  readonly element: Element;
}

/** What a `<cookie-category>` child of `<cookie-consent>` says about its category. */
export interface CategoryConfig {
  /** Its `name`, trimmed. */
  readonly id: string;
  /** Its `label`, if any. */
  readonly label: string | null;
  /** Its text (but its services'), trimmed: the category's description. */
  readonly description: string;
  /** Cookie names (with `*` wildcards) deleted when the category is withdrawn. */
  readonly cookies: readonly string[];
  /** Granted and locked like `necessary`. */
  readonly required: boolean;
  /** Sells or shares personal data: Global Privacy Control denies it. */
  readonly saleOrShare: boolean;
  /** Its `<cookie-service>` children, in order. */
  readonly services: readonly ServiceConfig[];
  /** The child itself (its `consent-mode` mapping is read by the Consent Mode integration). */
  readonly element: Element;
}

/** The text of `el` but that of the services inside it (and of comments, as `textContent` has it). */
const ownText = (el: Element): string =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.localName !== 'cookie-service'))
    .map((n) => n.textContent)
    .join('')
    .trim();

/**
 * Reads the `<cookie-category>` children of `host`, and their `<cookie-service>` children, into
 * one model, which the store's options, the preferences, Consent Mode and the declaration use.
 * Ids are unique across categories and services: a declaration whose name was taken earlier in
 * the document, or that has none, is ignored with one warning (when `report`), as is a
 * `<cookie-service>` that is not a child of a category (docs/reference.md#services-cookie-service).
 */
export function readCategories(host: Element, report = true): CategoryConfig[] {
  const warn = (el: Element, problem: string) => report && warnMarkup(el, `${markupName(el)} ${problem}`);
  const taken = new Set<string>();
  /** The element's id, if it can have it (`necessary` is a category, never a service). */
  const claim = (el: Element): string | undefined => {
    const id = el.getAttribute('name')?.trim();
    if (!id) warn(el, 'has no name; it is ignored.');
    else if (taken.has(id)) warn(el, 'has the name of another category or service; it is ignored.');
    else if (id === 'necessary' && el.localName === 'cookie-service') warn(el, 'cannot be a service: necessary is a category; it is ignored.');
    else return taken.add(id), id;
    return undefined;
  };
  // What a framework's template writes (Vue's): `saleOrShare` becomes the attribute `saleorshare`,
  // which nothing reads, and `:required="false"` the text "false", which is present: on.
  const spelling = (el: Element) => {
    for (const name of ['sale-or-share', 'consent-mode', 'policy-href']) {
      const wrong = name.replace(/-/g, '');
      if (el.hasAttribute(wrong)) warn(el, `has ${wrong}, which nothing reads: write ${name}.`);
    }
    for (const flag of ['required', 'sale-or-share']) {
      if (/^\s*false\s*$/i.test(el.getAttribute(flag)!)) warn(el, `${flag}="false" turns it on, as any value does: leave it out to turn it off.`);
    }
  };
  const configs: CategoryConfig[] = [];
  const read = new Set<Element>();
  for (const element of queryAll(host, ':scope > cookie-category')) {
    const id = claim(element);
    if (!id) continue;
    spelling(element);
    const services: ServiceConfig[] = [];
    for (const service of queryAll(element, ':scope > cookie-service')) {
      read.add(service);
      const serviceId = claim(service);
      if (!serviceId) continue;
      spelling(service);
      let policyHref = service.getAttribute('policy-href')?.trim() ?? '';
      if (refusedLink(policyHref)) {
        warn(service, `policy-href="${oneLine(policyHref)}" is not valid; using no link.`);
        policyHref = '';
      }
      services.push({
        id: serviceId,
        label: service.getAttribute('label'),
        description: service.textContent?.trim() ?? '',
        cookies: idList(service.getAttribute('cookies')),
        policyHref,
        saleOrShare: service.hasAttribute('sale-or-share'),
        element: service,
      });
    }
    configs.push({
      id,
      label: element.getAttribute('label'),
      description: ownText(element),
      cookies: idList(element.getAttribute('cookies')),
      required: element.hasAttribute('required'),
      saleOrShare: element.hasAttribute('sale-or-share'),
      services,
      element,
    });
  }
  // (services of a category that was ignored were read with it: no second warning)
  for (const service of queryAll(host, 'cookie-service')) {
    if (!read.has(service) && service.parentElement?.localName !== 'cookie-category') warn(service, 'is not inside a <cookie-category>; it is ignored.');
  }
  return configs;
}

/** What the store needs of the categories: their ids, the required ones, those that sell or share, the services. */
export function categoryOptions(configs: readonly CategoryConfig[]): {
  categories: string[];
  required: string[];
  saleOrShare: string[];
  services: Record<string, string[]>;
} {
  const ids = (which: (c: CategoryConfig) => boolean) => configs.filter(which).map((c) => c.id);
  const services: Record<string, string[]> = {};
  for (const c of configs) if (c.services.length) services[c.id] = c.services.map((s) => s.id);
  return {
    categories: ids(() => true),
    required: ids((c) => c.required),
    saleOrShare: [DEFAULT_SALE_OR_SHARE, ...ids((c) => c.saleOrShare), ...configs.flatMap((c) => c.services.filter((s) => s.saleOrShare).map((s) => s.id))],
    services,
  };
}

/** The cookies of category or service `id`, deleted when it is withdrawn. */
export const cookiesOf = (configs: readonly CategoryConfig[], id: string): readonly string[] =>
  configs.flatMap((c) => [c, ...c.services]).find((x) => x.id === id)?.cookies ?? [];

/**
 * Describes each of `ids`: a `<cookie-category>` child wins over the built-in texts, and an id
 * nobody describes is shown under its own name. A category's services come with it.
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
      services: (config?.services ?? []).map((s): ServiceInfo => ({ ...s, label: s.label || s.id })),
    };
  });
}
