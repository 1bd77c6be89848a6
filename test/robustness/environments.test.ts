/**
 * Broken environments that `test/core/consent-store.test.ts` and `test/drop-in/dist.test.ts` do not
 * cover already: a `localStorage` getter that throws and a full quota, two copies of the whole
 * library (element, store and hub), two elements deciding in turn, and the element removed in
 * the middle of a decision. (Covered there: a sandboxed frame, cookies that do not stick,
 * `crypto.randomUUID` missing, two copies of the drop-in bundle and of gating.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { getConsent, onConsentChange, whenGranted } from '../../src/core/consent-hub.js';
import { breakCookies, cookieRecord, recordCookieWrites, sleep, until } from '../helpers.js';
import { dialog, part } from '../components/cookie-consent/element-helpers.js';
import { guardEachTest } from './fuzz.js';

type Library = typeof import('../../src/index.js');
declare global {
  interface Window {
    __ran: string[];
  }
}

/** Writes of the consent cookie itself (not its removal). */
const consentWrites = (writes: string[], name = 'cookie_consent') => writes.filter((w) => w.startsWith(`${name}=`) && !/^[^=]+=;/.test(w));

guardEachTest(() => (window.__ran = []));

describe('storage that throws', () => {
  /** `window.localStorage` itself throws, as in Chrome with "block all cookies" or a sandboxed frame. */
  function throwingGetter(): () => void {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    return () => (own ? Object.defineProperty(window, 'localStorage', own) : delete (window as { localStorage?: Storage }).localStorage);
  }
  /** `setItem` throws QuotaExceededError (a full quota, Safari's old private mode); reading works. */
  function fullQuota(): () => void {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return () => (Storage.prototype.setItem = setItem);
  }

  for (const [what, breakLocal] of [
    ['the localStorage getter throws', throwingGetter],
    ['setItem throws QuotaExceededError', fullQuota],
  ] as const) {
    for (const storage of ['cookie', 'local']) {
      it(`${what}, cookies do not stick, storage="${storage}": the banner works for the page, in memory`, async () => {
        const restoreCookies = breakCookies('drop');
        const restoreLocal = breakLocal();
        try {
          const el = await fixture<CookieConsentElement>(html`<cookie-consent storage=${storage} cookie-name="broken-${storage}" categories="analytics"></cookie-consent>`);
          expect(el.open).to.equal(true);
          part(el, 'accept-button')!.click();
          await el.updateComplete;
          expect(el.open).to.equal(false);
          expect(el.isGranted('analytics')).to.equal(true);
          expect(await Promise.race([whenGranted('analytics').then(() => true), sleep(100).then(() => false)])).to.equal(true);
          await el.showPreferences();
          expect(dialog(el)!.open).to.equal(true);
          el.rejectAll();
          expect(el.isGranted('analytics')).to.equal(false);
          el.reset();
          await el.updateComplete;
          expect(el.open).to.equal(true);
        } finally {
          restoreLocal();
          restoreCookies();
        }
      });
    }

    it(`${what}, cookies work: the decision goes to the cookie and is read back`, async () => {
      const restoreLocal = breakLocal();
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
        el.save(['analytics']);
        expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        expect(el.open).to.equal(false);
        expect(el.isGranted('analytics')).to.equal(true);
      } finally {
        restoreLocal();
      }
    });
  }
});

