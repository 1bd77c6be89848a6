import { declarableName, NOT_DECLARABLE, quotedNames } from './declarable-name.js';
import { escapeHtml } from './escape-html.js';
import { GatedSources } from './gated-sources.js';
import { hostOf, partyOf } from './is-first-party.js';
import { matchesPattern, serviceForCookie, serviceForHost, serviceForUrl, type KnownService } from './known-services.js';
import type { BannerConfig, Cause, Party, Suggestion, Visit } from './types.js';

/** The category name put in markup when the scanner cannot guess one: to be replaced by hand. */
export const UNKNOWN_CATEGORY = 'CATEGORY';

/**
 * The host responsible for a cookie and the well-known service it is: what wrote it (a script's,
 * an iframe's, a response's URL), else the page for inline code and markup, else its domain.
 */
function setterOf(cause: Cause | undefined, domain: string, page: string): { host: string; known: KnownService | undefined } {
  const bare = domain.replace(/^\./, '');
  const url = cause && cause.kind !== 'inline-script' && cause.kind !== 'markup' ? cause.url : cause ? page : '';
  const host = url ? hostOf(url) : '';
  return host ? { host, known: serviceForUrl(url) } : { host: bare, known: serviceForHost(bare) };
}

/** At most three hosts by name, for a sentence: a service may be reached on many subdomains. */
function hostList(hosts: readonly string[]): string {
  const shown = hosts.slice(0, 3);
  const more = hosts.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

/** `brand` of a host: the label before its last one (`youtube` for `www.youtube.com`). */
function brandOf(host: string): string {
  const labels = host.split('.');
  return (labels.length > 1 ? labels[labels.length - 2] : labels[0]) ?? host;
}

const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether one of the banner's services already stands for this host. */
function declaresService(config: BannerConfig | null, host: string, known: KnownService | undefined): boolean {
  const keys = [known?.name, known?.label, brandOf(host)].filter((k): k is string => !!k).map(squash).filter(Boolean);
  return (config?.categories ?? []).some((c) =>
    c.services.some((s) => [s.name, s.label].map(squash).some((v) => v && keys.some((k) => v === k || v.includes(k) || k.includes(v)))),
  );
}

interface Group {
  /** The host a suggestion names: the first of `hosts` in order. */
  host: string;
  /** A well-known service's hosts make one group, as one service (its tag, its collection, its CDN). */
  hosts: Set<string>;
  known: KnownService | undefined;
  party: Party;
  cookies: Set<string>;
  /** Cookies it set whose names a `cookies` list cannot hold as they are (see `declarableName`). */
  undeclarable: Set<string>;
  /** The categories the site itself gates this host's scripts with. */
  gatedAs: Set<string>;
}

/**
 * The category of a group: the one the site already gates its scripts with, else the table of
 * well-known services (by URL, then by a cookie's name), else unknown.
 */
function categoryOf(group: Group, config: BannerConfig | null, known: KnownService | undefined): { category: string; categoryKnown: boolean } {
  const categories = new Set((config?.categories ?? []).map((c) => c.name));
  const serviceCategory = new Map((config?.categories ?? []).flatMap((c) => c.services.map((s) => [s.name, c.name] as const)));
  for (const id of group.gatedAs) {
    if (categories.has(id) || ['functional', 'analytics', 'marketing'].includes(id)) return { category: id, categoryKnown: true };
    if (serviceCategory.has(id)) return { category: serviceCategory.get(id)!, categoryKnown: true };
  }
  const byCookie = [...group.cookies].map(serviceForCookie).find(Boolean);
  const category = known?.category ?? byCookie?.category;
  return category ? { category, categoryKnown: true } : { category: UNKNOWN_CATEGORY, categoryKnown: false };
}

const attribute = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;

/**
 * Markup to paste for what the Accept all visit saw that the banner does not declare: each cookie
 * no category's or service's `cookies` names, and each third-party host no `<cookie-service>`
 * stands for, grouped by the host that set or served it, or by the well-known service it is (a
 * service's tag, collection and CDN hosts are one vendor's; one host's paths may be several).
 *
 * - When the banner already declares services, each host becomes a `<cookie-service>` inside its
 *   category: a service names the vendor and can be allowed on its own.
 * - Otherwise the cookies join their category's `cookies` list (one snippet per category, listing
 *   what it declares already, so pasting it replaces the old tag): that is what the banner deletes
 *   when the category is withdrawn. A third-party host that sets no cookie the browser shows is
 *   still suggested as a `<cookie-service>`: only a service can name a vendor.
 */
export function suggestMarkup(visit: Visit | null, config: BannerConfig | null): Suggestion[] {
  if (!visit || !config) return [];
  const pageHost = hostOf(visit.finalUrl);
  const declared = [config.cookieName, ...config.categories.flatMap((c) => [...c.cookies, ...c.services.flatMap((s) => s.cookies)])];
  const isDeclared = (name: string) => declared.some((pattern) => matchesPattern(name, pattern));
  // only gated markup that can answer for a cookie or request names its category: an <img>, or a
  // copy of a script the page also loads ungated, is page data that could steer it anywhere
  const gatedBy = new GatedSources(visit);
  const groups = new Map<string, Group>();
  const groupOf = (host: string, known: KnownService | undefined) => {
    // by service where one is known, so a host that serves several things splits by path
    const key = known ? `service ${known.name}` : `host ${host}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { host, hosts: new Set(), known, party: partyOf(host, pageHost), cookies: new Set(), undeclarable: new Set(), gatedAs: new Set() }));
    group.hosts.add(host);
    return group;
  };
  const noteGate = (group: Group, lists: readonly string[][]) => {
    for (const id of lists.flat()) group.gatedAs.add(id);
  };

  for (const cookie of visit.cookies) {
    if (isDeclared(cookie.name)) continue;
    const setter = setterOf(cookie.setBy, cookie.domain, visit.finalUrl);
    const group = groupOf(setter.host, setter.known);
    (declarableName(cookie.name) ? group.cookies : group.undeclarable).add(cookie.name);
    noteGate(group, gatedBy.forCause(cookie.setBy));
    // a cookie that came with the response to a gated element's own load
    if (cookie.setBy?.kind === 'response') noteGate(group, gatedBy.forLoad(cookie.setBy.url));
  }
  for (const request of visit.requests) {
    const group = groupOf(request.host, serviceForUrl(request.url));
    noteGate(group, gatedBy.forCause(request.cause));
    noteGate(group, gatedBy.forLoad(request.url));
  }

  const usesServices = config.categories.some((c) => c.services.length > 0);
  const suggestions: Suggestion[] = [];
  const from = new Map<Suggestion, string>();
  for (const group of groups.values()) {
    group.host = [...group.hosts].sort()[0]!;
    if (group.hosts.size > 1) group.party = [...group.hosts].some((h) => partyOf(h, pageHost) === 'third') ? 'third' : 'first';
  }
  for (const group of [...groups.values()].sort((a, b) => a.host.localeCompare(b.host))) {
    const known = group.known;
    const hosts = hostList([...group.hosts].sort());
    const cookieless = group.cookies.size === 0;
    const nothingToPaste = cookieless && (group.party === 'first' || declaresService(config, group.host, known));
    if (nothingToPaste && group.undeclarable.size === 0) continue;
    const { category, categoryKnown } = categoryOf(group, config, known);
    const cookies = [...group.cookies].sort();
    const undeclarable = [...group.undeclarable].sort();
    const service = { name: known?.name ?? (squash(brandOf(group.host)) || 'service'), label: known?.label ?? group.host };
    const guess = categoryKnown ? '' : ` Replace ${UNKNOWN_CATEGORY} with the category it serves.`;
    if (nothingToPaste) {
      // only names no markup can hold: listed, with no snippet
      const why = `${quotedNames(undeclarable)} set by ${hosts} after Accept all ${NOT_DECLARABLE}; rename ${undeclarable.length > 1 ? 'them' : 'it'} where ${undeclarable.length > 1 ? 'they are' : 'it is'} set to declare ${undeclarable.length > 1 ? 'them' : 'it'}.`;
      suggestions.push({ host: group.host, party: group.party, category, categoryKnown, service: null, cookies, undeclarable, kind: 'category', markup: '', why });
      continue;
    }
    if (usesServices || cookieless) {
      const markup =
        `<cookie-category${attribute('name', category)}>\n` +
        `  <cookie-service${attribute('name', service.name)}${attribute('label', service.label)}${cookies.length ? attribute('cookies', cookies.join(' ')) : ''}></cookie-service>\n` +
        `</cookie-category>`;
      const why = cookieless
        ? `${hosts} ${group.hosts.size > 1 ? 'are' : 'is'} contacted after Accept all and no <cookie-service> names ${group.hosts.size > 1 ? 'them' : 'it'}; ${undeclarable.length ? `its cookies ${quotedNames(undeclarable)} ${NOT_DECLARABLE}` : 'it sets no cookie the browser shows'}, and only a service can name a vendor in the preferences.${guess}`
        : `${cookies.join(', ')} set by ${hosts} after Accept all ${cookies.length > 1 ? 'are' : 'is'} not declared; the banner lists services, so this one goes inside its category.${guess}`;
      // a second <cookie-category> of a name is ignored: pasted beside the first, the service would be lost
      const where = ` If your <cookie-consent> has a <cookie-category name="${category}"> already, put the <cookie-service> line inside it: a second one of that name is ignored.`;
      // a visitor who allows this one service grants its id, not the category: markup gated on
      // the category would stay blocked while the service is allowed
      const gate = ` Gate its script or iframe with data-consent="${service.name}", the service's id: a visitor who allows only this service grants that id, and markup gated on the category stays blocked.`;
      suggestions.push({ host: group.host, party: group.party, category, categoryKnown, service, cookies, undeclarable, kind: 'service', markup, why: (categoryKnown ? why + where : why) + gate });
    } else {
      const suggestion: Suggestion = { host: group.host, party: group.party, category, categoryKnown, service: null, cookies, undeclarable, kind: 'category', markup: '', why: '' };
      from.set(suggestion, hosts);
      suggestions.push(suggestion);
    }
  }

  // one snippet per category: what it declares now plus every suggested cookie, so it replaces the old tag
  for (const suggestion of suggestions.filter((s) => s.kind === 'category' && s.cookies.length > 0)) {
    const existing = config.categories.find((c) => c.name === suggestion.category);
    const added = suggestions.filter((s) => s.kind === 'category' && s.category === suggestion.category).flatMap((s) => s.cookies);
    // what the category declares already stays as it is, even a pattern: the owner wrote it
    const cookies = [...new Set([...(existing?.cookies ?? []), ...added])];
    suggestion.markup = `<cookie-category${attribute('name', suggestion.category)}${existing?.label ? attribute('label', existing.label) : ''}${attribute('cookies', cookies.join(' '))}></cookie-category>`;
    suggestion.why =
      `${suggestion.cookies.join(', ')} set by ${from.get(suggestion) ?? suggestion.host} after Accept all ${suggestion.cookies.length > 1 ? 'are' : 'is'} not declared. ` +
      `${existing ? `Replace the cookies attribute of your <cookie-category name="${suggestion.category}">` : `Add this category to your <cookie-consent>`} ` +
      `(the list includes what it declares already): withdrawing ${suggestion.category} then deletes them. ` +
      `Plain category markup because the banner declares no <cookie-service>.${suggestion.categoryKnown ? '' : ` Replace ${UNKNOWN_CATEGORY} with the category it serves.`}`;
  }
  return suggestions;
}
