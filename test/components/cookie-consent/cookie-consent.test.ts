import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys, emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentChangeEvent } from '../../../src/core/consent-change-event.js';
import { whenGranted } from '../../../src/core/consent-hub.js';
import { ConsentStore } from '../../../src/core/consent-store.js';
import { canEmulateMedia, captureWarnings, clearStorage, cookieRecord, rawCookie, sleep, storeRecord, until } from '../../helpers.js';
import { banner, click, expectFocusOn, expectNone, part } from './element-helpers.js';

describe('<cookie-consent>', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    clearStorage();
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  describe('creation', () => {
    it('is defined, and document.createElement makes one', () => {
      expect(customElements.get('cookie-consent')).to.equal(CookieConsentElement);
      expect(document.createElement('cookie-consent')).to.be.instanceOf(CookieConsentElement);
    });

    it('has the documented defaults', () => {
      const el = new CookieConsentElement();
      expect(el.mode).to.equal('opt-in');
      expect(el.days).to.equal(182);
      expect(el.position).to.equal('bottom');
      expect(el.theme).to.equal('auto');
      expect(el.cookieName).to.equal('cookie_consent');
      expect(el.open).to.equal(false);
      expect(el.consent).to.equal(null);
    });
  });

  describe('when it renders', () => {
    // many microtask turns, no task: Lit's own renders are done by then
    const microtasks = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    const postTask = typeof (globalThis as { scheduler?: { postTask?: unknown } }).scheduler?.postTask === 'function';

    it('draws the first render in a task after the one that connected it, where scheduler.postTask exists', async () => {
      const el = document.createElement('cookie-consent') as CookieConsentElement;
      el.setAttribute('categories', 'analytics');
      document.body.append(el);
      try {
        // the decision is read and the API answers at once; only the drawing waits
        expect(el.open).to.equal(true);
        expect(el.isGranted('analytics')).to.equal(false);
        await microtasks();
        expect(!!banner(el), 'banner drawn within the connecting task').to.equal(!postTask);
        await el.updateComplete;
        expect(banner(el)).to.exist;
      } finally {
        el.remove();
      }
    });

    it('draws later changes in a microtask, as Lit does', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      el.heading = 'Changed';
      await microtasks();
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Changed');
    });
  });

  describe('a first visit (opt-in)', () => {
    it('shows a named, non-modal region with Accept all and Reject all', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      const region = banner(el)!;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.shadowRoot!.getElementById('heading')!.textContent!.trim()).to.equal('Cookies on this site');
      expect(region.hasAttribute('aria-modal')).to.equal(false);
      expect(part(el, 'accept-button')!.textContent!.trim()).to.equal('Accept all');
      expect(part(el, 'reject-button')!.textContent!.trim()).to.equal('Reject all');
      expect(region.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(region.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('does not block the page: nothing inert, no scroll lock', async () => {
      await fixture(html`<cookie-consent></cookie-consent>`);
      expectNone(document.querySelector('[inert], [aria-hidden="true"]'));
      expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
      expect(getComputedStyle(document.body).overflow).to.not.equal('hidden');
    });

    it('does not steal focus', async () => {
      const input = await fixture<HTMLInputElement>(html`<input aria-label="page field" />`);
      input.focus();
      const el = document.createElement('cookie-consent');
      document.body.append(el);
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expectFocusOn(input);
      el.remove();
    });

    it('causes no layout shift: the banner is fixed, the host takes no room', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><p>before</p><p id="after">after</p></div>`);
      const after = wrapper.querySelector('#after')!;
      const top = after.getBoundingClientRect().top;
      const el = document.createElement('cookie-consent');
      wrapper.insertBefore(el, after);
      await el.updateComplete;
      expect(getComputedStyle(banner(el)!).position).to.equal('fixed');
      expect(after.getBoundingClientRect().top).to.equal(top);
    });

    it('gives accept and reject the same element, size and weight', async () => {
      for (const mode of ['opt-in', 'opt-out']) {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent mode=${mode} categories="analytics"></cookie-consent>`);
        const [a, r] = [part(el, 'accept-button')!, part(el, 'reject-button')!];
        const [sa, sr] = [getComputedStyle(a), getComputedStyle(r)];
        expect(a.localName).to.equal(r.localName);
        expect(sa.fontSize).to.equal(sr.fontSize);
        expect(sa.fontWeight).to.equal(sr.fontWeight);
        expect(sa.backgroundColor).to.equal(sr.backgroundColor);
        expect(sa.color).to.equal(sr.color);
        const [ba, br] = [a.getBoundingClientRect(), r.getBoundingClientRect()];
        expect(ba.width / br.width, `${mode} width`).to.be.within(0.9, 1.1);
        expect(ba.height / br.height, `${mode} height`).to.be.within(0.9, 1.1);
        clearStorage();
      }
    });

    it('records Accept all: cookie, consent-change, banner hidden', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing" days="20"></cookie-consent>`);
      const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
      const hidden = oneEvent(el, 'consent-hide');
      part(el, 'accept-button')!.click();
      const { detail } = await change;
      expect(detail.cause).to.equal('accept-all');
      expect(detail.previous).to.equal(null);
      expect(detail.changed).to.deep.equal(['analytics', 'marketing']);
      expect(detail.consent).to.deep.equal(cookieRecord());
      expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(Date.parse(cookieRecord()!.exp) - Date.parse(cookieRecord()!.ts)).to.equal(20 * 864e5);
      expect((await hidden).detail).to.deep.equal({ view: 'banner' });
      expect(el.open).to.equal(false);
      expectNone(banner(el));
      expect(el.isGranted('analytics')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('records Reject all', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing"></cookie-consent>`);
      const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
      await click(el, 'reject-button');
      const { detail } = await change;
      expect(detail.cause).to.equal('reject-all');
      expect(detail.changed).to.deep.equal([]);
      expect(cookieRecord()!.granted).to.deep.equal(['necessary']);
      expect(cookieRecord()!.denied).to.deep.equal(['analytics', 'marketing']);
      expect(el.isGranted('analytics')).to.equal(false);
      expectNone(banner(el));
    });

    it('lets document listeners hear the events (bubbles, composed)', async () => {
      const heard: string[] = [];
      const listen = (e: Event) => heard.push(e.type);
      const types = ['consent-ready', 'consent-show', 'consent-change', 'consent-hide'];
      types.forEach((t) => document.addEventListener(t, listen));
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent></cookie-consent>`);
        await click(el, 'accept-button');
        expect(heard).to.deep.equal(types);
      } finally {
        types.forEach((t) => document.removeEventListener(t, listen));
      }
    });

    it('resolves whenGranted() when the visitor grants', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      let granted = false;
      void whenGranted('analytics').then(() => (granted = true));
      await sleep(0);
      expect(granted).to.equal(false);
      await click(el, 'accept-button');
      await until(() => granted, 'whenGranted() to resolve');
      expect(granted).to.equal(true);
    });
  });

  describe('focus after a decision', () => {
    it('goes back to where it was before it entered the banner', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button id="page">page</button><cookie-consent></cookie-consent></div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.updateComplete;
      const before = page.querySelector<HTMLButtonElement>('#page')!;
      before.focus();
      part(el, 'accept-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expectFocusOn(before);
    });

    it('reaches the banner by keyboard and works with Space', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button id="page">page</button><cookie-consent></cookie-consent></div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.updateComplete;
      page.querySelector<HTMLButtonElement>('#page')!.focus();
      await sendKeys({ press: 'Tab' });
      expectFocusOn(part(el, 'accept-button'));
      await sendKeys({ press: 'Tab' });
      expectFocusOn(part(el, 'reject-button'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(cookieRecord()!.cause).to.equal('reject-all');
      expectFocusOn(page.querySelector('#page'));
    });
  });

  describe('a returning visitor', () => {
    it('with a valid decision never gets the banner rendered', async () => {
      const stored = storeRecord();
      const ready = oneEvent(document, 'consent-ready');
      let shown = false;
      const onShow = () => (shown = true);
      document.addEventListener('consent-show', onShow);
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing"></cookie-consent>`);
      document.removeEventListener('consent-show', onShow);
      expect((await ready).detail.consent).to.deep.equal(stored);
      expect(await el.ready).to.deep.equal(stored);
      expect(el.consent).to.deep.equal(stored);
      expect(el.open).to.equal(false);
      expectNone(el.shadowRoot!.querySelector('section'));
      expect(shown).to.equal(false);
      expect(el.isGranted('analytics')).to.equal(true);
      expect(el.isGranted('marketing')).to.equal(false);
    });

    it('is asked again after the policy revision changed', async () => {
      storeRecord({ rev: '1' });
      const el = await fixture<CookieConsentElement>(html`<cookie-consent revision="2" categories="analytics"></cookie-consent>`);
      expect(el.open).to.equal(true);
      expect(el.consent).to.equal(null);
      expect(el.isGranted('analytics')).to.equal(false);
    });

    it('is asked again after the decision expired', async () => {
      storeRecord({ exp: new Date(Date.now() - 1).toISOString() });
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      expect(el.open).to.equal(true);
      expect(await el.ready).to.equal(null);
    });

    it('is asked again when the cookie is unreadable, with one warning', async () => {
      document.cookie = 'cookie_consent=garbage; path=/';
      const warnings = captureWarnings();
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent></cookie-consent>`);
        expect(el.open).to.equal(true);
        expect(warnings.messages.filter((m) => m.includes('unreadable'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('is asked again when the site added a category since', async () => {
      storeRecord({ granted: ['necessary', 'analytics'], denied: [] });
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing"></cookie-consent>`);
      expect(el.open).to.equal(true);
      expect(el.isGranted('analytics')).to.equal(true);
    });

    it('a decision made right after its configuration changed, before it updated, keeps what was decided elsewhere', async () => {
      // (`video` decided on another page, which declares it; this one does not)
      storeRecord({ granted: ['necessary', 'analytics', 'video'], denied: [] });
      const page = await fixture<HTMLDivElement>(html`<div><cookie-consent categories="analytics marketing"></cookie-consent></div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.updateComplete;
      // the site adds a category; the decision comes in the same task, before the element updates
      el.setAttribute('categories', 'analytics marketing functional');
      el.save(['analytics']);
      expect(cookieRecord()!.granted).to.include.members(['analytics', 'video']);
      expect(el.consent?.granted).to.include('video');
    });

    it('a store made while it is off the page reads the decision, once: a decision made there keeps what was decided elsewhere', async () => {
      const reads = new Map<ConsentStore, number>();
      const read = ConsentStore.prototype.read;
      ConsentStore.prototype.read = function (this: ConsentStore) {
        reads.set(this, (reads.get(this) ?? 0) + 1);
        return read.call(this);
      };
      const el = document.createElement('cookie-consent') as CookieConsentElement;
      try {
        storeRecord({ granted: ['necessary', 'analytics', 'video'], denied: [] });
        // a script decides before inserting it, and changes its configuration meanwhile
        el.setAttribute('categories', 'analytics');
        el.save(['analytics']);
        expect(cookieRecord()!.granted, 'a decision on an element never connected').to.include('video');
        el.setAttribute('categories', 'analytics marketing');
        document.body.append(el);
        await el.updateComplete;
        expect([...reads.values()], 'reads of each store').to.deep.equal([1, 1]);
        // taken off the page, its configuration changed, a decision before it updated
        el.remove();
        el.setAttribute('categories', 'analytics');
        el.save(['analytics']);
        expect(cookieRecord()!.granted, 'a decision on an element off the page').to.include('video');
        document.body.append(el);
        await el.updateComplete;
        expect(Math.max(...reads.values()), 'reads of a store').to.equal(1);
      } finally {
        ConsentStore.prototype.read = read;
        el.remove();
      }
    });

    it('a configuration change that asks again opens the banner as any opening does: the open attribute and one consent-show', async () => {
      storeRecord({ granted: ['necessary', 'analytics'], denied: [] });
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      expect(el.open).to.equal(false);
      const shows: string[] = [];
      el.addEventListener('consent-show', (e) => shows.push(e.detail.view));
      // the site adds a category the stored decision is silent on
      el.setAttribute('categories', 'analytics marketing');
      await el.updateComplete;
      await sleep(0);
      expect(el.open).to.equal(true);
      expect(banner(el), 'the banner').to.exist;
      // (set in willUpdate: it was left for some later, unrelated update to reflect and announce)
      expect(el.hasAttribute('open'), 'the open attribute').to.equal(true);
      expect(shows).to.deep.equal(['banner']);
      el.requestUpdate();
      await el.updateComplete;
      await sleep(0);
      expect(shows, 'not again at the next update').to.deep.equal(['banner']);
    });

    it('fires consent-ready after the inserting code ran: a listener added right after append() hears it', async () => {
      const stored = storeRecord();
      const el = document.createElement('cookie-consent');
      document.body.append(el);
      const heard = oneEvent(el, 'consent-ready'); // as Angular does: listeners after insertion
      try {
        expect((await heard).detail.consent).to.deep.equal(stored);
      } finally {
        el.remove();
      }
    });

    it('fires consent-ready once per connection', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent></cookie-consent>`);
      const parent = el.parentNode!;
      const again = oneEvent(el, 'consent-ready');
      el.remove();
      parent.append(el);
      expect((await again).detail.consent).to.equal(null);
    });
  });

  describe('notice mode (the classic notice)', () => {
    it('shows one acknowledge button with its label, the message and the policy link', async () => {
      const el = await fixture<CookieConsentElement>(html`
        <cookie-consent mode="notice" days="20" accept-label="Accept !" policy-href="/privacy">
          Our website uses cookies to enhance your experience.
        </cookie-consent>
      `);
      const buttons = el.shadowRoot!.querySelectorAll('button');
      expect(buttons).to.have.length(1);
      expect(buttons[0].textContent!.trim()).to.equal('Accept !');
      expect(buttons[0].getAttribute('part')).to.contain('accept-button');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="message"] slot:not([name])')!;
      expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.contain('Our website uses cookies');
      expect(part(el, 'message')!.textContent).to.not.contain('This website uses cookies.');
      const link = part(el, 'policy-link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/privacy');
      expect(link.textContent!.trim()).to.equal('Learn more');
      await expect(el).to.be.accessible();
    });

    it('acknowledging grants every declared category, cause acknowledge', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent mode="notice" categories="analytics"></cookie-consent>`);
      const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
      await click(el, 'accept-button');
      expect((await change).detail.cause).to.equal('acknowledge');
      expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
      expect(cookieRecord()!.mode).to.equal('notice');
      expect(el.open).to.equal(false);
    });
  });

  describe('opt-out mode', () => {
    it('grants until the visitor opts out with "Do not sell or share"', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent mode="opt-out" categories="analytics marketing"></cookie-consent>`);
      expect(el.isGranted('marketing')).to.equal(true);
      expect(part(el, 'accept-button')!.textContent!.trim()).to.equal('Accept');
      expect(part(el, 'reject-button')!.textContent!.trim()).to.equal('Do not sell or share my personal information');
      const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
      await click(el, 'reject-button');
      const { detail } = await change;
      expect(detail.cause).to.equal('reject-all');
      expect(detail.changed).to.deep.equal(['analytics', 'marketing']);
      expect(el.isGranted('marketing')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('texts and slots', () => {
    it('uses the label attributes', async () => {
      const el = await fixture<CookieConsentElement>(html`
        <cookie-consent accept-label="Yes" reject-label="No" heading="Cookies?" message="We bake." policy-href="/p" policy-label="Policy"></cookie-consent>
      `);
      expect(part(el, 'accept-button')!.textContent!.trim()).to.equal('Yes');
      expect(part(el, 'reject-button')!.textContent!.trim()).to.equal('No');
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Cookies?');
      expect(part(el, 'message')!.textContent).to.contain('We bake.');
      expect(part(el, 'policy-link')!.textContent!.trim()).to.equal('Policy');
    });

    it('uses preferences-label and save-label, the latter in the dialog', async () => {
      const el = await fixture<CookieConsentElement>(html`
        <cookie-consent categories="analytics" preferences-label="Choose" save-label="Keep these"></cookie-consent>
      `);
      expect(part(el, 'preferences-button')!.textContent!.trim()).to.equal('Choose');
      await el.showPreferences();
      expect(part(el, 'save-button')!.textContent!.trim()).to.equal('Keep these');
    });

    it('shows markup-like attribute text as text', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent message="<img src=x onerror=alert(1)>"></cookie-consent>`);
      expectNone(part(el, 'message')!.querySelector('img'));
      expect(part(el, 'message')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    });

    it('shows the built-in message when the content is only white space', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent>
      </cookie-consent>`);
      expect(part(el, 'message')!.textContent).to.contain('With your consent');
    });

    it('slots the heading and the footer', async () => {
      const el = await fixture<CookieConsentElement>(html`
        <cookie-consent><span slot="heading">Our cookies</span>Message.<small slot="footer">Footer</small></cookie-consent>
      `);
      const named = (n: string) => el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${n}"]`)!.assignedElements();
      expect(named('heading')[0].textContent).to.equal('Our cookies');
      expect(named('footer')[0].textContent).to.equal('Footer');
      await expect(el).to.be.accessible();
    });
  });

  describe('position and theme', () => {
    for (const position of ['bottom', 'top', 'bottom-left', 'bottom-right', 'center']) {
      it(`position="${position}" places the banner inside the viewport`, async () => {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent position=${position}></cookie-consent>`);
        const r = banner(el)!.getBoundingClientRect();
        expect(banner(el)!.classList.contains(position)).to.equal(true);
        expect(r.left).to.be.at.least(0);
        expect(r.right).to.be.at.most(innerWidth + 0.5);
        expect(r.bottom).to.be.at.most(innerHeight + 0.5);
        expect(r.top).to.be.at.least(0);
        if (position === 'top') expect(r.top).to.equal(0);
        if (position.startsWith('bottom')) expect(r.bottom).to.be.closeTo(position === 'bottom' ? innerHeight : innerHeight - 16, 1);
      });
    }

    it('warns once and falls back for a bad position and theme', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent position="left" theme="pink"></cookie-consent>`);
        expect(banner(el)!.classList.contains('bottom')).to.equal(true);
        expect(banner(el)!.closest<HTMLElement>('[data-theme]')!.dataset.theme).to.equal('auto');
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages.join()).to.contain('position="left"').and.contain('theme="pink"');
      } finally {
        warnings.restore();
      }
    });

    const background = (el: CookieConsentElement) => getComputedStyle(banner(el)!).backgroundColor;
    it('theme="dark" and theme="light" are axe-clean and differ', async () => {
      const dark = await fixture<CookieConsentElement>(html`<cookie-consent theme="dark" categories="analytics" policy-href="/p"></cookie-consent>`);
      await expect(dark).to.be.accessible();
      const light = await fixture<CookieConsentElement>(html`<cookie-consent theme="light" categories="analytics" policy-href="/p"></cookie-consent>`);
      await expect(light).to.be.accessible();
      expect(background(dark)).to.equal('rgb(31, 35, 40)');
      expect(background(light)).to.equal('rgb(255, 255, 255)');
    });

    it('theme="auto" follows prefers-color-scheme', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await fixture<CookieConsentElement>(html`<cookie-consent policy-href="/p"></cookie-consent>`);
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(el)).to.equal('rgb(31, 35, 40)');
      await expect(el).to.be.accessible();
    });

    it('takes colours from --consent-* custom properties set on :root', async () => {
      document.documentElement.style.setProperty('--consent-bg', 'rgb(1, 2, 3)');
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent></cookie-consent>`);
        expect(background(el)).to.equal('rgb(1, 2, 3)');
      } finally {
        document.documentElement.style.removeProperty('--consent-bg');
      }
    });
  });

  describe('JavaScript API', () => {
    it('acceptAll(), rejectAll() and save() record like the buttons', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing"></cookie-consent>`);
      const causes: string[] = [];
      el.addEventListener('consent-change', (e) => causes.push(e.detail.cause));
      el.acceptAll();
      expect(el.consent!.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
      el.rejectAll();
      expect(el.consent!.granted).to.deep.equal(['necessary']);
      el.save(['marketing']);
      expect(el.consent!.granted).to.deep.equal(['necessary', 'marketing']);
      expect(el.consent!.denied).to.deep.equal(['analytics']);
      expect(causes).to.deep.equal(['accept-all', 'reject-all', 'save']);
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });

    it('show() and hide() open and close the banner with events, recording nothing', async () => {
      storeRecord();
      const el = await fixture<CookieConsentElement>(html`<cookie-consent></cookie-consent>`);
      const shown = oneEvent(el, 'consent-show');
      el.show();
      expect((await shown).detail).to.deep.equal({ view: 'banner' });
      expect(banner(el)).to.not.equal(null);
      const hidden = oneEvent(el, 'consent-hide');
      el.hide();
      expect((await hidden).detail).to.deep.equal({ view: 'banner' });
      expectNone(banner(el));
      expect(cookieRecord()!.cause).to.equal('save');
    });

    it('hide() before a decision grants nothing', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      el.hide();
      await elementUpdated(el);
      expect(rawCookie()).to.equal(undefined);
      expect(el.isGranted('analytics')).to.equal(false);
    });

    it('reset() forgets the decision and shows the banner again', async () => {
      storeRecord();
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
      el.reset();
      expect((await change).detail.cause).to.equal('reset');
      await el.updateComplete;
      expect(rawCookie()).to.equal(undefined);
      expect(el.consent).to.equal(null);
      expect(el.open).to.equal(true);
    });

    it('reads storage again when a storage attribute changes', async () => {
      storeRecord({}, 'other');
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      expect(el.open).to.equal(true);
      el.cookieName = 'other';
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.isGranted('analytics')).to.equal(true);
    });

    it('a decision right after a property change is stored under the new configuration', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
      el.cookieName = 'renamed';
      el.acceptAll(); // before the element re-rendered
      expect(cookieRecord('renamed')?.granted).to.deep.equal(['necessary', 'analytics']);
      expect(rawCookie()).to.equal(undefined);
    });

    it('a bad days attribute warns once, naming it, and uses 182', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent days="soon"></cookie-consent>`);
        el.acceptAll();
        expect(Date.parse(el.consent!.exp) - Date.parse(el.consent!.ts)).to.equal(182 * 864e5);
        expect(warnings.messages).to.deep.equal(['<cookie-consent>: days="soon" is not valid; using 182.']);
      } finally {
        warnings.restore();
      }
    });
  });

  it('two elements on one page do not throw and share the decision', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><cookie-consent></cookie-consent><cookie-consent></cookie-consent></div>`);
    const [a, b] = page.querySelectorAll('cookie-consent');
    await a.updateComplete;
    await b.updateComplete;
    a.acceptAll();
    expect(cookieRecord()).to.not.equal(undefined);
  });
});
