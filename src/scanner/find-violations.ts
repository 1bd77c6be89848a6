import { AllowedSet } from './allowed-set.js';
import { declarableName, NOT_DECLARABLE, quotedNames } from './declarable-name.js';
import { escapeHtml } from './escape-html.js';
import { guessService } from './guess-service.js';
import { hostOf, withoutQuery } from './is-first-party.js';
import type { BannerConfig, Cause, PageReport, Severity, Violation, ViolationKind, Visit } from './types.js';

/** The attribute a fix names: the guessed category, or a placeholder that says what to put there. */
function consentAttribute(category: string | null): string {
  return category ? `data-consent="${category}"` : 'data-consent="…" naming the category it serves';
}

/** The banner's own drop-in files, loaded from another host (a CDN). */
const BANNER_FILE = /\/(cookie-consent\.[\w.-]+\.js|consent-mode\.js)$/;

/**
 * Markup the owner may paste: the name is page data, so it is escaped as an attribute value, and
 * a name that a `cookies` list would read as a pattern or as several names is not offered.
 */
const declareNecessary = (name: string) =>
  declarableName(name)
    ? `if the site cannot work without it, declare it: <cookie-category name="necessary" cookies="${escapeHtml(name)}">`
    : `its name ${quotedNames([name])} ${NOT_DECLARABLE}, so rename it if the site cannot work without it`;

/** The fix for a cookie or storage key, from what wrote it. */
function fixForWrite(kind: string, name: string, cause: Cause | undefined, pageUrl: string, category: string | null): string {
  const attr = consentAttribute(category);
  switch (cause?.kind) {
    case 'script':
      return `gate the script ${cause.url}: type="text/plain", src → data-src, ${attr}`;
    case 'inline-script':
      return `gate the inline script that writes it: type="text/plain", ${attr}; ${declareNecessary(name)}`;
    case 'frame':
      return `gate the iframe ${cause.url}: src → data-src, ${attr}`;
    case 'response':
      return hostOf(cause.url) === hostOf(pageUrl)
        ? `the server sets it with ${cause.url}: ${declareNecessary(name)}; else set it only after consent`
        : `gate the element that requests ${cause.url}: src → data-src, ${attr}`;
    default:
      return `find the script that writes this ${kind} and gate it: type="text/plain", ${attr}; ${declareNecessary(name)}`;
  }
}

/** The fix for a request to another host, from what sent it. */
function fixForRequest(type: string, cause: Cause | undefined, category: string | null): string {
  const attr = consentAttribute(category);
  if (cause?.kind === 'script') return `gate the script ${cause.url} that sends it: type="text/plain", src → data-src, ${attr}`;
  if (cause?.kind === 'inline-script') return `gate the inline script that sends it: type="text/plain", ${attr}`;
  if (cause?.kind === 'frame') return `gate the iframe ${cause.url}: src → data-src, ${attr}`;
  if (type === 'stylesheet' || type === 'font') return `host this file on your own site, or load it only after consent`;
  if (cause?.kind !== 'markup') return `find the script or element that sends it (often an ungated script of the page) and gate it: type="text/plain" for a script, src → data-src, ${attr}`;
  const element = cause.line ? `the element on line ${cause.line} of the page` : 'the element that loads it';
  return `gate ${element}: src → data-src, ${attr}`;
}

/** The one violation of each thing: its kind and name (a cookie also by domain). */
const identity = (v: Violation) => `${v.kind} ${v.host} ${v.name}`;

/**
 * The violations of one visit: what it holds or sent that `allowed` does not cover. Requests made
 * inside an iframe that is itself a violation are left to that iframe's line: they are its
 * doing, and gating the iframe stops them all.
 */
