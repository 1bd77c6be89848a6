/**
 * The preferences at 320 CSS px. WCAG 1.4.10 (reflow: 1280 px at 400 % zoom, and a phone):
 * nothing scrolls sideways, neither the page nor the dialog nor any part of it, and every control
 * can be scrolled fully into view, where a tap reaches it. With text at 200 % as well (WCAG
 * 1.4.4): the dialog's body, which holds the choices, stays readable (not squeezed to nothing by
 * its head and buttons), and every control can still be scrolled into view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { clearStorage } from '../helpers.js';
import { describeNode, openPreferences } from '../components/cookie-consent/element-helpers.js';

const SETTINGS = [
  { what: '320 × 256 px (1280 × 1024 at 400 %)', width: 320, height: 256, fontSize: '' },
  { what: '320 × 640 px', width: 320, height: 640, fontSize: '' },
  { what: '320 × 640 px with text at 200 %', width: 320, height: 640, fontSize: '200%' },
];

/** The dialog and the parts of it that lay out its content. */
const boxes = (d: HTMLDialogElement) => [d, ...d.querySelectorAll<HTMLElement>('.dialog-head, .dialog-body, .categories, .dialog-actions, li, label, p')];

/**
 * The boxes from `node` up to the dialog that were scrolled to show it but that a visitor cannot
 * scroll (a script can scroll a box whose overflow is hidden; a finger or a wheel cannot).
 */
const unscrollable = (node: Element, d: HTMLDialogElement) => {
  const stuck: string[] = [];
  for (let box = node.parentElement; box && box !== d.parentElement; box = box.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(box);
    const can = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
    if ((box.scrollTop && !can(overflowY)) || (box.scrollLeft && !can(overflowX))) stuck.push(describeNode(box));
  }
  return stuck;
};

for (const { what, width, height, fontSize } of SETTINGS) {
  describe(`the preferences at ${what}`, () => {
    beforeEach(async () => {
      clearStorage();
      await setViewport({ width, height });
      document.documentElement.style.fontSize = fontSize;
    });
    afterEach(async () => {
      document.documentElement.style.fontSize = '';
      document.querySelectorAll('cookie-consent').forEach((e) => e.remove());
      clearStorage();
      await setViewport({ width: 800, height: 600 });
    });

    const open = async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing functional" policy-href="/privacy"></cookie-consent>`);
      return { el, d: await openPreferences(el) };
    };

    {
      it('nothing scrolls sideways: not the page, not the dialog, no part of it; the dialog fits the width', async () => {
        const { d } = await open();
        expect(innerWidth, 'the viewport').to.equal(width);
        // (the page's width without a vertical scroll bar, where the browser shows one)
        const page = document.documentElement.clientWidth;
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(page);
        const r = d.getBoundingClientRect();
        expect([r.left >= 0, r.right <= page], 'the dialog within the width').to.deep.equal([true, true]);
        for (const box of boxes(d)) expect(box.scrollWidth, describeNode(box)).to.be.at.most(box.clientWidth);
        for (const button of d.querySelectorAll('button')) expect(button.scrollWidth, `${describeNode(button)}: its text not cut`).to.be.at.most(button.clientWidth + 1);
      });
    }

    it('every control can be scrolled fully into view, where a tap reaches it', async () => {
      const { el, d } = await open();
      const controls = [...d.querySelectorAll<HTMLElement>('button, input, a')];
      expect(controls.filter((c) => c.localName === 'button').length, 'the close, Accept all, Reject all and Save buttons').to.equal(4);
      const { clientWidth, clientHeight } = document.documentElement;
      for (const control of controls) {
        const name = `${describeNode(control)} ${control.getAttribute('name') ?? ''}`;
        control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        expect(unscrollable(control, d), `${name}: in view by scrolling only what a visitor can scroll`).to.deep.equal([]);
        const r = control.getBoundingClientRect();
        const where = { shown: r.width > 0 && r.height > 0, left: r.left >= 0, right: r.right <= clientWidth, top: r.top >= 0, bottom: r.bottom <= clientHeight };
        expect(where, `${name}: shown, within the screen`).to.deep.equal({ shown: true, left: true, right: true, top: true, bottom: true });
        // nothing clips or covers it: a tap at its centre (of a link, of its first line) reaches it
        const first = control.getClientRects()[0]!;
        const hit = el.shadowRoot!.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2);
        expect(!!hit && control.contains(hit), `${name}: a tap at its centre reaches it, not ${describeNode(hit)}`).to.equal(true);
      }
    });

    if (fontSize) {
      it('the body keeps room for the choices', async () => {
        const { d } = await open();
        expect(d.querySelector<HTMLElement>('.dialog-body')!.clientHeight, 'the body').to.be.at.least(120);
      });
    }
  });
}
