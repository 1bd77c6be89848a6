/**
 * The preferences on a phone with large text (320 × 640 px and text at 200 % together, WCAG 1.4.4
 * and 1.4.10): the dialog's head and buttons take most of the screen, and its body, which holds
 * the choices, must stay readable (not squeezed to nothing), with every control reachable by
 * scrolling.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { clearStorage } from '../helpers.js';
import { dialog, openPreferences } from '../components/cookie-consent/element-helpers.js';

describe('the preferences at 320 × 640 px with text at 200 %', () => {
  beforeEach(async () => {
    clearStorage();
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    document.querySelectorAll('cookie-consent').forEach((e) => e.remove());
    clearStorage();
    await setViewport({ width: 800, height: 600 });
  });

  it('the body keeps room for the choices, and every control can be scrolled into view', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing functional"></cookie-consent>`);
    const d = await openPreferences(el);
    const body = d.querySelector<HTMLElement>('.dialog-body')!;
    expect(body.clientHeight, 'the body').to.be.at.least(120);
    for (const control of d.querySelectorAll<HTMLElement>('button, input')) {
      control.scrollIntoView({ block: 'nearest' });
      const r = control.getBoundingClientRect();
      expect(r.bottom > 0 && r.top < innerHeight, `${control.getAttribute('part') ?? control.getAttribute('name')} reachable`).to.equal(true);
    }
    expect(dialog(el)!.open).to.equal(true);
  });
});
