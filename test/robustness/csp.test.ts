/**
 * The built drop-in files under a nonce-only `script-src` (`/csp/nonce/…`: what the library adds
 * to the page must carry the nonce itself) and the strict policy of issue 7 (served by the test
 * server as `/csp/strict/…`): `script-src 'nonce-…' 'strict-dynamic'; style-src 'self'; object-src 'none';
 * base-uri 'none'; require-trusted-types-for 'script'`, and the same with a `trusted-types`
 * directive that names only the policies docs/security.md lists (`/csp/named/…`). The banner renders in
 * German (a language file loaded on demand), the preferences open (loaded on demand: the classic
 * script runs their classic-script version, a script element that must pass the policy), gated scripts with
 * the page's nonce run after Accept, a placeholder loads its frame, Google Consent Mode (loaded on
 * demand by both builds) gets its update, and no `securitypolicyviolation` fires. `npm test`
 * builds `dist/` first.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, openFrame, sleep, until } from '../helpers.js';
import { dialog, part } from '../components/cookie-consent/element-helpers.js';

interface Framed extends Window {
  __ran: string[];
  __violations: string[];
  __errors: string[];
}


for (const policy of ['nonce', 'strict', 'named']) {
  for (const [build, page] of [
    ['the ES module bundle', 'csp-bundle'],
    ['the classic script', 'csp-iife'],
  ]) {
    describe(`${build} under the ${policy} policy`, function () {
      this.timeout(20000);
      let frame: HTMLIFrameElement;
      afterEach(() => {
        frame?.remove();
        clearStorage();
      });

      it('renders in German, opens the preferences, runs gated scripts after Accept: no violation', async () => {
        frame = await openFrame(`/csp/${policy}/test/fixtures/robustness/${page}.html?jar=${policy}_${page}`);
        const win = frame.contentWindow as Framed;
        const report = () => JSON.stringify({ violations: win.__violations, errors: win.__errors });
        await until(() => win.customElements.get('cookie-consent'), `the element to be defined ${report()}`);
        const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
        expect(el.cookieName, 'the cookie of this test alone').to.equal(`csp_${policy}_${page}`);

        // the banner, in German: dist/i18n/de.js loaded on demand
        await until(() => part(el, 'accept-button')?.textContent?.trim() === 'Alle akzeptieren', `the German banner ${report()}`);
        expect(win.getComputedStyle(part(el, 'banner')!).position, 'the banner is styled').to.equal('fixed');
        expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/i18n/de.js'))).to.equal(true);
        expect(win.__ran, 'nothing ran before consent').to.deep.equal([]);
        const placeholder = win.document.querySelector<HTMLButtonElement>('.consent-placeholder button');
        expect(placeholder, 'the placeholder of the gated frame').to.not.equal(null);

        // the preferences: a modal dialog, styled, loaded on demand by either build
        part(el, 'preferences-button')!.click();
        await until(() => dialog(el)?.open, 'the preferences dialog');
        expect(dialog(el)!.matches(':modal')).to.equal(true);
        expect(win.getComputedStyle(dialog(el)!).display, 'the dialog styles were adopted').to.equal('flex');
        const file = page === 'csp-bundle' ? 'cookie-consent.preferences-dialog.js' : 'cookie-consent.preferences-dialog.iife.js';
        expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/dist/${file}`))).to.equal(true);
        part(el, 'close-button')!.click();
        await until(() => !dialog(el)?.open, 'the dialog to close');

        // marketing through the placeholder: the frame loads, analytics stays blocked
        placeholder!.click();
        expect(win.document.querySelector('iframe')!.getAttribute('src')).to.equal('/test/fixtures/gating/frame.html');
        await sleep(50);
        expect(win.__ran).to.deep.equal([]);

        // Accept all: the gated scripts run with the page's nonce, in order
        await until(() => part(el, 'accept-button'), 'the banner, still asking about analytics');
        part(el, 'accept-button')!.click();
        await until(() => win.__ran.length === 3, `the gated scripts ${JSON.stringify(win.__ran)} ${report()}`);
        expect(win.__ran).to.deep.equal(['inline', 'C', 'template']);

        // Google Consent Mode (loaded on demand by both builds): the update reached the data layer
        const layer = () => ((win as Framed & { dataLayer?: IArguments[] }).dataLayer ?? []).map((a) => `${a[0]} ${a[1]}`);
        await until(() => layer().includes('consent update'), `the Consent Mode update ${JSON.stringify(layer())} ${report()}`);
        expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/cookie-consent.google-consent-mode.js'))).to.equal(true);

        await sleep(100);
        expect(win.__violations, 'securitypolicyviolation events').to.deep.equal([]);
        expect(win.__errors, 'uncaught errors').to.deep.equal([]);
      });
    });
  }
}
