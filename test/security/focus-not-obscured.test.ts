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

type LayoutShift = PerformanceEntry & { value: number };

/**
 * The values of the layout shifts the page made from `since` on, every one of them: observed
 * with `buffered`, so those made before the observer count, and read once a shift made on
 * purpose afterwards has been reported (entries come in order: none before it is still on its
 * way).
 */
async function layoutShiftsSince(since: number): Promise<number[]> {
  const entries: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  const probe = document.createElement('div');
  probe.textContent = 'probe';
  probe.style.cssText = `position:absolute;left:0;top:${scrollY + 10}px;width:200px;height:50px;background:#888`;
  document.body.append(probe);
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  const moved = performance.now();
  probe.style.top = `${scrollY + 200}px`;
  try {
    await until(() => entries.some((e) => e.startTime >= moved), 'the layout shift of the probe');
  } finally {
    observer.disconnect();
    probe.remove();
  }
  return entries.filter((e) => e.startTime >= since && e.startTime < moved).map((e) => e.value);
}

const longPage = () => fixture<HTMLDivElement>(html`<div>${Array.from({ length: 40 }, (_, i) => html`<p><a href="#l${i}">link ${i}</a></p>`)}</div>`);

describe('focus at the end of a long page', () => {
  beforeEach(async () => {
    clearStorage();
    await setViewport({ width: 1024, height: 600 });
  });
  afterEach(async () => {
    clearStorage();
    await setViewport({ width: 800, height: 600 });
  });

  /**
   * Shows the banner on a long page, as on arrival: at its top (further down, scroll anchoring
   * would hide a move of the content), once the page has been painted (a layout shift is a move
   * of what was painted); and waits until the page has its room.
   */
  async function showBanner(): Promise<{ page: HTMLDivElement; el: CookieConsentElement }> {
    const page = await longPage();
    scrollTo(0, 0);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const el = page.appendChild(document.createElement('cookie-consent'));
    await el.updateComplete;
    // the room follows the banner's height from a ResizeObserver, before the next paint
    await until(() => getComputedStyle(document.documentElement).scrollPaddingBottom === `${banner(el)!.offsetHeight}px`, 'the scroll padding');
    return { page, el };
  }
  const roomGone = () => expect(getComputedStyle(document.documentElement, '::after').height, 'the room, gone').to.be.oneOf(['auto', '0px']);

  it('Tab to each of the last six links: none is under the banner; the room goes with it', async () => {
    const { page, el } = await showBanner();
    const links = [...page.querySelectorAll('a')];
    links[33].focus();
    for (const link of links.slice(34)) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === link, `focus on ${link.textContent}`).to.equal(true);
      const top = banner(el)!.getBoundingClientRect().top;
      expect(link.getBoundingClientRect().bottom, `${link.textContent} under the banner`).to.be.at.most(top + 1);
    }
    el.acceptAll();
    await el.updateComplete;
    roomGone();
  });

  it('the banner, its room, and the room going at the end of the page shift nothing on it', async function () {
    // Firefox implements no Layout Instability API: there are no layout-shift entries to sum
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    expect(PerformanceObserver.supportedEntryTypes, 'layout-shift entries').to.include('layout-shift');
    const since = performance.now();
    const { page, el } = await showBanner();
    page.querySelector('p:last-of-type a')!.scrollIntoView({ block: 'end' });
    await new Promise(requestAnimationFrame);
    el.acceptAll();
    await el.updateComplete;
    roomGone();
    expect(await layoutShiftsSince(since), 'layout shifts').to.deep.equal([]);
  });
});
