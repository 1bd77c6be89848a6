/**
 * The preferences with services (docs/reference.md#services-cookie-service): under a category's
 * switch, a disclosure with one switch per service; the category's own is on when all its services
 * are, off when none is, mixed otherwise, and announced so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentChangeEvent } from '../../src/core/consent-change-event.js';
import { canEmulateMedia, clearStorage, cookieRecord, storeRecord, until } from '../helpers.js';
import { banner, dialog, expectFocusOn, expectNone, part } from '../components/cookie-consent/element-helpers.js';

const site = (attributes = '') =>
  fixture<CookieConsentElement>(html`<div .innerHTML=${`<cookie-consent categories="analytics marketing" policy-href="/privacy" ${attributes}>
    <cookie-category name="marketing" label="Advertising">
      Shows personalised ads and embedded videos.
      <cookie-service name="youtube" label="YouTube" cookies="VISITOR_INFO1_LIVE YSC" policy-href="https://policies.example/privacy">Video embeds on our articles.</cookie-service>
      <cookie-service name="meta-pixel" label="Meta Pixel" cookies="_fbp" sale-or-share>Measures ad campaigns.</cookie-service>
    </cookie-category>
  </cookie-consent>`}></div>`).then((div) => div.firstElementChild as CookieConsentElement);

async function preferences(el: CookieConsentElement): Promise<HTMLDialogElement> {
  await el.showPreferences();
  await el.updateComplete;
  return dialog(el)!;
}
const input = (d: HTMLDialogElement, name: string) => d.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const states = (d: HTMLDialogElement, ...names: string[]) =>
  Object.fromEntries(names.map((n) => [n, input(d, n).indeterminate ? 'mixed' : input(d, n).checked ? 'on' : 'off']));
const disclosure = (d: HTMLDialogElement) => d.querySelector<HTMLDetailsElement>('[part~="services"]')!;

/** The accessibility tree's node of `name` (Chromium). */
interface AxNode {
  role: string;
  name: string;
  checked?: boolean | 'mixed';
  children?: AxNode[];
}
const findNode = (node: AxNode, name: string): AxNode | undefined =>
  node.name === name && node.role !== 'StaticText' && node.role !== 'text' ? node : node.children?.map((c) => findNode(c, name)).find(Boolean);

