/**
 * A returning visit (a valid decision stored; most page views of a site) runs the drop-in file
 * alone: no template engine is evaluated (lit-html announces itself in `litHtmlVersions` when it
 * is), nothing else is requested, the gated scripts run before the page's `load`, and the
 * "Cookie settings" button opens the preferences, which bring Lit with them. A first visit draws
 * its banner without Lit too. The pages hold an image that arrives late, so `load` comes late.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, closeStores, openFrame, openStore, until } from '../helpers.js';
import { dialog, expectNone, part } from '../components/cookie-consent/element-helpers.js';

interface Framed extends Window {
  errors: string[];
  loaded: boolean;
  gatedRan?: { beforeLoad: boolean };
  litHtmlVersions?: string[];
}

const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

for (const build of ['iife', 'bundle']) {
  describe(`a returning visit, the ${build} build`, function () {
    this.timeout(20000);
    beforeEach(clearStorage);
    afterEach(() => {
      closeFrames();
      closeStores();
      clearStorage();
    });

    it('evaluates no Lit and loads nothing else, runs gated scripts before load; Cookie settings opens the preferences', async () => {
      const store = openStore({ cookieName: `returning_${build}`, categories: 'analytics marketing' });
      store.read();
      store.save(['analytics']);
      store.close();
      const frame = await openFrame(`/test/fixtures/dist/returning-${build}.html`);
      const win = frame.contentWindow as Framed;
      await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
      const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
      await until(() => part(el, 'revoke-button'), 'the Cookie settings button');
      expect(win.gatedRan, 'the gated script ran').to.deep.equal({ beforeLoad: true });
      expectNone(part(el, 'banner'), 'banner');
      expect(win.litHtmlVersions, 'Lit evaluated').to.equal(undefined);
      const library = requested(win).filter((p) => p.startsWith('/dist/'));
      expect(library).to.deep.equal([`/dist/cookie-consent.${build}.js`]);

      part(el, 'revoke-button')!.click();
      await until(() => dialog(el)?.open, 'the preferences');
      expect(win.litHtmlVersions, 'Lit, with the preferences').to.not.equal(undefined);
      expect(win.errors).to.deep.equal([]);
    });

    it('a first visit draws the banner without Lit', async () => {
      const frame = await openFrame(`/test/fixtures/dist/returning-${build}.html`);
      const win = frame.contentWindow as Framed;
      await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
      const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
      await until(() => part(el, 'banner'), 'the banner');
      // (the preferences, and Lit with them, are prefetched half a second after the banner shows)
      expect(win.litHtmlVersions, 'Lit evaluated').to.equal(undefined);
      expect(win.gatedRan).to.equal(undefined);
      part(el, 'accept-button')!.click();
      await until(() => win.gatedRan, 'the gated script');
      expect(win.errors).to.deep.equal([]);
    });
  });
}
