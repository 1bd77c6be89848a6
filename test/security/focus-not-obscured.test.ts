/**
 * WCAG 2.4.11 at the end of a page: the links a footer holds ("Privacy") sit where the page
 * cannot scroll any further, so `scroll-padding` alone leaves them under a bottom banner. The
 * page gets room of the banner's height after its content while the banner shows, with no
 * layout shift.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { clearStorage, until } from '../helpers.js';
import { banner, deepActive } from '../components/cookie-consent/element-helpers.js';

describe('focus at the end of a long page', () => {
  beforeEach(async () => {
    clearStorage();
    await setViewport({ width: 1024, height: 600 });
  });
  afterEach(async () => {
    clearStorage();
    await setViewport({ width: 800, height: 600 });
  });

  it('Tab to each of the last six links: none is under the banner', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)));
    try {
      observer.observe({ type: 'layout-shift' });
    } catch {
      // Firefox reports no layout shifts
    }
    const page = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 40 }, (_, i) => html`<p><a href="#l${i}">link ${i}</a></p>`)}
      <cookie-consent></cookie-consent>
    </div>`);
    const el = page.querySelector('cookie-consent') as CookieConsentElement;
    await el.updateComplete;
    // the room follows the banner's height from a ResizeObserver, before the next paint
    await until(() => getComputedStyle(document.documentElement).scrollPaddingBottom === `${banner(el)!.offsetHeight}px`, 'the scroll padding');
    const links = [...page.querySelectorAll('a')];
    links[33].focus();
    for (const link of links.slice(34)) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === link, `focus on ${link.textContent}`).to.equal(true);
      const top = banner(el)!.getBoundingClientRect().top;
      expect(link.getBoundingClientRect().bottom, `${link.textContent} under the banner`).to.be.at.most(top + 1);
    }
    observer.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0), 'layout shift').to.equal(0);
    el.acceptAll();
    await el.updateComplete;
    expect(getComputedStyle(document.documentElement, '::after').height, 'the room, gone').to.be.oneOf(['auto', '0px']);
  });
});