describe('two copies of the library on one page (the element, the store and the hub)', () => {
  let copy: Library;
  before(async function () {
    this.timeout(30000); // the test server compiles the whole library again, under another URL
    // Lit (in dev mode) warns about a second copy of itself: this page loads one on purpose. Lit's
    // own switch for a warning, by its code, for this page only.
    const lit = globalThis as { litIssuedWarnings?: Set<string> };
    (lit.litIssuedWarnings ??= new Set()).add('multiple-versions');
    copy = (await import(/* the same sources, another URL */ `${'/copy2'}/src/index.ts`)) as Library;
    if (!customElements.get('cookie-consent-copy')) customElements.define('cookie-consent-copy', copy.CookieConsentElement);
  });

  it('are separate copies, and the second define.js skips the registration without an error', async () => {
    const first = customElements.get('cookie-consent');
    expect(copy.CookieConsentElement).to.not.equal(first);
    await import(`${'/copy2'}/src/define.ts`);
    expect(customElements.get('cookie-consent')).to.equal(first);
  });

  it('share one state: each copy hears the other’s decisions, gated scripts run once', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <cookie-consent categories="analytics"></cookie-consent>
      <cookie-consent-copy categories="analytics"></cookie-consent-copy>
      <script type="text/plain" data-consent="analytics">__ran.push('gated')</script>
    </div>`);
    const one = page.querySelector('cookie-consent')!;
    const two = page.querySelector('cookie-consent-copy') as unknown as CookieConsentElement;
    await one.updateComplete;
    await two.updateComplete;
    await sleep(20); // the stores listen to each other from the next task
    const heard: string[] = [];
    const off = [onConsentChange((d) => heard.push(`one:${d.cause}`)), copy.onConsentChange((d) => heard.push(`two:${d.cause}`))];
    let copyGranted = false;
    void copy.whenGranted('analytics').then(() => (copyGranted = true));

    const writes = recordCookieWrites();
    try {
      part(two, 'accept-button')!.click();
      await until(() => one.isGranted('analytics'), 'the first copy’s element to hear the decision');
      await one.updateComplete;
      expect(one.open).to.equal(false);
      expect(getConsent()).to.deep.equal(copy.getConsent());
      expect(copyGranted).to.equal(true);
      await until(() => window.__ran.length, 'the gated script');
      await sleep(50);
      expect(window.__ran).to.deep.equal(['gated']);
      expect(consentWrites(writes.writes), 'the decision is written once').to.have.length(1);

      one.rejectAll();
      await until(() => !two.isGranted('analytics'), 'the second copy’s element to hear the withdrawal');
      expect(cookieRecord()!.denied).to.deep.equal(['analytics']);
      expect(consentWrites(writes.writes)).to.have.length(2);
      expect(window.__ran).to.deep.equal(['gated']);
      // both copies' page-wide listeners heard both decisions (each as many times as the other)
      expect(heard.filter((h) => h.startsWith('one:'))).to.deep.equal(heard.filter((h) => h.startsWith('two:')).map((h) => h.replace('two:', 'one:')));
    } finally {
      writes.restore();
      off.forEach((f) => f());
    }
  });
});

describe('two <cookie-consent> elements deciding in turn', () => {
  it('each decision is written once, the other element follows, the last one wins', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <cookie-consent categories="analytics marketing"></cookie-consent>
      <cookie-consent categories="analytics marketing"></cookie-consent>
      <script type="text/plain" data-consent="marketing">__ran.push('marketing')</script>
    </div>`);
    const [a, b] = page.querySelectorAll('cookie-consent');
    await a.updateComplete;
    await b.updateComplete;
    await sleep(20);
    const writes = recordCookieWrites();
    const steps: [CookieConsentElement, (el: CookieConsentElement) => void, string[]][] = [
      [a, (el) => el.save(['analytics']), ['necessary', 'analytics']],
      [b, (el) => el.rejectAll(), ['necessary']],
      [a, (el) => el.acceptAll(), ['necessary', 'analytics', 'marketing']],
      [b, (el) => el.save([]), ['necessary']],
      [a, (el) => el.save(['marketing']), ['necessary', 'marketing']],
    ];
    try {
      for (const [i, [el, decide, granted]] of steps.entries()) {
        const other = el === a ? b : a;
        decide(el);
        expect(cookieRecord()!.granted, `step ${i}: stored`).to.deep.equal(granted);
        await until(() => JSON.stringify(other.consent) === JSON.stringify(el.consent), `step ${i}: the other element follows`);
        await el.updateComplete;
        await other.updateComplete;
        expect([el.open, other.open], `step ${i}: banners`).to.deep.equal([false, false]);
        expect(consentWrites(writes.writes), `step ${i}: one write per decision`).to.have.length(i + 1);
        expect(window.__ran.length, `step ${i}: marketing script ran once when granted`).to.equal(i >= 2 ? 1 : 0);
      }
    } finally {
      writes.restore();
    }
  });
});

