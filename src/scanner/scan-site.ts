/// <reference types="node" />
import type { Browser } from 'playwright-core';
import { findViolations } from './find-violations.js';
import type { ScanOptions } from './parse-args.js';
import { ScanError } from './scan-error.js';
import { suggestMarkup } from './suggest-markup.js';
import type { BannerConfig, PageReport } from './types.js';
import { visitPage, type VisitOptions } from './visit-page.js';

/** Pages visited at once (three visits each): enough to overlap the waits for a quiet network. */
const PAGES_AT_ONCE = 3;

/** Links to files rather than pages: not worth three visits each. */
const NOT_A_PAGE = /\.(pdf|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|m4a|webm|ogg|wav|mov|avi|docx?|xlsx?|pptx?|csv|xml|json|txt|css|js|mjs|woff2?|ttf)$/i;

/**
 * A page URL as the scanner keys it: without its fragment, and `…/index.html` (or `.htm`) as
 * `…/`, which servers answer with the same page.
 */
function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.pathname = parsed.pathname.replace(/\/index\.html?$/, '/');
    return parsed.href;
  } catch {
    return '';
  }
}

/** A desktop Chrome's user agent for this version: a headless one is served differently by some sites. */
export function desktopUserAgent(version: string, platform: NodeJS.Platform = process.platform): string {
  const major = /^\d+/.exec(version)?.[0] ?? '120';
  const system = platform === 'darwin' ? 'Macintosh; Intel Mac OS X 10_15_7' : platform === 'win32' ? 'Windows NT 10.0; Win64; x64' : 'X11; Linux x86_64';
  return `Mozilla/5.0 (${system}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
}

export interface PageDone {
  page: PageReport;
  /** Pages scanned so far, this one included, and the most there will be. */
  done: number;
  limit: number;
  ms: number;
}

/** The three visits of one page, side by side (each in its own profile), made into its report. */
async function scanPage(browser: Browser, url: string, options: VisitOptions): Promise<{ page: PageReport; links: string[] }> {
  const [first, reject, accept] = await Promise.all([
    visitPage(browser, url, 'none', options),
    visitPage(browser, url, 'reject-all', options),
    visitPage(browser, url, 'accept-all', options),
  ]);
  const notes: string[] = [];
  const banner = first.probe.hasElement && (reject.defined || accept.defined);
  if (!first.probe.hasElement) {
    notes.push('no <cookie-consent> on this page: a visitor cannot decide here, so only the first visit was checked');
  } else if (!banner) {
    notes.push('<cookie-consent> is in the page but never became defined: is the banner script loaded? Only the first visit was checked');
  }
  for (const [name, outcome] of [['Reject all', reject], ['Accept all', accept]] as const) {
    if (banner && outcome.visit.decided === false) notes.push(`${name} through the element's API recorded no decision`);
  }
  const config = first.probe.config ?? reject.probe.config;
  const page: PageReport = {
    url,
    banner,
    config,
    visits: { beforeDecision: first.visit, afterReject: banner ? reject.visit : null, afterAccept: banner ? accept.visit : null },
    violations: [],
    suggestions: [],
    notes,
  };
  return { page, links: first.probe.links };
}

/** The declaration a page without a banner is checked against: that of another page of its site. */
function siteConfig(pages: PageReport[], page: PageReport): BannerConfig | null {
  if (page.config) return page.config;
  const origin = new URL(page.url).origin;
  return pages.find((other) => other.config && new URL(other.url).origin === origin)?.config ?? null;
}

/**
 * Scans the URLs, then the same-origin links found on them, level by level (so which pages make
 * the `--pages` limit does not depend on which finished first), `PAGES_AT_ONCE` at a time.
 * A URL given on the command line that cannot be loaded stops the scan (`ScanError`); a link
 * found on a page that cannot be loaded is reported as such.
 */
export async function scanSite(browser: Browser, options: ScanOptions, visit: VisitOptions, onPage: (done: PageDone) => void): Promise<PageReport[]> {
  const given = new Set(options.urls);
  const seen = new Set<string>(options.urls.map(pageKey));
  const limit = Math.max(options.pages, seen.size);
  const pages: PageReport[] = [];
  let level = [...given].filter((url, i, all) => all.findIndex((other) => pageKey(other) === pageKey(url)) === i);
  while (level.length > 0) {
    const found: string[][] = new Array(level.length);
    let next = 0;
    const worker = async () => {
      while (next < level.length) {
        const index = next++;
        const url = level[index]!;
        const start = Date.now();
        let page: PageReport;
        try {
          const scanned = await scanPage(browser, url, visit);
          page = scanned.page;
          found[index] = scanned.links;
          const landed = page.visits.beforeDecision?.finalUrl;
          if (landed) seen.add(pageKey(landed));
        } catch (error) {
          if (given.has(url)) throw error instanceof ScanError ? error : new ScanError(`cannot scan ${url}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
          const reason = error instanceof ScanError ? error.message : String((error as Error)?.message ?? error).split('\n')[0]!;
          page = { url, banner: false, config: null, visits: { beforeDecision: null, afterReject: null, afterAccept: null }, violations: [], suggestions: [], error: reason, notes: [] };
          found[index] = [];
        }
        pages.push(page);
        // counted now for the progress line; counted again at the end, when every page of the site is known
        if (!page.error) page.violations = findViolations(page, siteConfig(pages, page));
        onPage({ page, done: pages.length, limit: Math.min(limit, seen.size), ms: Date.now() - start });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, level.length) }, worker));
    const upcoming: string[] = [];
    for (const [index, url] of level.entries()) {
      const origin = new URL(url).origin;
      for (const link of found[index] ?? []) {
        const key = pageKey(link);
        if (!key || seen.size >= limit || seen.has(key) || NOT_A_PAGE.test(new URL(key).pathname)) continue;
        if (new URL(key).origin !== origin) continue;
        seen.add(key);
        upcoming.push(link.replace(/#.*$/, ''));
      }
    }
    level = upcoming;
  }
  const order = new Map([...seen].map((key, i) => [key, i]));
  pages.sort((a, b) => (order.get(pageKey(a.url)) ?? 0) - (order.get(pageKey(b.url)) ?? 0));
  for (const page of pages) {
    if (page.error) continue;
    page.violations = findViolations(page, siteConfig(pages, page));
    page.suggestions = suggestMarkup(page.visits.afterAccept, page.config);
  }
  return pages;
}
