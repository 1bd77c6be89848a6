/**
 * WCAG 2.2 AA checks that axe cannot make (docs/accessibility.md): target size, reflow, text
 * resize, focus visibility, focus not obscured, reduced motion, forced colours — plus axe itself
 * in every state and both themes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import { canEmulateMedia, clearStorage, storeRecord } from '../../helpers.js';
import { banner, deepActive, dialog, expectFocusOn, part } from './element-helpers.js';

const controls = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input')];
const states = {
  banner: async (theme: string) =>
    fixture<CookieConsentElement>(html`<cookie-consent theme=${theme} categories="analytics marketing" policy-href="/p"></cookie-consent>`),
  preferences: async (theme: string) => {
    const el = await states.banner(theme);
    await el.showPreferences();
    await el.updateComplete;
    return el;
  },
  decided: async (theme: string) => {
    storeRecord();
    return states.banner(theme);
  },
};

describe('accessibility', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    clearStorage();
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    if (canEmulateMedia) await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
  });

  for (const [state, make] of Object.entries(states)) {
    for (const theme of ['light', 'dark']) {
      it(`axe finds nothing: ${state}, ${theme}`, async () => {
        const el = await make(theme);
        await expect(el).to.be.accessible();
      });
    }

    it(`every control is at least 24 × 24 px: ${state}`, async () => {
      const el = await make('light');
      const found = controls(el);
      expect(found.length).to.be.above(0);
      for (const c of found) {
        const r = c.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `${c.getAttribute('part') ?? c.getAttribute('name')}`).to.be.at.least(24);
      }
    });

    it(`reflows at 320 × 640 px without horizontal scrolling: ${state}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await make('light');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const c of controls(el)) {
        const r = c.getBoundingClientRect();
        expect(r.left, c.getAttribute('part')!).to.be.at.least(0);
        expect(r.right, c.getAttribute('part')!).to.be.at.most(320);
      }
    });

    it(`text at 200 % is not clipped: ${state}`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await make('light');
      for (const c of controls(el).filter((c) => c.localName === 'button')) {
        expect(c.scrollWidth, `${c.getAttribute('part')} width`).to.be.at.most(c.clientWidth + 1);
        expect(c.scrollHeight, `${c.getAttribute('part')} height`).to.be.at.most(c.clientHeight + 1);
      }
      // the banner and the dialog body scroll rather than cut text off
      for (const box of el.shadowRoot!.querySelectorAll<HTMLElement>('.banner, .dialog-body')) {
        expect(getComputedStyle(box).overflowY).to.equal('auto');
      }
    });
  }

  it('focus is visible on every control (3 px outline in the text colour)', async () => {
    const el = await states.preferences('light');
    await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
    const check = (c: HTMLElement) => {
      c.focus();
      expectFocusOn(c);
      const style = getComputedStyle(c);
      expect(style.outlineStyle, c.getAttribute('part')!).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    };
    dialog(el)!.querySelectorAll<HTMLElement>('button, input:not(:disabled)').forEach(check);
    el.remove(); // its modal dialog would make the next banner inert
    controls(await states.banner('dark')).forEach(check);
  });

  it('a bottom banner never hides the focused page element (WCAG 2.4.11)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 40 }, (_, i) => html`<p><a href="#l${i}">link ${i}</a></p>`)}
      <cookie-consent></cookie-consent>
    </div>`);
    const el = page.querySelector('cookie-consent')!;
    await el.updateComplete;
    // the padding follows the banner's height from a ResizeObserver, before the next paint
    const padding = () => getComputedStyle(document.documentElement).scrollPaddingBottom;
    const settled = () => padding() === `${banner(el)!.offsetHeight}px`;
    for (let i = 0; i < 100 && !settled(); i++) await new Promise((r) => requestAnimationFrame(r));
    expect(padding(), 'scroll-padding-bottom').to.equal(`${banner(el)!.offsetHeight}px`);
    const top = banner(el)!.getBoundingClientRect().top;
    const links = [...page.querySelectorAll('a')];
    // the first link whose box reaches under the banner
    const hidden = links.find((a) => a.getBoundingClientRect().bottom > top)!;
    hidden.focus();
    expect(deepActive() === hidden).to.equal(true);
    expect(hidden.getBoundingClientRect().bottom).to.be.at.most(banner(el)!.getBoundingClientRect().top);
    el.acceptAll();
    await el.updateComplete;
    expect(padding()).to.equal('auto');
    expect(document.documentElement.style.scrollPaddingBottom, 'no inline style of the page touched').to.equal('');
  });

  it('a banner removed with an update pending leaves no scroll-padding or room behind', async () => {
    const el = await states.banner('light');
    el.requestUpdate();
    el.remove(); // the update still runs, on a removed element
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.equal('auto');
    expect(getComputedStyle(document.documentElement, '::after').height).to.be.oneOf(['auto', '0px']);
  });

  it('prefers-reduced-motion: nothing moves', async function () {
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await states.preferences('light');
    for (const node of [banner(el)!, dialog(el)!, ...controls(el)]) {
      const s = getComputedStyle(node);
      expect(s.transitionDuration.split(', ').every((d) => d === '0s'), 'transition').to.equal(true);
      expect(s.animationName, 'animation').to.equal('none');
    }
  });

  it('forced colours: controls keep a boundary, switches their native look, focus stays visible', async function () {
    if (!canEmulateMedia) this.skip();
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await states.preferences('light');
    for (const c of controls(el)) {
      const s = getComputedStyle(c);
      if (c.getAttribute('role') === 'switch') expect(s.appearance).to.equal('auto');
      else expect(parseFloat(s.borderTopWidth), c.getAttribute('part')!).to.be.at.least(1);
    }
    const save = part(el, 'save-button')!;
    save.focus();
    await sendKeys({ press: 'Shift' });
    expectFocusOn(save);
    expect(getComputedStyle(save).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(banner(el)!).borderTopWidth)).to.be.at.least(1);
  });
});
