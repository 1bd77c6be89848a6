import type { Browser, Frame, Page, Request } from 'playwright-core';
import { hostOf, isFirstParty, MAX_URL, partyOf, withoutQuery } from './is-first-party.js';
import { NetworkQuiet } from './network-quiet.js';
import { decide, elementState, installWriteHooks, NOTE_BINDING, readPage, readStorageKeys, scrollStep } from './page-probes.js';
import { causeFromInitiator, PageMarkup, pageLevelFrame, sameDocument } from './request-cause.js';
import { sanitizeNote, sanitizeProbe, text, list, type PageProbe } from './sanitize-probe.js';
import { errorLine, PageTimeout, ScanError } from './scan-error.js';
import { sleep } from './sleep.js';
import type { Cause, CookieRecord, RequestRecord, StorageRecord, UngatedElement, Visit } from './types.js';

export interface VisitOptions {
  /** How long the network must stay quiet before the visit moves on. */
  idleMs: number;
  /** The longest wait for quiet: some pages poll forever. */
  maxIdleWaitMs: number;
  navigationTimeoutMs: number;
  /** How long to wait for `<cookie-consent>` to be defined before deciding. */
  defineTimeoutMs: number;
  /**
   * The longest a probe may take to answer. A probe does nothing that waits, so only a page whose
   * main thread is held (a long task, a synchronous request) takes long: past this, the page is
   * not scanned.
   */
  probeTimeoutMs: number;
  userAgent?: string;
}

export interface VisitOutcome {
  visit: Visit;
  probe: PageProbe;
  /** The element was in the page and became defined in time (only asked on decision visits). */
  defined: boolean;
  /**
   * Why the page could not be read, when a probe threw (the page broke what it uses): `probe`
   * then knows nothing of its markup, which must not pass for a page without a banner.
   */
  unreadable: string | null;
}

/** A probe's error in one line, without the automation library's prefix, clipped: it may carry page data. */
const probeError = (error: unknown) => withoutPrefix(error).slice(0, 200) || 'a probe failed';

/** The first line of `error`, without the automation library's prefix (`page.evaluate: `). */
const withoutPrefix = (error: unknown) => errorLine(error).replace(/^[\w.]+: /, '');

/** The reason a page could not be loaded, in a few words. */
function loadFailure(url: string, error: unknown): ScanError {
  const first = withoutPrefix(error);
  const code = /net::(ERR_[A-Z_]+)/.exec(first)?.[1];
  const words: Record<string, string> = {
    ERR_CONNECTION_REFUSED: 'connection refused',
    ERR_NAME_NOT_RESOLVED: 'host not found',
    ERR_ADDRESS_UNREACHABLE: 'address unreachable',
    ERR_CONNECTION_TIMED_OUT: 'connection timed out',
    ERR_CERT_AUTHORITY_INVALID: 'untrusted certificate',
    ERR_CERT_COMMON_NAME_INVALID: 'certificate for another host',
    ERR_CERT_DATE_INVALID: 'expired certificate',
  };
  const reason = code ? (words[code] ?? code) : /Timeout/i.test(first) ? 'no answer in time' : first;
  return new ScanError(`cannot load ${url}: ${reason}`);
}

/** `promise`, or `null` after `ms`; the timer does not outlive the answer. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([promise, new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Days until `expires` (seconds since the epoch; -1 for a session cookie), to 0.01. */
function lifetime(expires: number, now: number): number | 'session' {
  return expires < 0 ? 'session' : Math.max(0, Math.round(((expires * 1000 - now) / 86_400_000) * 100) / 100);
}

/**
 * Runs a probe in the page, under a deadline: its answer, or the error it threw twice (it runs
 * again once if the page navigated away under it, a redirect by script). Past the deadline the
 * page is a `PageTimeout`: the page's own script cannot hold the scan, whatever it does to the
 * page's timers or its main thread.
 */
async function ask<R>(page: Page, url: string, ms: number, evaluate: () => Promise<R>): Promise<{ value: R } | { error: unknown }> {
  for (let attempt = 0; ; attempt++) {
    // the evaluation outlives a deadline it missed: it settles, unheard, when the context closes
    const answer = await within(evaluate().then((value) => ({ value }), (error: unknown) => ({ error })), ms);
    if (!answer) throw new PageTimeout(`cannot scan ${url}: the page did not answer in time`);
    if ('value' in answer || attempt > 0) return answer;
    await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined);
  }
}