describe('the element removed in the middle of a decision', () => {
  /** After a removal: no listener left behind, and a second connect works. */
  async function expectCleanReconnect(el: CookieConsentElement, parent: Element): Promise<void> {
    let events = 0;
    const count = () => events++;
    for (const type of ['consent-change', 'consent-show', 'consent-ready']) el.addEventListener(type, count);
    // while removed: another store's decision and a data-consent-open click reach nothing of it
    const opener = document.createElement('button');
    opener.setAttribute('data-consent-open', '');
    document.body.append(opener);
    opener.click();
    opener.remove();
    await sleep(20);
    expect(events, 'events from a removed element').to.equal(0);
    // connected again: one consent-ready, the stored decision, and it works
    const consent = el.consent;
    parent.append(el);
    await el.updateComplete;
    expect(events, 'consent-ready on reconnect').to.equal(1);
    expect(el.consent).to.deep.equal(consent);
    expect(el.open).to.equal(consent === null);
    await el.showPreferences();
    expect(dialog(el)!.open, 'the preferences open').to.equal(true);
    expect(dialog(el)!.matches(':modal'), 'modal').to.equal(true);
    el.acceptAll();
    await el.updateComplete;
    expect(cookieRecord()!.granted).to.include('analytics');
    expect(dialog(el)?.open ?? false, 'the dialog closed').to.equal(false);
  }

  it('removed by a consent-change listener: stored once, no exception, reconnects', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    const parent = el.parentElement!;
    el.addEventListener('consent-change', () => el.remove(), { once: true });
    const writes = recordCookieWrites();
    try {
      part(el, 'accept-button')!.click();
      await el.updateComplete;
      expect(consentWrites(writes.writes)).to.have.length(1);
    } finally {
      writes.restore();
    }
    expect(el.isConnected).to.equal(false);
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
    await expectCleanReconnect(el, parent);
  });

  it('removed between the click and the update', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    const parent = el.parentElement!;
    part(el, 'reject-button')!.focus();
    part(el, 'reject-button')!.click();
    el.remove();
    await el.updateComplete;
    await sleep(20);
    expect(cookieRecord()!.denied).to.deep.equal(['analytics']);
    await expectCleanReconnect(el, parent);
  });

  it('removed while the preferences dialog is open: the page is not left inert, the dialog works again', async () => {
    const page = await fixture<HTMLElement>(html`<div><button id="outside">Outside</button><cookie-consent categories="analytics"></cookie-consent></div>`);
    const el = page.querySelector('cookie-consent')!;
    await el.updateComplete;
    await el.showPreferences();
    expect(dialog(el)!.matches(':modal')).to.equal(true);
    el.remove();
    await sleep(20);
    const outside = page.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    expect(document.activeElement === outside, 'the page is not inert').to.equal(true);
    expect(cookieRecord(), 'nothing decided').to.equal(undefined);
    await expectCleanReconnect(el, page);
  });

  for (const [when, lang, accept] of [
    ['before its first update', 'fi', 'Hyväksy kaikki'],
    ['while its language file is loading', 'sv', 'Godkänn alla'],
  ]) {
    it(`removed ${when}: the texts arrive, in the language of where it is`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('cookie-consent') as CookieConsentElement;
      el.setAttribute('categories', 'analytics');
      host.append(el);
      if (lang === 'sv') await el.updateComplete; // the Swedish file is asked for
      el.remove();
      await sleep(100);
      host.append(el);
      await until(() => part(el, 'accept-button')?.textContent!.trim() === accept, `the banner in ${lang}`).catch(() => {
        expect(part(el, 'accept-button')?.textContent!.trim()).to.equal(accept);
      });
      expect(el.shadowRoot!.querySelectorAll('[part~="banner"]')).to.have.length(1);
      el.remove();
      await expectCleanReconnect(el, host);
    });
  }
});
