/**
 * The banner on a phone: compact, with Accept all and Reject all side by side and of equal
 * weight, and still readable and usable with larger text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import { canEmulateMedia, clearStorage, until } from '../../helpers.js';
import { banner, dialog, part } from './element-helpers.js';
import { LANGUAGE_CODES } from '../../../src/i18n/language-codes.js';

/** The page of the comparison with other banners: a one-line message, a policy link, three buttons. */
const phoneBanner = (attrs: { theme?: string; lang?: string } = {}) =>
  fixture<CookieConsentElement>(html`<cookie-consent
    categories="analytics"
    policy-href="/privacy"
    theme=${attrs.theme ?? 'light'}
    lang=${attrs.lang ?? 'en'}
    >We use cookies to improve your experience.</cookie-consent
  >`);

const box = (el: CookieConsentElement, name: string) => part(el, name)!.getBoundingClientRect();

describe('the banner on a narrow screen (320 × 640)', () => {
  beforeEach(async () => {
    clearStorage();
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(async () => {
    clearStorage();
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of ['light', 'dark']) {
    it(`covers at most a quarter of the screen: ${theme}`, async () => {
      const el = await phoneBanner({ theme });
      const b = banner(el)!.getBoundingClientRect();
      expect(b.bottom, 'at the bottom').to.be.closeTo(640, 0.5);
      expect(b.height, `banner height (${Math.round((b.height / 640) * 100)} %)`).to.be.at.most(640 * 0.25);
    });
  }

  it('puts Accept all and Reject all side by side, the same size and the same style', async () => {
    const el = await phoneBanner();
    const accept = box(el, 'accept-button');
    const reject = box(el, 'reject-button');
    expect(reject.top, 'same row').to.equal(accept.top);
    expect(reject.width, 'same width').to.be.closeTo(accept.width, 0.5);
    expect(reject.height, 'same height').to.be.closeTo(accept.height, 0.5);
    expect(accept.right, 'accept first').to.be.at.most(reject.left);
    const [a, r] = [part(el, 'accept-button')!, part(el, 'reject-button')!].map((b) => getComputedStyle(b));
    for (const prop of ['backgroundColor', 'color', 'borderTopColor', 'borderTopWidth', 'fontWeight', 'fontSize'] as const) {
      expect(r[prop], prop).to.equal(a[prop]);
    }
    // every button stays a comfortable target, inside the screen
    for (const name of ['accept-button', 'reject-button', 'preferences-button']) {
      const r = box(el, name);
      expect(Math.min(r.width, r.height), name).to.be.at.least(24);
      expect(r.left, name).to.be.at.least(0);
      expect(r.right, name).to.be.at.most(320);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('lays the row out right to left in Arabic, still side by side', async () => {
    const el = await phoneBanner({ lang: 'ar' });
    await until(() => banner(el)?.closest('[dir="rtl"]'), 'the Arabic banner');
    const accept = box(el, 'accept-button');
    const reject = box(el, 'reject-button');
    expect(reject.top).to.equal(accept.top);
    expect(accept.left, 'accept on the right').to.be.greaterThan(reject.left);
    expect(reject.width).to.be.closeTo(accept.width, 0.5);
  });

  it('keeps Accept all and Reject all side by side and equal in every language', async function () {
    this.timeout(60000);
    for (const lang of LANGUAGE_CODES) {
      const el = await phoneBanner({ lang });
      await until(() => banner(el)?.closest(`[lang="${lang}"]`), `the ${lang} banner`);
      const accept = box(el, 'accept-button');
      const reject = box(el, 'reject-button');
      expect(reject.top, `${lang}: same row`).to.equal(accept.top);
      expect(reject.width, `${lang}: same width`).to.be.closeTo(accept.width, 0.5);
      expect(reject.height, `${lang}: same height`).to.be.closeTo(accept.height, 0.5);
      for (const name of ['accept-button', 'reject-button', 'preferences-button']) {
        const c = part(el, name)!;
        expect(c.scrollWidth, `${lang}: ${name} not cut off`).to.be.at.most(c.clientWidth + 1);
      }
      el.remove();
    }
  });

  it('leaves the preferences dialog as it was: one button per row, the full width', async () => {
    const el = await phoneBanner();
    await el.showPreferences();
    const d = dialog(el)!;
    const buttons = ['accept-button', 'reject-button', 'save-button'].map((name) => d.querySelector(`[part~="${name}"]`)!.getBoundingClientRect());
    for (const [i, r] of buttons.entries()) {
      expect(r.width, `button ${i}`).to.be.closeTo(buttons[0].width, 0.5);
      if (i) expect(r.top, `button ${i} below the one before`).to.be.at.least(buttons[i - 1].bottom);
    }
    expect(getComputedStyle(d.querySelector('h2')!).fontSize, 'the dialog heading keeps its size').to.not.equal(getComputedStyle(d).fontSize);
  });

  it('with text at 200 % it may grow, but scrolls rather than cut anything off', async () => {
    document.documentElement.style.fontSize = '200%';
    const el = await phoneBanner();
    const b = banner(el)!;
    expect(b.getBoundingClientRect().top, 'fits in the screen').to.be.at.least(0);
    expect(getComputedStyle(b).overflowY).to.equal('auto');
    // the last button can be scrolled into view and is whole
    const last = part(el, 'preferences-button')!;
    last.scrollIntoView({ block: 'nearest' });
    const r = last.getBoundingClientRect();
    expect(r.bottom).to.be.at.most(640);
    expect(r.top).to.be.at.least(b.getBoundingClientRect().top);
    for (const name of ['accept-button', 'reject-button', 'preferences-button']) {
      const c = part(el, name)!;
      expect(c.scrollWidth, `${name} width`).to.be.at.most(c.clientWidth + 1);
      expect(c.scrollHeight, `${name} height`).to.be.at.most(c.clientHeight + 1);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
