/// <reference types="node" />
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { findViolations } from './find-violations.js';
import type { ScanOptions } from './parse-args.js';
import { errorLine, PageTimeout, ScanError } from './scan-error.js';
import { suggestMarkup } from './suggest-markup.js';
import type { BannerConfig, PageReport } from './types.js';
import { visitPage, type VisitOptions, type VisitOutcome } from './visit-page.js';

/**
 * Visits side by side, each in its own profile of the one browser: enough to overlap the waits
 * for a quiet network, not so many that they fight over the processor (three per core, 3 to 9).
 */
const VISITS_AT_ONCE = Math.min(9, Math.max(3, availableParallelism() * 3));

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

/** Runs at most `size` tasks at once, the others in the order they were asked for. */
class Slots {
  #free: number;
  #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
}

/** A page's report from its three visits. */
function pageReport(url: string, first: VisitOutcome, reject: VisitOutcome, accept: VisitOutcome): PageReport {
  const notes: string[] = [];
  const unread = [first, reject, accept].find((outcome) => outcome.unreadable);
  // a first visit that could not be read does not say there is no element: the decisions tell
  const hasElement = first.probe.hasElement || first.unreadable !== null;
  const banner = hasElement && (reject.defined || accept.defined);
  if (unread) {
    notes.push(
      `could not read the page (${unread.unreadable}): what its markup declares, gates or loads is not known, ` +
        `so the banner, its declaration and the ungated scripts and iframes went unchecked; cookies, storage and requests are reported`,
    );
  } else if (!first.probe.hasElement) {
    notes.push('no <cookie-consent> on this page: a visitor cannot decide here, so only the first visit was checked');
  } else if (!banner) {
    notes.push('<cookie-consent> is in the page but never became defined: is the banner script loaded? Only the first visit was checked');
  }
  for (const [name, outcome] of [['Reject all', reject], ['Accept all', accept]] as const) {
    if (banner && !outcome.unreadable && outcome.visit.decided === false) notes.push(`${name} through the element's API recorded no decision`);
  }
  return {
    url,
    banner,
    config: first.probe.config ?? reject.probe.config ?? accept.probe.config,
    visits: { beforeDecision: first.visit, afterReject: banner ? reject.visit : null, afterAccept: banner ? accept.visit : null },
    violations: [],
    suggestions: [],
    notes,
    ...(unread ? { incomplete: true as const } : {}),
  };
}

const reasonOf = (error: unknown) => (error instanceof ScanError ? error.message : errorLine(error));

/** The declaration a page without a banner is checked against: that of another page of its site. */
function siteConfig(pages: PageReport[], page: PageReport): BannerConfig | null {
  if (page.config) return page.config;
  const origin = new URL(page.url).origin;
  return pages.find((other) => other.config && new URL(other.url).origin === origin)?.config ?? null;
}

/**
 * Scans the URLs, then the same-origin links found on them, level by level: the next level
 * starts as soon as the first visits of this one have found their links, and which pages make
 * the `--pages` limit does not depend on which finished first. `VISITS_AT_ONCE` visits run side
 * by side. A URL given on the command line that cannot be loaded stops the scan (`ScanError`); a
 * link found on a page that cannot be loaded is reported as such.
 */
export async function scanSite(browser: Browser, options: ScanOptions, visit: VisitOptions, onPage: (done: PageDone) => void): Promise<PageReport[]> {
  const given = new Set(options.urls);
  const seen = new Set<string>(options.urls.map(pageKey));
  const limit = Math.max(options.pages, seen.size);
  const slots = new Slots(VISITS_AT_ONCE);
  // where redirects landed: a link there is a page already scanned, though not one of the limit
  const landed = new Set<string>();
  const pages: PageReport[] = [];
  let fatal: ScanError | undefined;

  const startPage = (url: string) => {
    // a page's time runs from its first visit's start, not from when it joined the queue
    let start = 0;
    const [first, reject, accept] = (['none', 'reject-all', 'accept-all'] as const).map((decision) =>
      slots.run(() => {
        start ||= Date.now();
        return visitPage(browser, url, decision, visit);
      }),
    );
    const links = first!.then(
      (outcome) => {
        landed.add(pageKey(outcome.visit.finalUrl));
        return outcome.probe.links;
      },
      (error: unknown) => {
        // a page that loaded but kept the scanner waiting is one page not scanned, not a scan that cannot run
        if (given.has(url) && !(error instanceof PageTimeout)) fatal ??= error instanceof ScanError ? error : new ScanError(`cannot scan ${url}: ${reasonOf(error)}`);
        return [];
      },
    );
    // every visit is awaited here, so none of their failures goes unhandled
    const done = Promise.allSettled([first!, reject!, accept!]).then(([a, b, c]) => {
      let page: PageReport;
      if (a.status === 'fulfilled' && b.status === 'fulfilled' && c.status === 'fulfilled') {
        page = pageReport(url, a.value, b.value, c.value);
      } else {
        const failures = [a, b, c].filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
        const timeout = failures.find((reason) => reason instanceof PageTimeout);
        page = {
          url, banner: false, config: null, visits: { beforeDecision: null, afterReject: null, afterAccept: null }, violations: [], suggestions: [],
          error: reasonOf(timeout ?? failures[0]), notes: [], ...(timeout ? { incomplete: true as const } : {}),
        };
      }
      if (fatal) return;
      pages.push(page);
      // counted now for the progress line; counted again at the end, when every page of the site is known
      if (!page.error) page.violations = findViolations(page, siteConfig(pages, page));
      onPage({ page, done: pages.length, limit: Math.min(limit, seen.size), ms: Date.now() - start });
    });
    return { links, done };
  };

  const finished: Promise<void>[] = [];
  let level = [...given].filter((url, i, all) => all.findIndex((other) => pageKey(other) === pageKey(url)) === i);
  while (level.length > 0) {
    const started = level.map(startPage);
    finished.push(...started.map((s) => s.done));
    const found = await Promise.all(started.map((s) => s.links));
    if (fatal) throw fatal;
    const upcoming: string[] = [];
    for (const [index, url] of level.entries()) {
      const origin = new URL(url).origin;
      for (const link of found[index] ?? []) {
        const key = pageKey(link);
        if (!key || seen.size >= limit || seen.has(key) || landed.has(key) || NOT_A_PAGE.test(new URL(key).pathname)) continue;
        if (new URL(key).origin !== origin) continue;
        seen.add(key);
        upcoming.push(link.replace(/#.*$/, ''));
      }
    }
    level = upcoming;
  }
  await Promise.all(finished);
  if (fatal) throw fatal;
  const order = new Map([...seen].map((key, i) => [key, i]));
  pages.sort((a, b) => (order.get(pageKey(a.url)) ?? 0) - (order.get(pageKey(b.url)) ?? 0));
  for (const page of pages) {
    if (page.error) continue;
    page.violations = findViolations(page, siteConfig(pages, page));
    page.suggestions = suggestMarkup(page.visits.afterAccept, page.config);
  }
  return pages;
}
