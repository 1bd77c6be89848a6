/**
 * Page markup that shadows a member of `document` (`<img name="currentScript">` in a comment:
 * `document` exposes named `img`, `form`, `embed` and `iframe` elements as properties that hide
 * its own). The classic script must load what it loads on demand only from beside itself, and
 * the banner, the decision and gating must keep working, whichever member is shadowed among
 * those the library reads.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, decodeStored, openFrame, until } from '../helpers.js';
import { dialog, part } from '../components/cookie-consent/element-helpers.js';

interface Framed extends Window {
  errors: string[];
  warnings: string[];
  ran: string[];
}

const FIXTURE = '/test/fixtures/security/clobbered-iife.html';

/** Every URL the frame requested, and those under the URL the markup named (but the markup's own). */
const requests = (win: Window) => win.performance.getEntriesByType('resource').map((e) => e.name);
const foreign = (win: Window) => requests(win).filter((url) => url.includes('/evil/x/') && !url.endsWith('/evil/x/'));

/** The consent cookie of the frame, read past the markup. */
const storedCookie = (win: Window) =>
  decodeURIComponent((Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.get!.call(win.document) as string).match(/clobber_consent=([^;]*)/)?.[1] ?? '');

async function load(tag: string, name: string, extra = ''): Promise<{ win: Framed; el: CookieConsentElement }> {
  const frame = await openFrame(`${FIXTURE}?tag=${tag}&name=${name}${extra}`);
  const win = frame.contentWindow as Framed;
  await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
  const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
  await el.updateComplete;
  return { win, el };
}

describe('markup that shadows document.currentScript', function () {
  this.timeout(20000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  for (const tag of ['img', 'form', 'embed', 'iframe']) {
    it(`<${tag} name="currentScript">: the preferences load from beside the script, nothing from the markup's URL`, async () => {
      const { win, el } = await load(tag, 'currentScript');
      part(el, 'preferences-button')!.click();
      await until(() => dialog(el)?.open, 'the preferences dialog');
      expect(requests(win).some((u) => u.endsWith('/dist/cookie-consent.preferences-dialog.iife.js'))).to.equal(true);
      expect(foreign(win), 'requests to the URL the markup named').to.deep.equal([]);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('with lang="de" and google-consent-mode, the language and the integration load from beside the script too', async () => {
    const frame = await openFrame(`${FIXTURE}?tag=img&name=currentScript`);
    const win = frame.contentWindow as Framed;
    await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
    const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
    el.setAttribute('google-consent-mode', '');
    el.lang = 'de';
    await until(() => part(el, 'accept-button')?.textContent?.trim() === 'Alle akzeptieren', 'the German banner');
    await until(() => requests(win).some((u) => u.endsWith('/dist/cookie-consent.google-consent-mode.js')), 'the Consent Mode integration');
    expect(requests(win).some((u) => u.endsWith('/dist/i18n/de.js'))).to.equal(true);
    expect(foreign(win)).to.deep.equal([]);
  });
});

describe('markup that shadows other members of document the library reads', function () {
  this.timeout(20000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  // Lit itself reads `createElement`, `createTreeWalker`, `importNode` and `createComment` off
  // `document`: markup that shadows those stops any Lit element from rendering (the banner then
  // never shows, and nothing optional runs). The library's own reads go past named properties.
  for (const name of ['head', 'documentElement', 'querySelectorAll', 'addEventListener', 'removeEventListener', 'activeElement', 'readyState', 'adoptedStyleSheets', 'cookie']) {
    it(`<img name="${name}">: the banner works, the decision is kept, gating runs what was granted`, async () => {
      const { win, el } = await load('img', name);
      expect(win.document[name as keyof Document], 'the markup shadows it').to.be.instanceOf((win as unknown as typeof globalThis).HTMLImageElement);
      expect(part(el, 'banner'), 'the banner').to.not.equal(null);
      expect(win.ran).to.deep.equal([]);
      part(el, 'accept-button')!.click();
      await until(() => win.ran.length, 'the gated script');
      expect(win.ran).to.deep.equal(['analytics']);
      // kept in the cookie, even when it is `document.cookie` that is shadowed
      expect(decodeStored(storedCookie(win)).granted).to.include('analytics');
      expect(win.localStorage.getItem('clobber_consent')).to.equal(null);
      await el.updateComplete;
      part(el, 'revoke-button')!.click();
      await until(() => dialog(el)?.open, 'the preferences, reopened');
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('<img name="cookie">: a withdrawal made there holds on the next page, and the cookies withdrawn are deleted', async () => {
    const first = await load('img', 'unrelated');
    part(first.el, 'accept-button')!.click();
    await until(() => first.win.ran.length, 'the gated script');
    closeFrames();
    document.cookie = 'clobber_ga=1; path=/';
    const clobbered = await load('img', 'cookie');
    expect(clobbered.el.isGranted('analytics'), 'the decision is read there').to.equal(true);
    clobbered.el.rejectAll();
    expect(decodeStored(storedCookie(clobbered.win)).denied).to.include('analytics');
    expect(clobbered.win.localStorage.getItem('clobber_consent')).to.equal(null);
    expect(document.cookie).not.to.include('clobber_ga');
    expect(clobbered.win.errors).to.deep.equal([]);
    closeFrames();
    const next = await load('img', 'unrelated');
    expect(next.el.isGranted('analytics'), 'withdrawn on the next page').to.equal(false);
    expect(next.el.open).to.equal(false);
    expect(next.win.ran).to.deep.equal([]);
  });
});