/**
 * One visit of `url` in a fresh browser profile (a new context: no cookies, no storage, no
 * cache): load, make the decision if any, scroll to the end, wait for the network to settle,
 * then record what the browser holds and what was requested from other hosts.
 */
export async function visitPage(browser: Browser, url: string, decision: Visit['decision'], options: VisitOptions): Promise<VisitOutcome> {
  const context = await browser.newContext({ userAgent: options.userAgent, viewport: { width: 1280, height: 800 } });
  try {
    context.setDefaultTimeout(options.navigationTimeoutMs);
    const quiet = new NetworkQuiet(context);
    let page: Page | undefined;
    const writes = new Map<string, Cause>();
    const causeOfFrame = (frame: Frame | undefined, script: string): Cause | undefined => {
      const main = page?.mainFrame();
      if (!frame || !main) return undefined;
      const holder = pageLevelFrame(frame, main);
      if (holder) return { kind: 'frame', url: withoutQuery(holder.url()) };
      if (!script) return undefined;
      return sameDocument(script, main.url()) ? { kind: 'inline-script', url: withoutQuery(main.url()) } : { kind: 'script', url: withoutQuery(script) };
    };
    await context.exposeBinding(NOTE_BINDING, (source, raw: unknown) => {
      const note = sanitizeNote(raw);
      if (!note) return;
      let origin = '';
      try {
        origin = new URL(source.frame.url()).origin;
      } catch {
        // a frame without a URL of its own (about:blank) writes to its parent's storage
      }
      const key = note.kind === 'cookie' ? `cookie\0${note.name}` : `${note.kind}\0${origin}\0${note.name}`;
      const cause = causeOfFrame(source.frame, note.script);
      if (cause && !writes.has(key)) writes.set(key, cause);
    });
    await context.addInitScript(installWriteHooks, NOTE_BINDING);

    const requests: { request: Request; frame: Frame | undefined }[] = [];
    context.on('request', (request) => {
      let frame: Frame | undefined;
      try {
        frame = request.frame();
      } catch {
        // a service worker's request has no frame
      }
      requests.push({ request, frame });
    });
    const setCookies = new Map<string, Cause>();
    const pendingHeaders: Promise<void>[] = [];
    context.on('response', (response) => {
      pendingHeaders.push(
        response
          .headerValues('set-cookie')
          .then((values) => {
            for (const value of values.flatMap((v) => v.split('\n'))) {
              const name = value.split(';')[0]!.split('=')[0]!.trim();
              if (name && !setCookies.has(name)) setCookies.set(name, { kind: 'response', url: withoutQuery(response.url()) });
            }
          })
          .catch(() => undefined),
      );
    });

    page = await context.newPage();
    const initiators = new Map<string, unknown>();
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event) => {
        if (!initiators.has(event.request.url)) initiators.set(event.request.url, event.initiator);
      });
      await cdp.send('Network.enable');
    } catch {
      // without CDP's initiators the report names fewer causes; the visit still counts
    }

    let response;
    try {
      response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.navigationTimeoutMs });
    } catch (error) {
      throw loadFailure(url, error);
    }
    const status = response?.status() ?? 0;
    const html = (response && (await within(response.text().catch(() => ''), options.navigationTimeoutMs))) ?? '';
    if (status >= 400) throw new ScanError(`cannot scan ${url}: it answered HTTP ${status}`);
    await page.waitForLoadState('load', { timeout: options.navigationTimeoutMs }).catch(() => undefined);

    // what loads before the decision is recorded whenever the decision comes, so the visit
    // decides as soon as the element is defined, then scrolls and waits once for quiet
    let decided: boolean | null = null;
    let defined = false;
    let unreadable: string | null = null;
    const read = async <R>(evaluate: () => Promise<R>): Promise<R | null> => {
      const answer = await ask(page!, url, options.probeTimeoutMs, evaluate);
      if ('value' in answer) return answer.value;
      unreadable ??= probeError(answer.error);
      return null;
    };
    // every wait is on this side, between probes that return at once: the page can replace its
    // timers (setTimeout, requestAnimationFrame) and a probe that waited on them would never answer
    if (decision !== 'none') {
      const until = Date.now() + options.defineTimeoutMs;
      let state = await read(() => page!.evaluate(elementState));
      while (state?.found && !state.defined && Date.now() < until) {
        await sleep(100);
        state = await read(() => page!.evaluate(elementState));
      }
      defined = state?.defined === true;
      if (defined) {
        // the element may render on its first update; the API works from the moment it is defined
        await sleep(50);
        decided = (await read(() => page!.evaluate(decide, decision))) === true;
      } else {
        decided = false;
      }
    }
    for (let screen = 0; screen < 20; screen++) {
      const answer = await ask(page, url, options.probeTimeoutMs, () => page!.evaluate(scrollStep));
      if (!('value' in answer) || !answer.value) break;
      await sleep(50);
    }
    await quiet.wait(options.idleMs, options.maxIdleWaitMs);

    const probe = sanitizeProbe(await read(() => page!.evaluate(readPage)));
    const finalUrl = page.url().slice(0, MAX_URL);
    const pageHost = hostOf(finalUrl);

    const storage: Record<'localStorage' | 'sessionStorage', StorageRecord[]> = { localStorage: [], sessionStorage: [] };
    const seenOrigins = new Set<string>();
    for (const frame of page.frames()) {
      const keys = await within(frame.evaluate(readStorageKeys).catch(() => null), 2000);
      const origin = text(keys?.origin);
      if (!keys || !/^https?:/.test(origin) || seenOrigins.has(origin)) continue;
      seenOrigins.add(origin);
      const party = partyOf(hostOf(origin), pageHost);
      for (const [kind, names] of [['localStorage', keys.local], ['sessionStorage', keys.session]] as const) {
        for (const key of list(names, (k) => text(k, 256))) {
          const setBy = writes.get(`${kind}\0${origin}\0${key}`);
          storage[kind].push({ origin, party, key, ...(setBy ? { setBy } : {}) });
        }
      }
    }

    await Promise.all(pendingHeaders);
    const now = Date.now();
    const cookies: CookieRecord[] = (await context.cookies()).map((cookie) => {
      const setBy = writes.get(`cookie\0${cookie.name}`) ?? setCookies.get(cookie.name);
      return {
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        party: partyOf(cookie.domain, pageHost),
        lifetime: lifetime(cookie.expires, now),
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        ...(setBy ? { setBy } : {}),
      };
    });

    const recorded = new Map<string, RequestRecord>();
    const main = page.mainFrame();
    const markup = new PageMarkup(html, finalUrl);
    for (const { request, frame } of requests) {
      const host = hostOf(request.url());
      if (!/^https?:/.test(request.url()) || isFirstParty(host, pageHost)) continue;
      const address = withoutQuery(request.url());
      const key = `${request.resourceType()} ${address}`;
      if (recorded.has(key)) continue;
      const holder = frame ? pageLevelFrame(frame, main) : null;
      // a request made inside an iframe is the iframe's doing, whatever script of it sent it
      const cause: Cause | undefined =
        holder && !(request.isNavigationRequest() && frame === holder)
          ? { kind: 'frame', url: withoutQuery(holder.url()) }
          : causeFromInitiator(initiators.get(request.url()), finalUrl, markup, request.url());
      recorded.set(key, { url: address, host, type: request.resourceType(), ...(cause ? { cause } : {}) });
    }

    const ungated = new Map<string, UngatedElement>();
    for (const element of probe.ungated) {
      const src = withoutQuery(element.src);
      const host = hostOf(src);
      if (src && !ungated.has(`${element.tag} ${src}`)) ungated.set(`${element.tag} ${src}`, { tag: element.tag, src, host, party: partyOf(host, pageHost) });
    }

    return {
      visit: {
        decision,
        decided,
        granted: probe.granted,
        status,
        finalUrl,
        cookies,
        localStorage: storage.localStorage,
        sessionStorage: storage.sessionStorage,
        requests: [...recorded.values()],
        ungated: [...ungated.values()],
        gated: probe.gated.map((g) => ({ ...g, src: withoutQuery(g.src) })),
      },
      probe,
      defined,
      unreadable,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
