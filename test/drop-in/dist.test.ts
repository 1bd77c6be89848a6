/**
 * Smoke tests of the built drop-in files in `dist/` (`npm test` builds them first): plain HTML
 * pages load them as a site would, in frames of the test page.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, openFrame, sleep, until } from '../helpers.js';
import { banner, dialog, part } from '../components/cookie-consent/element-helpers.js';

type FixtureWindow = Window & { errors: string[]; CookieConsent?: Record<string, unknown> };

async function load(path: string): Promise<FixtureWindow> {
  const frame = await openFrame(path);
  const win = frame.contentWindow as FixtureWindow;
  await win.customElements.whenDefined('cookie-consent');
  await (win.document.querySelector('cookie-consent') as CookieConsentElement).updateComplete;
  return win;
}

describe('dist/ drop-in builds', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('the classic script runs the seed notice: banner, acknowledge, 20-day cookie', async () => {
    const win = await load('/test/fixtures/dist/notice-iife.html');
    const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
    const button = part(el, 'accept-button')!;
    expect(button.textContent!.trim()).to.equal('Accept !');
    expect(part(el, 'policy-link')!.getAttribute('href')).to.equal('/privacy');
    button.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    const record = cookieRecord()!;
    expect(record.cause).to.equal('acknowledge');
    expect(Date.parse(record.exp) - Date.parse(record.ts)).to.equal(20 * 864e5);
    expect(Object.keys(win.CookieConsent!)).to.include.members([
      'CookieConsentElement', 'ConsentStore', 'getConsent', 'onConsentChange', 'whenGranted', 'ConsentChangeEvent',
    ]);
    expect(win.errors).to.deep.equal([]);
  });

  it('the ES module bundle runs the opt-in banner', async () => {
    const win = await load('/test/fixtures/dist/opt-in-bundle.html');
    const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
    expect(part(el, 'reject-button')!.textContent!.trim()).to.equal('Reject all');
    part(el, 'reject-button')!.click();
    expect(cookieRecord()!.denied).to.deep.equal(['analytics', 'marketing']);
    expect(win.errors).to.deep.equal([]);
  });

  for (const [build, page, file] of [
    ['ES module', 'opt-in-bundle', 'cookie-consent.preferences-dialog.js'],
    ['classic script', 'opt-in-iife', 'cookie-consent.preferences-dialog.iife.js'],
  ]) {
    it(`the ${build} opens the preferences, loaded on demand (${file}), and saves a choice`, async () => {
      const win = await load(`/test/fixtures/dist/${page}.html`);
      const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
      const shown = new Promise((r) => el.addEventListener('consent-show', (e) => e.detail.view === 'preferences' && r(e)));
      part(el, 'preferences-button')!.click();
      await shown;
      const d = dialog(el)!;
      expect(d.open).to.equal(true);
      expect(getComputedStyle(d).display, 'the dialog styles were adopted').to.equal('flex');
      // (the minified templates keep the space between a description and its cookies)
      expect(d.querySelector('#desc-analytics')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Counts visits. Cookies: _ga, _ga_*');
      d.querySelector<HTMLInputElement>('[name="analytics"]')!.click();
      part(el, 'save-button')!.click();
      expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
      const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(loaded, 'the preferences came from their own file').to.include(`/dist/${file}`);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('a first visit\'s files leave the preferences out, and their two files import nothing', async () => {
    const text = async (file: string) => (await fetch(`/dist/${file}`)).text();
    for (const file of ['cookie-consent.bundle.js', 'cookie-consent.iife.js']) {
      expect(await text(file), file).to.not.contain('Privacy preferences');
    }
    for (const file of ['cookie-consent.preferences-dialog.js', 'cookie-consent.preferences-dialog.iife.js']) {
      const source = await text(file);
      expect(source, file).to.contain('Privacy preferences');
      expect(source, file).to.not.match(/\bimport\s*[{*("'`]|\bfrom\s*["'`]/);
    }
  });

  for (const [build, page, lang, accept] of [
    ['classic script', 'german-iife', 'de', 'Alle akzeptieren'],
    ['classic script', 'brazilian-iife', 'pt-BR', 'Aceitar todos'],
    ['ES module', 'french-bundle', 'fr', 'Tout accepter'],
  ]) {
    it(`the ${build} loads its language file from dist/i18n/ (${lang})`, async () => {
      const win = await load(`/test/fixtures/dist/${page}.html`);
      const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
      const button = () => part(el, 'accept-button');
      await until(() => button()?.textContent?.trim() === accept, `the banner in ${lang}`);
      expect(button()?.textContent?.trim()).to.equal(accept);
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal(lang);
      expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/dist/i18n/${lang}.js`))).to.equal(true);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('the classic script loads Google Consent Mode from beside it, a file that imports nothing', async () => {
    const win = (await load('/test/fixtures/dist/consent-mode-iife.html')) as FixtureWindow & { dataLayer: unknown[][] };
    const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
    const resources = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    await until(() => resources().includes('/dist/cookie-consent.google-consent-mode.js'), 'the Consent Mode part to load');
    expect(resources().filter((p) => p.startsWith('/dist/')).sort()).to.deep.equal([
      '/dist/consent-mode.js', '/dist/cookie-consent.google-consent-mode.js', '/dist/cookie-consent.iife.js',
    ]);
    // the click's update: in the click once the part has run, else as soon as it does (a fixed
    // wait would race the part's loading on a slow machine; "in the click" is tested on the sources)
    const updates = () => [...win.dataLayer].filter((c) => c[0] === 'consent' && c[1] === 'update');
    part(el, 'accept-button')!.click();
    await until(() => updates().length, 'the Consent Mode update');
    await sleep(50);
    expect(updates(), 'one update').to.have.length(1);
    expect((updates()[0][2] as Record<string, string>).analytics_storage).to.equal('granted');
    expect(win.errors).to.deep.equal([]);
  });

  for (const [build, page, file, heading, undecided, allowed] of [
    ['ES module', 'declaration-bundle', 'cookie-consent.cookie-declaration.js', 'h4', 'Not decided yet', 'Allowed'],
    ['classic script', 'declaration-iife', 'cookie-consent.cookie-declaration.iife.js', 'h3', 'Noch nicht entschieden', 'Erlaubt'],
  ]) {
    it(`the ${build} loads <cookie-declaration> on a page that has one (${file}), in the banner's language, live`, async () => {
      const win = await load(`/test/fixtures/dist/${page}.html`);
      await win.customElements.whenDefined('cookie-declaration');
      const declaration = win.document.querySelector('cookie-declaration')!;
      const youtube = () => declaration.querySelector('[data-service="youtube"]');
      const state = () => youtube()?.querySelector('.state')?.textContent;
      // no decision yet: what it states changes with the decision below (the language may still be on its way)
      await until(() => state() === undecided, `the declaration, undecided (${state()})`);
      // (the services' headings one below the categories')
      expect([...declaration.querySelectorAll(heading)].map((h) => h.textContent)).to.deep.equal(['YouTube']);
      const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
      el.save(['youtube']);
      expect(state()).to.equal(allowed);
      const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(loaded, 'from its own file').to.include(`/dist/${file}`);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('a page without <cookie-declaration> does not load it', async () => {
    for (const [page, own] of [['opt-in-bundle', 'cookie-consent.bundle.js'], ['opt-in-iife', 'cookie-consent.iife.js']]) {
      const win = await load(`/test/fixtures/dist/${page}.html`);
      const loaded = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      // The library looks for the element when the page is parsed (DOMContentLoaded) and loads
      // a declaration it finds from there at once: with the page loaded, its own file among the
      // entries (they are recorded) and a task later, such a load would show.
      await until(() => win.document.readyState === 'complete' && loaded().includes(`/dist/${own}`), `${page}: the page and its own file`);
      await sleep(0);
      const declarationScript = win.document.querySelector('script[src*="declaration"]');
      expect(declarationScript?.getAttribute('src') ?? null, `${page}: a script for the declaration`).to.equal(null);
      expect(loaded().filter((p) => p.includes('declaration')), page).to.deep.equal([]);
      expect(win.customElements.get('cookie-declaration'), page).to.equal(undefined);
    }
  });

  it('is minified and carries no Lit dev-mode build', async () => {
    for (const file of ['cookie-consent.bundle.js', 'cookie-consent.iife.js']) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text, file).to.not.contain('Lit is in dev mode');
      expect(text.split('\n').length, file).to.be.below(60);
    }
  });

  it('two copies of the bundle on one page do not throw', async () => {
    const win = await load('/test/fixtures/dist/two-copies.html');
    await sleep(100);
    expect(win.errors).to.deep.equal([]);
    expect(banner(win.document.querySelector('cookie-consent')!)).to.not.equal(null);
  });

  it('works in a sandboxed frame where cookies and storage throw: memory, no uncaught exception', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    const message = new Promise<Record<string, unknown>>((resolve) =>
      addEventListener('message', (e) => e.source === frame.contentWindow && resolve(e.data), { once: false }),
    );
    frame.src = '/test/fixtures/dist/sandboxed.html';
    document.body.append(frame);
    expect(await message).to.deep.equal({
      cookieThrows: true,
      shown: true,
      hiddenAfter: true,
      granted: true,
      global: 'function',
      errors: [],
    });
  });
});
