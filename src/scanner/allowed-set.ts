import { allGranted, GatedSources } from './gated-sources.js';
import { matchesPattern } from './known-services.js';
import { withoutQuery } from './is-first-party.js';
import type { BannerConfig, Cause, Visit } from './types.js';

/**
 * What a visit may hold without a violation: the consent record, what the categories and
 * services granted at that moment declare (`necessary` and `required` ones always are), and
 * what gated markup the element activated because its categories were granted (as far as that
 * markup can answer for it: see `GatedSources`).
 */
export class AllowedSet {
  readonly consentName: string;
  readonly #patterns: string[];
  readonly #gated: GatedSources;
  readonly #granted: ReadonlySet<string>;
  readonly #logEndpoint: string;

  constructor(config: BannerConfig | null, visit: Visit) {
    this.consentName = config?.cookieName ?? 'cookie_consent';
    const categories = config?.categories ?? [];
    // a page whose element never answered: assume only what is granted without a choice
    const granted = new Set(visit.granted.length ? visit.granted : ['necessary', ...categories.filter((c) => c.required).map((c) => c.name)]);
    const patterns: string[] = [];
    for (const category of categories) {
      const always = category.name === 'necessary' || category.required || granted.has(category.name);
      if (always) patterns.push(...category.cookies);
      for (const service of category.services) if (always || granted.has(service.name)) patterns.push(...service.cookies);
    }
    this.#patterns = patterns;
    this.#gated = new GatedSources(visit);
    this.#granted = granted;
    this.#logEndpoint = config?.logEndpoint ? withoutQuery(config.logEndpoint) : '';
  }

  /** A cookie or storage key's name that the consent record or a granted declaration covers. */
  name(name: string): boolean {
    return name === this.consentName || this.#patterns.some((pattern) => matchesPattern(name, pattern));
  }

  /** Caused by a gated script or iframe that the element activated. */
  cause(cause: Cause | undefined): boolean {
    return allGranted(this.#gated.forCause(cause), this.#granted);
  }

  /** A request for an activated gated element itself, or the consent log. */
  request(url: string): boolean {
    return allGranted(this.#gated.forLoad(url), this.#granted) || (this.#logEndpoint !== '' && url === this.#logEndpoint);
  }
}
