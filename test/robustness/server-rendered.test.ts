/**
 * Markup as a server sends it, upgraded when the definition arrives late (the bundle is served a
 * second late, time enough for a first paint on a busy machine): the plain markup of the README's
 * snippets (attributes and a light-DOM message, hidden by `cookie-consent:not(:defined)` until
 * then), and a banner rendered into a declarative shadow root, as a Lit SSR page would send it.
 * Either way: one banner, no duplicate content, no flash of the raw message, the events fire and
 * the buttons work. `npm test` builds `dist/` first.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, openFrame, sleep, storeRecord } from '../helpers.js';
import { part } from '../components/cookie-consent/element-helpers.js';

interface Framed extends Window {
  __events: string[];
  __errors: string[];
  __before: Record<string, unknown>;
  __painted?: Record<string, unknown>;
}

async function load(page: string): Promise<{ win: Framed; el: CookieConsentElement }> {
  const frame = await openFrame(`/test/fixtures/robustness/${page}.html`);
  const win = frame.contentWindow as Framed;
  await win.customElements.whenDefined('cookie-consent');
  const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
  await el.updateComplete;
  await sleep(20);
  return { win, el };
}

/** Texts of the shadow tree and of what is slotted into it, as rendered. */
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('markup rendered by a server, upgraded when the definition arrives', function () {
  this.timeout(15000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('plain markup: hidden until defined (no flash of the raw message), then one banner with the message slotted once', async () => {
    const { win, el } = await load('server-plain');
    expect(win.__before, 'before the definition').to.deep.equal({ defined: false, display: 'none', boxes: 0 });
    expect(win.__painted, 'at the first paint').to.deep.equal({ defined: false, display: 'none', boxes: 0 });

    expect(el.shadowRoot!.querySelectorAll('[part~="banner"]')).to.have.length(1);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part~="message"] slot:not([name])')!;
    expect(slot.assignedNodes().map((n) => n.textContent!.trim()).join('')).to.equal('We use cookies for statistics.');
    // the built-in message is not rendered beside it, and the heading appears once
    expect(shadowText(el)).to.not.contain('With your consent');
    expect(shadowText(el).split('Cookies here')).to.have.length(2);
    expect(win.getComputedStyle(el).display).to.equal('block');
    expect(win.__events).to.have.members(['consent-show:banner', 'consent-ready:none']);

    part(el, 'accept-button')!.click();
    await el.updateComplete;
    expect(win.__events.at(-1)).to.equal('consent-change:accept-all');
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
    expect(win.__errors).to.deep.equal([]);
  });

  it('a declarative shadow root: the server’s banner shows before the definition and is replaced, not doubled', async () => {
    const { win, el } = await load('server-dsd');
    expect(win.__before).to.deep.equal({ defined: false, banners: 1, shown: true });

    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="banner"]'), 'one banner').to.have.length(1);
    expect(root.querySelectorAll('[part~="accept-button"]'), 'one accept button').to.have.length(1);
    expect(root.querySelectorAll('style'), 'no server <style> left').to.have.length(0);
    expect(shadowText(el).split('Cookies here')).to.have.length(2);
    expect(win.getComputedStyle(root.querySelector('[part~="banner"]')!).position, 'styled by the element').to.equal('fixed');
    expect(win.__events).to.have.members(['consent-show:banner', 'consent-ready:none']);

    root.querySelector<HTMLElement>('[part~="reject-button"]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="banner"]')).to.have.length(0);
    expect(cookieRecord()!.denied).to.deep.equal(['analytics']);
    expect(win.__events.at(-1)).to.equal('consent-change:reject-all');
    expect(win.__errors).to.deep.equal([]);
  });

  it('a declarative shadow root for a returning visitor: the server’s banner goes, nothing is asked', async () => {
    storeRecord({ granted: ['necessary', 'analytics'], denied: [] });
    const { win, el } = await load('server-dsd');
    expect(el.shadowRoot!.querySelectorAll('[part~="banner"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="revoke-button"]')).to.have.length(1);
    expect(win.__events).to.deep.equal(['consent-ready:stored']);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('a declarative shadow root with markup of its own', () => {
  afterEach(clearStorage);

  it('a focused control whose part is not a plain word: the element draws over it, keeping focus where it can, and throws nothing', async () => {
    await import('../../src/define.js');
    const host = document.createElement('div');
    host.setHTMLUnsafe(`<cookie-consent categories="analytics"><template shadowrootmode="open"><button part='button accept-button"] x'>Accept</button></template></cookie-consent>`);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    addEventListener('error', onError);
    try {
      document.body.append(host);
      const el = host.querySelector('cookie-consent') as CookieConsentElement;
      // focused before the element's first render, as a keyboard user on the server's markup
      el.shadowRoot!.querySelector('button')!.focus();
      await el.updateComplete;
      await sleep(20);
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('button[part~="accept-button"]')).to.have.length(1);
      expect(part(el, 'banner')).to.not.equal(null);
    } finally {
      removeEventListener('error', onError);
      host.remove();
    }
  });

  it("a server's banner in a language still loading: a click on the page's markup slotted into it decides nothing", async () => {
    await import('../../src/define.js');
    const host = document.createElement('div');
    // the page's message and footer, slotted into the server's banner, with the parts of its buttons
    host.setHTMLUnsafe(
      `<cookie-consent categories="analytics" lang="de"><template shadowrootmode="open"><section part="banner"><div part="message"><slot></slot></div><button part="button accept-button">Alle akzeptieren</button><slot name="footer"></slot></section></template>` +
        `<span part="button accept-button" id="message-link">Datenschutz</span><p slot="footer" part="button reject-button"><b id="footer-link">Impressum</b></p></cookie-consent>`,
    );
    try {
      document.body.append(host);
      const el = host.querySelector('cookie-consent') as CookieConsentElement;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button')!.textContent, "the server's banner, the language still on its way").to.equal('Alle akzeptieren');
      host.querySelector<HTMLElement>('#message-link')!.click();
      host.querySelector<HTMLElement>('#footer-link')!.click();
      expect(cookieRecord(), 'no decision the visitor did not click').to.equal(undefined);
      expect(el.open).to.equal(true);
      el.shadowRoot!.querySelector<HTMLElement>('[part~="accept-button"]')!.click();
      expect(cookieRecord()?.granted).to.deep.equal(['necessary', 'analytics']);
    } finally {
      host.remove();
    }
  });

  it("a server's banner in a language still loading: its buttons decide, as the element's would", async () => {
    await import('../../src/define.js');
    const host = document.createElement('div');
    // (German: a language the element loads on demand, so it keeps the server's banner meanwhile)
    host.setHTMLUnsafe(
      `<cookie-consent categories="analytics" lang="de"><template shadowrootmode="open"><section part="banner"><button part="button accept-button">Alle akzeptieren</button><button part="button reject-button">Served reject</button></section></template></cookie-consent>`,
    );
    try {
      document.body.append(host);
      const el = host.querySelector('cookie-consent') as CookieConsentElement;
      await el.updateComplete;
      const served = el.shadowRoot!.querySelector<HTMLElement>('[part~="reject-button"]')!;
      expect(served.textContent, "the server's button, the language still on its way").to.equal('Served reject');
      served.click();
      expect(cookieRecord()?.denied).to.deep.equal(['analytics']);
      await el.updateComplete;
      expect(el.open).to.equal(false);
      // once the language is there, nothing of the server's is left to answer a click
      await sleep(300);
      expect(el.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
    } finally {
      host.remove();
    }
  });
});