describe('the preferences with services', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    clearStorage();
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  it('under the category, a closed disclosure says how many services; each has its label, description, cookies, policy and switch', async () => {
    const d = await preferences(await site());
    const details = disclosure(d);
    expect(details.localName).to.equal('details');
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('2 services');
    const rows = [...details.querySelectorAll('[part~="service"]')];
    expect(rows.map((r) => r.querySelector('.label')!.textContent)).to.deep.equal(['YouTube', 'Meta Pixel']);
    const youtube = input(d, 'youtube');
    expect(youtube.getAttribute('role')).to.equal('switch');
    const description = d.querySelector(`#${youtube.getAttribute('aria-describedby')}`)!;
    expect(description.textContent!.replace(/\s+/g, ' ')).to.contain('Video embeds on our articles. Cookies: VISITOR_INFO1_LIVE, YSC');
    const policy = description.querySelector('a')!;
    expect([policy.textContent, policy.getAttribute('href')]).to.deep.equal(['YouTube privacy policy', 'https://policies.example/privacy']);
    expectNone(input(d, 'meta-pixel').closest('li')!.querySelector('a'), 'no policy: no link');
    // the category's own description leaves its services' text out
    expect(d.querySelector(`#${input(d, 'marketing').getAttribute('aria-describedby')}`)!.textContent!.trim()).to.equal(
      'Shows personalised ads and embedded videos.',
    );
    // a category without services keeps its switch and has no disclosure
    expect(input(d, 'analytics').getAttribute('role')).to.equal('switch');
    expectNone(input(d, 'analytics').closest('li')!.querySelector('details'), 'disclosure');
    expect(states(d, 'marketing', 'youtube', 'meta-pixel'), 'nothing pre-ticked').to.deep.equal({ marketing: 'off', youtube: 'off', 'meta-pixel': 'off' });
  });

  it('the category follows its services: on when all are, off when none is, mixed otherwise; switching it sets them all', async () => {
    const d = await preferences(await site());
    input(d, 'youtube').click();
    expect(states(d, 'marketing', 'youtube', 'meta-pixel')).to.deep.equal({ marketing: 'mixed', youtube: 'on', 'meta-pixel': 'off' });
    input(d, 'meta-pixel').click();
    expect(states(d, 'marketing', 'youtube', 'meta-pixel')).to.deep.equal({ marketing: 'on', youtube: 'on', 'meta-pixel': 'on' });
    input(d, 'marketing').click();
    expect(states(d, 'marketing', 'youtube', 'meta-pixel')).to.deep.equal({ marketing: 'off', youtube: 'off', 'meta-pixel': 'off' });
    input(d, 'youtube').click();
    input(d, 'marketing').click(); // mixed → on: all of them
    expect(states(d, 'marketing', 'youtube', 'meta-pixel')).to.deep.equal({ marketing: 'on', youtube: 'on', 'meta-pixel': 'on' });
  });

  it('Save with one service on grants that service only; with the category on, the category and all its services', async () => {
    const el = await site();
    let d = await preferences(el);
    input(d, 'youtube').click();
    part(el, 'save-button')!.click();
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'youtube']);
    expect(cookieRecord()!.denied).to.have.members(['analytics', 'marketing', 'meta-pixel']);
    expect([el.isGranted('youtube'), el.isGranted('marketing'), el.isGranted('meta-pixel')]).to.deep.equal([true, false, false]);
    await el.updateComplete;
    d = await preferences(el);
    expect(states(d, 'marketing', 'youtube', 'meta-pixel'), 'reopened: the stored state, mixed').to.deep.equal({ marketing: 'mixed', youtube: 'on', 'meta-pixel': 'off' });
    input(d, 'marketing').click();
    part(el, 'save-button')!.click();
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'marketing', 'youtube', 'meta-pixel']);
  });

  it('a category granted with a service denied on its own: on, that service off; Save unchanged keeps both, Save with it off grants the rest only', async () => {
    // (another page's decision, or Global Privacy Control's: the category granted, one service not)
    storeRecord({ granted: ['necessary', 'marketing', 'meta-pixel'], denied: ['analytics', 'youtube'] });
    const el = await site();
    const changes: string[][] = [];
    el.addEventListener('consent-change', (e) => changes.push([...(e as ConsentChangeEvent).detail.changed]));
    let d = await preferences(el);
    expect(states(d, 'marketing', 'youtube', 'meta-pixel')).to.deep.equal({ marketing: 'on', youtube: 'off', 'meta-pixel': 'on' });
    part(el, 'save-button')!.click();
    expect([el.isGranted('marketing'), el.isGranted('youtube'), el.isGranted('meta-pixel')], 'nothing withdrawn, nothing granted').to.deep.equal([true, false, true]);
    expect(cookieRecord()!.denied).to.have.members(['analytics', 'youtube']);
    expect(changes).to.deep.equal([[]]);
    await el.updateComplete;
    // the visitor switches the service on, then off again: the category follows its services
    d = await preferences(el);
    input(d, 'youtube').click();
    input(d, 'youtube').click();
    expect(states(d, 'marketing', 'youtube', 'meta-pixel')).to.deep.equal({ marketing: 'mixed', youtube: 'off', 'meta-pixel': 'on' });
    part(el, 'save-button')!.click();
    expect([el.isGranted('marketing'), el.isGranted('youtube'), el.isGranted('meta-pixel')]).to.deep.equal([false, false, true]);
  });

  it('under Global Privacy Control, Accept all then Save unchanged keeps the category it granted', async () => {
    const root = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-consent gpc>
      <cookie-category name="analytics"><cookie-service name="matomo">Counts visits.</cookie-service><cookie-service name="hotjar" sale-or-share>Records visits.</cookie-service></cookie-category>
    </cookie-consent>`}></div>`);
    const el = root.firstElementChild as CookieConsentElement;
    el.acceptAll();
    await el.updateComplete;
    const d = await preferences(el);
    expect(states(d, 'analytics', 'matomo', 'hotjar')).to.deep.equal({ analytics: 'on', matomo: 'on', hotjar: 'off' });
    part(el, 'save-button')!.click();
    expect([el.isGranted('analytics'), el.isGranted('matomo'), el.isGranted('hotjar')]).to.deep.equal([true, true, false]);
  });

  it('the mixed state is announced: a checkbox, not a switch, whose checked state is mixed', async () => {
    storeRecord({ granted: ['necessary', 'youtube'], denied: ['analytics', 'marketing', 'meta-pixel'] });
    const d = await preferences(await site());
    const marketing = input(d, 'marketing');
    expect(marketing.hasAttribute('role'), 'no role="switch": a switch has no mixed state').to.equal(false);
    expect(marketing.type).to.equal('checkbox');
    expect(marketing.matches(':indeterminate')).to.equal(true);
    expect(marketing.getAttribute('aria-controls')).to.equal(disclosure(d).querySelector('ul')!.id);
  });

  it('in the accessibility tree a screen reader gets: the mixed category a checkbox, checked mixed; one without services a switch', async function () {
    // the tree comes through the DevTools protocol (a11ySnapshot), which only Chromium speaks
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    storeRecord({ granted: ['necessary', 'youtube'], denied: ['analytics', 'marketing', 'meta-pixel'] });
    const d = await preferences(await site());
    input(d, 'marketing').focus();
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const node = findNode(tree, 'Advertising');
    expect(node && [node.role, node.checked], 'Advertising').to.deep.equal(['checkbox', 'mixed']);
    expect(findNode(tree, 'Analytics')?.role, 'Analytics').to.equal('switch');
  });

  it('works from the keyboard: Tab to the disclosure, Enter opens it, Tab to a service, Space switches it', async () => {
    const el = await site();
    const d = await preferences(el);
    input(d, 'marketing').focus();
    await sendKeys({ press: 'Tab' });
    const summary = disclosure(d).querySelector('summary')!;
    expectFocusOn(summary);
    await sendKeys({ press: 'Enter' });
    expect(disclosure(d).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expectFocusOn(input(d, 'youtube'));
    await sendKeys({ press: ' ' });
    expect(states(d, 'marketing', 'youtube')).to.deep.equal({ marketing: 'mixed', youtube: 'on' });
    await sendKeys({ press: 'Tab' });
    expectFocusOn(d.querySelector('a[href="https://policies.example/privacy"]'));
    await sendKeys({ press: 'Tab' });
    expectFocusOn(input(d, 'meta-pixel'));
  });

  for (const theme of ['light', 'dark']) {
    it(`axe finds nothing with services, closed, open and mixed: ${theme}`, async () => {
      const el = await site(`theme="${theme}"`);
      const d = await preferences(el);
      await expect(el).to.be.accessible();
      disclosure(d).open = true;
      input(d, 'youtube').click();
      await expect(el).to.be.accessible();
    });
  }

  it('right to left (Arabic): the disclosure and its switches, axe-clean', async () => {
    const el = await site('lang="ar"');
    await until(() => banner(el), 'the Arabic banner');
    const d = await preferences(el);
    disclosure(d).open = true;
    expect(getComputedStyle(d).direction).to.equal('rtl');
    expect(disclosure(d).querySelector('summary')!.textContent!.trim()).to.equal('خدمتان');
    const row = input(d, 'youtube').getBoundingClientRect();
    const label = input(d, 'youtube').closest('label')!.querySelector('.label')!.getBoundingClientRect();
    expect(label.left, 'the label on the right, the switch on the left').to.be.greaterThan(row.left);
    await expect(el).to.be.accessible();
  });

  for (const [what, setup] of [
    ['at 320 px', () => setViewport({ width: 320, height: 640 })],
    ['with text at 200 %', async () => void (document.documentElement.style.fontSize = '200%')],
  ] as const) {
    it(`services open ${what}: nothing is cut off or out of reach, every control at least 24 × 24 px`, async () => {
      await setup();
      const el = await site();
      const d = await preferences(el);
      disclosure(d).open = true;
      const width = document.documentElement.clientWidth;
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(width);
      const body = d.querySelector<HTMLElement>('.dialog-body')!;
      expect(body.scrollWidth, 'the dialog does not scroll sideways').to.be.at.most(body.clientWidth);
      for (const c of d.querySelectorAll<HTMLElement>('input, summary, button, a')) {
        const name = c.textContent || c.getAttribute('name')!;
        // (each line of a link that wraps)
        for (const r of c.getClientRects()) {
          expect(r.right, name).to.be.at.most(width);
          expect(r.left, name).to.be.at.least(0);
        }
        // (a link in a sentence is exempt from the target size, WCAG 2.5.8)
        const r = c.getBoundingClientRect();
        if (c.localName !== 'a') expect(Math.min(r.width, r.height), name).to.be.at.least(24);
        if (c.localName === 'button' || c.localName === 'summary') expect(c.scrollWidth, name).to.be.at.most(c.clientWidth + 1);
      }
    });
  }

  it('a required category: its services locked on with it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-consent>
      <cookie-category name="payments" label="Payments" required><cookie-service name="stripe" label="Stripe">Card payments.</cookie-service></cookie-category>
    </cookie-consent>`}></div>`);
    const d = await preferences(el.firstElementChild as CookieConsentElement);
    expect([input(d, 'payments').checked, input(d, 'payments').disabled, input(d, 'stripe').checked, input(d, 'stripe').disabled]).to.deep.equal([true, true, true, true]);
  });

  it("a label's $& and $` stay as written in its policy link's text", async () => {
    const el = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-consent>
      <cookie-category name="x"><cookie-service name="odd" label="A$&amp;B$\`C" policy-href="https://policies.example/odd">Odd.</cookie-service></cookie-category>
    </cookie-consent>`}></div>`);
    const d = await preferences(el.firstElementChild as CookieConsentElement);
    expect(input(d, 'odd').closest('li')!.querySelector('a')!.textContent).to.equal('A$&B$`C privacy policy');
  });

  it('hostile labels, descriptions and links are text, and a script URL is no link', async () => {
    const el = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-consent>
      <cookie-category name="x"><cookie-service name="evil" label="&lt;img src=x onerror=alert(1)&gt;" policy-href="javascript:alert(1)">&lt;b&gt;bold&lt;/b&gt;</cookie-service></cookie-category>
    </cookie-consent>`}></div>`);
    const d = await preferences(el.firstElementChild as CookieConsentElement);
    const row = input(d, 'evil').closest('li')!;
    expect(row.querySelector('.label')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expectNone(row.querySelector('img, b, a'), 'element made of the text');
    expect(row.textContent).to.contain('<b>bold</b>');
  });
});
