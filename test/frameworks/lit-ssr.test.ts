/**
 * A page rendered by Lit SSR with `cookie-consent-element/lit-ssr.js` (the `/lit-ssr/` route runs
 * `test/server/render-lit-ssr.mjs` for each request, with its `Cookie` header), loaded with Lit's
 * hydrate support and the element's module arriving late. `npm test` builds `dist/` first.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, openFrame, sleep, storeRecord, until } from '../helpers.js';
import { banner, expectNone, part } from '../components/cookie-consent/element-helpers.js';
import de from '../../src/i18n/de.js';

interface Framed extends Window {
  __events: string[];
  __errors: string[];
  __before: { defined: boolean; shadowRoot: boolean; accept: string | null; shown: boolean; position: string | null };
  /** The shadow root's markup each time it held no banner, once the server's showed. */
  __gaps: string[];
}

let visits = 0;

async function load(query = ''): Promise<{ win: Framed; el: CookieConsentElement }> {
  // (a URL of its own for each visit: the test server would answer a URL it served with the same page)
  const frame = await openFrame(`/lit-ssr/page.html?visit=${++visits}${query}`);
  const win = frame.contentWindow as Framed;
  await until(() => win.customElements?.get('cookie-consent'), 'the element, defined', 15000);
  const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
  await el.updateComplete;
  await sleep(20);
  return { win, el };
}

describe('Lit SSR: cookie-consent-element/lit-ssr.js', function () {
  this.timeout(20000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it("a first visit: the server's banner shows before any script, and the element takes it over with no error", async () => {
    const { win, el } = await load();
    expect(win.__before, 'before the definition').to.deep.equal({ defined: false, shadowRoot: true, accept: 'Accept all', shown: true, position: 'fixed' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'the focus the visitor put on the server’s Accept all').to.equal('button accept-button');

    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="banner"]'), 'one banner').to.have.length(1);
    expect(root.querySelectorAll('[part~="accept-button"]'), 'one accept button').to.have.length(1);
    expect(root.querySelectorAll('style'), "no server <style> left").to.have.length(0);
    expect(part(el, 'policy-link')!.getAttribute('href')).to.equal('/privacy');
    expect(part(el, 'heading')!.textContent).to.equal('Cookies here');
    expect(win.__events).to.have.members(['consent-show:banner', 'consent-ready:none']);
    expect(win.__gaps, 'no moment without a banner').to.deep.equal([]);

    part(el, 'accept-button')!.click();
    await el.updateComplete;
    expectNone(banner(el), 'banner');
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
    expect(win.__events.at(-1)).to.equal('consent-change:accept-all');
    expect(win.__errors).to.deep.equal([]);
  });

  it("a banner in a language the browser loads on demand: the server's stays until the element's replaces it, never none between", async () => {
    const { win, el } = await load('&lang=de');
    expect(win.__before.accept, 'the server’s, in German').to.equal(de.acceptAll);
    const root = el.shadowRoot!;
    await until(() => !root.querySelector('style') && part(el, 'accept-button'), "the element's banner", 10000);
    expect(win.__gaps, 'no moment without a banner').to.deep.equal([]);
    expect(root.querySelectorAll('[part~="banner"]'), 'one banner').to.have.length(1);
    expect(part(el, 'accept-button')!.textContent).to.equal(de.acceptAll);
    expect(root.activeElement?.getAttribute('part'), 'the focus the visitor put on the server’s Accept all').to.equal('button accept-button');
    expect(win.__errors).to.deep.equal([]);
  });

  it('a returning visit: the server writes no banner (it read the decision from the Cookie header), nor does the element', async () => {
    const first = await load();
    part(first.el, 'reject-button')!.click();
    expect(cookieRecord()!.denied).to.deep.equal(['analytics']);
    closeFrames();

    const { win, el } = await load();
    expect(win.__before, 'before the definition: an empty shadow root').to.deep.equal({ defined: false, shadowRoot: true, accept: null, shown: false, position: null });
    expectNone(banner(el), 'banner');
    expect(el.open).to.equal(false);
    expect(part(el, 'revoke-button'), 'the floating button to change it').to.not.equal(null);
    expect(win.__events).to.deep.equal(['consent-ready:stored']);
    expect(win.__errors).to.deep.equal([]);
  });

  it('a page cached for everyone, with the banner in it: a visitor who has decided sees it only until the element reads the decision', async () => {
    storeRecord({ granted: ['necessary', 'analytics'] });
    const { win, el } = await load('&cached');
    expect(win.__before.shadowRoot && win.__before.shown, 'the cached banner, before the definition').to.equal(true);
    expectNone(banner(el), 'banner');
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(part(el, 'revoke-button')).to.not.equal(null);
    expect(cookieRecord()!.granted, 'the decision kept').to.deep.equal(['necessary', 'analytics']);
    expect(win.__events).to.deep.equal(['consent-ready:stored']);
    expect(win.__errors).to.deep.equal([]);
  });
});