function violationsOf(visit: Visit, when: Violation['visit'], allowed: AllowedSet, pageUrl: string): Violation[] {
  const found: Violation[] = [];
  const add = (kind: ViolationKind, severity: Severity, fields: Omit<Violation, 'kind' | 'severity' | 'visit'>) =>
    found.push({ severity, kind, visit: when, ...fields });

  const ungatedElsewhere = visit.ungated.filter((e) => e.party === 'third');
  for (const element of ungatedElsewhere) {
    const category = guessService(undefined, element.src)?.category ?? null;
    const fix = BANNER_FILE.test(element.src)
      ? `host the banner's files on your own site: loading them from ${element.host} sends every visitor's address there before any choice`
      : element.tag === 'script'
        ? `gate this script: type="text/plain", src → data-src, ${consentAttribute(category)}`
        : `gate this iframe: src → data-src, ${consentAttribute(category)} (data-consent-placeholder offers a button that loads it)`;
    add(element.tag === 'script' ? 'ungated-script' : 'ungated-iframe', 'high', { name: element.src, party: 'third', host: element.host, cause: { kind: 'markup', url: withoutQuery(pageUrl) }, category, fix });
  }
  const reportedElements = new Set(ungatedElsewhere.map((e) => e.src));

  for (const cookie of visit.cookies) {
    if (allowed.name(cookie.name) || allowed.cause(cookie.setBy)) continue;
    const host = cookie.domain.replace(/^\./, '');
    const category = guessService(cookie.setBy, cookie.party === 'third' ? `https://${host}/` : '', cookie.name)?.category ?? null;
    const lasting = cookie.party === 'third' || (cookie.lifetime !== 'session' && cookie.lifetime > 1);
    add('cookie', lasting ? 'high' : 'medium', {
      name: cookie.name,
      party: cookie.party,
      host,
      lifetime: cookie.lifetime,
      ...(cookie.setBy ? { cause: cookie.setBy } : {}),
      category,
      fix: fixForWrite('cookie', cookie.name, cookie.setBy, pageUrl, category),
    });
  }

  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    for (const entry of visit[kind]) {
      if (allowed.name(entry.key) || allowed.cause(entry.setBy)) continue;
      const host = hostOf(entry.origin);
      const category = guessService(entry.setBy, entry.party === 'third' ? entry.origin : '')?.category ?? null;
      add(kind, kind === 'localStorage' ? 'high' : 'medium', {
        name: entry.key,
        party: entry.party,
        host,
        ...(entry.setBy ? { cause: entry.setBy } : {}),
        category,
        fix: fixForWrite(kind, entry.key, entry.setBy, pageUrl, category),
      });
    }
  }

  for (const request of visit.requests) {
    if (reportedElements.has(request.url) || (request.cause?.kind === 'frame' && reportedElements.has(request.cause.url))) continue;
    if (allowed.request(request.url) || allowed.cause(request.cause)) continue;
    const category = guessService(request.cause, request.url)?.category ?? null;
    add('request', 'medium', {
      name: request.url,
      party: 'third',
      host: request.host,
      ...(request.cause ? { cause: request.cause } : {}),
      category,
      fix: fixForRequest(request.type, request.cause, category),
    });
  }

  const unique = new Map<string, Violation>();
  for (const violation of found) if (!unique.has(identity(violation))) unique.set(identity(violation), violation);
  return [...unique.values()];
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1 };
const KIND_ORDER: ViolationKind[] = ['ungated-script', 'ungated-iframe', 'cookie', 'localStorage', 'sessionStorage', 'request'];

/** Most severe first; then before a decision first; then by kind and name, so reports compare line by line. */
export function compareViolations(a: Violation, b: Violation): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.visit === b.visit ? 0 : a.visit === 'before-decision' ? -1 : 1) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.name.localeCompare(b.name)
  );
}

/**
 * A page's violations: what the first-time visitor's visit holds or sent that is not allowed
 * before a decision, then what the Reject all visit holds that is not allowed after it and was
 * not already there before (the earlier moment is the one to fix). `config` is the page's own
 * declaration, or for a page without a banner, the declaration of another page of the site.
 */
export function findViolations(page: Pick<PageReport, 'url' | 'visits'>, config: BannerConfig | null): Violation[] {
  const before = page.visits.beforeDecision;
  const reject = page.visits.afterReject;
  const found = before ? violationsOf(before, 'before-decision', new AllowedSet(config, before), before.finalUrl || page.url) : [];
  if (reject) {
    const seen = new Set(found.map(identity));
    found.push(...violationsOf(reject, 'after-reject', new AllowedSet(config, reject), reject.finalUrl || page.url).filter((v) => !seen.has(identity(v))));
  }
  return found.sort(compareViolations);
}
