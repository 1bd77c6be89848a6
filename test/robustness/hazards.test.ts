/**
 * The hostile values the property tests found, pinned as plain examples so that each one fails
 * on every run if it comes back (a property may not draw the same value twice in a row).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { enablePlaceholders } from '../../src/gating/gated-placeholder.js';
import { activateGated } from '../../src/gating/activate-gated.js';
import { closeFrames, openFrame, until } from '../helpers.js';
import { part } from '../components/cookie-consent/element-helpers.js';
import { guardEachTest } from './fuzz.js';

const OBJECT_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('hostile values found by the properties', () => {
  const guarded = guardEachTest();

  it('removing the categories attribute after connect (the property becomes null) does not throw', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    el.removeAttribute('categories');
    await el.updateComplete;
    expect(part(el, 'accept-button')).to.not.equal(null);
    el.acceptAll();
    expect(el.consent!.granted).to.deep.equal(['necessary']);
  });

  for (const name of OBJECT_KEYS) {
    it(`cookie-name="${name}": the decision is kept across a reconnect, with no warning`, async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent cookie-name=${name} categories="analytics"></cookie-consent>`);
      expect(el.consent).to.equal(null);
      el.save(['analytics']);
      const consent = el.consent;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.consent).to.deep.equal(consent);
      expect(el.open).to.equal(false);
      expect(guarded().warnings).to.deep.equal([]);
    });

    it(`lang="${name}" renders English`, async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent lang=${name}></cookie-consent>`);
      expect(part(el, 'accept-button')!.textContent!.trim()).to.equal('Accept all');
    });

    it(`a category named "${name}" is shown under its name, in the banner, the dialog and a placeholder`, async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <cookie-consent categories=${name}><cookie-category name="other-${name}" label="Other"></cookie-category></cookie-consent>
        <iframe data-consent=${name} data-consent-placeholder data-src="about:blank" title="Gated"></iframe>
      </div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.updateComplete;
      enablePlaceholders();
      activateGated(page);
      expect(page.querySelector('.consent-placeholder')!.textContent).to.contain(name);
      await el.showPreferences();
      const labels = [...el.shadowRoot!.querySelectorAll('dialog .label')].map((l) => l.textContent);
      expect(labels).to.include(name);
      expect(labels).to.include('Other');
      el.acceptAll();
      expect(el.isGranted(name)).to.equal(true);
    });
  }

  for (const pattern of ['*', 'cookie_*', 'cookie_consent']) {
    it(`a withdrawn category whose cookies="${pattern}" also matches the consent cookie: the withdrawal is kept`, async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics">
        <cookie-category name="analytics" cookies=${pattern}></cookie-category>
      </cookie-consent>`);
      document.cookie = 'cookie_other=1; path=/';
      el.acceptAll();
      el.rejectAll();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.consent?.denied, 'the withdrawal, read back').to.deep.equal(['analytics']);
      expect(el.open).to.equal(false);
      if (pattern !== 'cookie_consent') expect(document.cookie).to.not.contain('cookie_other');
    });
  }

  it('google-data-layer naming a read-only global ("closed"): no exception, one warning, decisions still reported', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent google-consent-mode google-data-layer="closed" categories="analytics"></cookie-consent>`);
    // the integration loads on demand, and warns once it has looked at the data layer
    const warned = () => guarded().warnings.filter((w) => w.includes('window.closed'));
    await until(() => warned().length, 'the warning');
    let changes = 0;
    el.addEventListener('consent-change', () => changes++);
    el.acceptAll();
    el.rejectAll();
    await el.updateComplete;
    expect(changes).to.equal(2);
    expect(warned()).to.have.length(1);
  });
});

describe('markup in place of the scheduler', () => {
  afterEach(closeFrames);

  it('a browser without scheduler.postTask, where markup takes its names: the banner still shows', async () => {
    const frame = await openFrame('/test/fixtures/robustness/no-scheduler-clobbered.html');
    const win = frame.contentWindow as Window & typeof globalThis & { errors: string[] };
    await until(() => win.document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'), 'the banner');
    expect((win as unknown as { scheduler: unknown }).scheduler).to.be.instanceOf(win.HTMLFormElement);
    expect(win.errors).to.deep.equal([]);
  });
});
