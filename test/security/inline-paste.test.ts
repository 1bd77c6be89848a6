/**
 * The classic script pasted inline (a CMS template field): it has no `src` to load anything from
 * beside it. It still shows the banner and records decisions; the "Cookie settings" button opens
 * the banner again (so a visitor can withdraw); one warning says what cannot load and how to
 * fix it; nothing throws. Served by the test server's `/inline/…` route.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, openFrame, sleep, until } from '../helpers.js';
import { expectNone, part } from '../components/cookie-consent/element-helpers.js';

interface Framed extends Window {
  warnings: string[];
  errors: string[];
  ran: string[];
}

for (const lang of ['en', 'de']) {
  describe(`the classic script pasted inline (lang="${lang}")`, function () {
    this.timeout(20000);
    beforeEach(clearStorage);
    afterEach(() => {
      closeFrames();
      clearStorage();
    });

    it('shows the banner, records the decision, reopens it to withdraw, and warns once', async () => {
      const frame = await openFrame(`/inline/test/fixtures/security/inline-${lang}.html`);
      const win = frame.contentWindow as Framed;
      await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
      const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
      await until(() => part(el, 'accept-button'), 'the banner');
      // English, the one language it carries
      expect(part(el, 'accept-button')!.textContent!.trim()).to.equal('Accept all');
      // no button for what cannot load
      expectNone(part(el, 'preferences-button'), 'Preferences button');

      part(el, 'accept-button')!.click();
      await until(() => win.ran.length, 'the gated script');
      expect(cookieRecord(`inline_${lang}`, win.document)!.granted).to.include('analytics');

      await el.updateComplete;
      part(el, 'revoke-button')!.click();
      await until(() => part(el, 'reject-button'), 'the banner, reopened');
      part(el, 'reject-button')!.click();
      await until(() => !el.isGranted('analytics'), 'the withdrawal');
      await sleep(100);

      expect(win.warnings, JSON.stringify(win.warnings)).to.have.length(1);
      expect(win.warnings[0]).to.include('without a src').and.include('<script src=');
      expect(win.errors).to.deep.equal([]);
    });
  });
}
