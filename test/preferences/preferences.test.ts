import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentChangeEvent } from '../../src/core/consent-change-event.js';
import { clearStorage, closeFrames, cookieRecord, openFrame, openTab, rawCookie, reloadTab, storeRecord, until } from '../helpers.js';
import { banner, click, deepActive, dialog, expectFocusOn, expectNone, openPreferences, part, switches } from '../components/cookie-consent/element-helpers.js';

const consent = (categories = 'analytics marketing') =>
  fixture<CookieConsentElement>(html`<cookie-consent categories=${categories} policy-href="/privacy"></cookie-consent>`);
const labelOf = (input: HTMLInputElement) => input.closest('label')!.textContent!.trim();

describe('the preferences (second layer)', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('the banner offers Preferences only when there is an optional category', async () => {
    expect(part(await consent(), 'preferences-button')!.textContent!.trim()).to.equal('Preferences');
    expectNone(part(await consent(''), 'preferences-button'));
  });

  it('opens as a native modal dialog named by its heading, focus inside, page inert', async () => {
    const el = await consent();
    const shown = oneEvent(el, 'consent-show');
    const d = await openPreferences(el);
    expect((await shown).detail).to.deep.equal({ view: 'preferences' });
    expect(d.open).to.equal(true);
    expect(d.matches(':modal')).to.equal(true);
    expect(d.getAttribute('aria-labelledby')).to.equal('prefs-title');
    expect(el.shadowRoot!.getElementById('prefs-title')!.textContent).to.equal('Privacy preferences');
    // (the English texts of the dialog come with its module, not with the banner's)
    expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Close');
    expect(part(el, 'save-button')!.textContent!.trim()).to.equal('Save choices');
    expect(d.textContent).to.contain('Choose which cookies we may use.');
    expect(d.contains(deepActive())).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows one switch per category, necessary on and locked, nothing else pre-ticked', async () => {
    const el = await consent('functional analytics marketing');
    await openPreferences(el);
    const s = switches(el);
    expect(Object.keys(s)).to.deep.equal(['necessary', 'functional', 'analytics', 'marketing']);
    expect(s.necessary.checked && s.necessary.disabled).to.equal(true);
    for (const id of ['functional', 'analytics', 'marketing']) {
      expect(s[id].checked, id).to.equal(false);
      expect(s[id].disabled, id).to.equal(false);
      expect(s[id].getAttribute('role')).to.equal('switch');
    }
    expect(labelOf(s.analytics)).to.equal('Analytics');
    const description = el.shadowRoot!.getElementById(s.marketing.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('relevant ads');
  });

  it('Save choices grants exactly the switched-on categories and closes both layers', async () => {
    const el = await consent();
    await openPreferences(el);
    switches(el).analytics.click();
    const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
    const hidden: string[] = [];
    el.addEventListener('consent-hide', (e) => hidden.push(e.detail.view));
    const closed = new Promise((r) => el.addEventListener('consent-hide', (e) => e.detail.view === 'preferences' && r(e)));
    part(el, 'save-button')!.click();
    const { detail } = await change;
    expect(detail.cause).to.equal('save');
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
    expect(cookieRecord()!.denied).to.deep.equal(['marketing']);
    await closed;
    await el.updateComplete;
    expect(hidden).to.have.members(['banner', 'preferences']);
    expectNone(dialog(el));
    expectNone(banner(el));
    await expect(el).to.be.accessible();
  });

  it('Accept all and Reject all are in the dialog too', async () => {
    const el = await consent();
    await openPreferences(el);
    dialog(el)!.querySelector<HTMLElement>('[part~="reject-button"]')!.click();
    expect(cookieRecord()!.cause).to.equal('reject-all');
    await el.updateComplete;
    await el.showPreferences();
    dialog(el)!.querySelector<HTMLElement>('[part~="accept-button"]')!.click();
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
  });

  it('Escape closes without granting anything; focus returns to the opener', async () => {
    const el = await consent();
    const opener = part(el, 'preferences-button')!;
    opener.focus();
    await openPreferences(el);
    switches(el).analytics.click();
    const hidden = oneEvent(el, 'consent-hide');
    await sendKeys({ press: 'Escape' });
    expect((await hidden).detail.view).to.equal('preferences');
    await el.updateComplete;
    expectNone(dialog(el));
    expect(rawCookie()).to.equal(undefined);
    expect(el.isGranted('analytics')).to.equal(false);
    expect(el.open).to.equal(true);
    expectFocusOn(opener);
  });

  it('the close button closes without granting anything', async () => {
    const el = await consent();
    await openPreferences(el);
    const close = part(el, 'close-button')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const hidden = oneEvent(el, 'consent-hide');
    close.click();
    await hidden;
    await el.updateComplete;
    expectNone(dialog(el));
    expect(rawCookie()).to.equal(undefined);
  });

  it('keeps focus inside: Tab wraps from the last control to the first, Shift+Tab back', async () => {
    const el = await consent();
    const d = await openPreferences(el);
    const tabbable = [...d.querySelectorAll<HTMLElement>('button, input:not([disabled]), a[href]')];
    tabbable[0].focus();
    for (let i = 1; i < tabbable.length; i++) {
      await sendKeys({ press: 'Tab' });
      expectFocusOn(tabbable[i]);
    }
    await sendKeys({ press: 'Tab' });
    expectFocusOn(tabbable[0]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectFocusOn(tabbable.at(-1));
  });

  it('shows the stored state when reopened', async () => {
    storeRecord({ granted: ['necessary', 'analytics'], denied: ['marketing'] });
    const el = await consent();
    await el.showPreferences();
    await el.updateComplete;
    expect(switches(el).analytics.checked).to.equal(true);
    expect(switches(el).marketing.checked).to.equal(false);
  });

  it('a category added since the stored decision shows the banner, earlier choices pre-set', async () => {
    storeRecord({ granted: ['necessary', 'analytics'], denied: [] });
    const el = await consent('analytics marketing');
    expect(el.open).to.equal(true);
    await openPreferences(el);
    expect(switches(el).analytics.checked).to.equal(true);
    expect(switches(el).marketing.checked).to.equal(false);
  });

  describe('<cookie-category> children', () => {
    it('add and describe categories as text; required ones are locked on', async () => {
      const el = await fixture<CookieConsentElement>(html`
        <cookie-consent categories="analytics">
          <cookie-category name="analytics" label="Statistics" cookies="_ga _ga_* _gid">Counts visits &lt;b&gt;anonymously&lt;/b&gt;.</cookie-category>
          <cookie-category name="security" label="Fraud prevention" required>Stops fraud.</cookie-category>
          <cookie-category name="ads" label="Partner ads" sale-or-share>Ads.</cookie-category>
        </cookie-consent>
      `);
      expect(part(el, 'message')!.textContent).to.not.contain('Counts visits');
      await openPreferences(el);
      const s = switches(el);
      expect(Object.keys(s)).to.deep.equal(['necessary', 'analytics', 'security', 'ads']);
      expect(labelOf(s.analytics)).to.equal('Statistics');
      const description = el.shadowRoot!.getElementById(s.analytics.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.contain('Counts visits <b>anonymously</b>.');
      expectNone(description.querySelector('b'));
      expect(description.textContent).to.contain('_ga, _ga_*, _gid');
      expect(s.security.checked && s.security.disabled).to.equal(true);
      expect(el.isGranted('security')).to.equal(true);
      part(el, 'save-button')!.click();
      expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'security']);
      expect(cookieRecord()!.denied).to.deep.equal(['analytics', 'ads']);
    });
  });
});

describe('withdrawal', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('the revoke button appears once a decision exists, named "Cookie settings"', async () => {
    const el = await consent();
    expectNone(part(el, 'revoke-button'));
    await click(el, 'accept-button');
    const revoke = part(el, 'revoke-button')!;
    expect(revoke.getAttribute('aria-label')).to.equal('Cookie settings');
    const r = revoke.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });

  it('no-revoke-button hides it', async () => {
    storeRecord();
    const el = await fixture<CookieConsentElement>(html`<cookie-consent no-revoke-button></cookie-consent>`);
    expectNone(part(el, 'revoke-button'));
  });

  it('revoke then Reject all: two clicks, as many as accepting took', async () => {
    const el = await consent();
    await click(el, 'accept-button'); // one click to accept
    await openPreferences(el, 'revoke-button'); // click 1
    dialog(el)!.querySelector<HTMLElement>('[part~="reject-button"]')!.click(); // click 2
    expect(cookieRecord()!.granted).to.deep.equal(['necessary']);
    expect(el.isGranted('analytics')).to.equal(false);
  });

  it('focus returns to the revoke button after Escape', async () => {
    storeRecord();
    const el = await consent();
    const revoke = part(el, 'revoke-button')!;
    revoke.focus();
    await openPreferences(el, 'revoke-button');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expectFocusOn(part(el, 'revoke-button'));
  });

  it('any page element with data-consent-open opens the preferences', async () => {
    storeRecord();
    const page = await fixture<HTMLDivElement>(html`<div>
      <a href="#settings" data-consent-open>Cookie settings</a>
      <cookie-consent categories="analytics marketing"></cookie-consent>
    </div>`);
    const el = page.querySelector('cookie-consent')!;
    const link = page.querySelector('a')!;
    link.focus();
    const shown = oneEvent(el, 'consent-show');
    link.click();
    await shown;
    expect(dialog(el)!.open).to.equal(true);
    expect(location.hash).to.not.equal('#settings');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expectFocusOn(link);
  });

  it('deletes the cookies the withdrawn category lists, wildcards included', async () => {
    const el = await fixture<CookieConsentElement>(html`
      <cookie-consent categories="analytics">
        <cookie-category name="analytics" cookies="_ga _ga_* _gid"></cookie-category>
      </cookie-consent>
    `);
    el.acceptAll();
    for (const c of ['_ga=1', '_ga_ABC123=2', '_gid=3', '_gat=4', 'session=5']) document.cookie = `${c}; path=/`;
    el.rejectAll();
    const names = document.cookie.split('; ').map((c) => c.split('=')[0]);
    expect(names).to.not.include.members(['_ga']);
    expect(names.filter((n) => ['_ga', '_ga_ABC123', '_gid'].includes(n))).to.deep.equal([]);
    expect(names).to.include.members(['_gat', 'session', 'cookie_consent']);
    expect(cookieRecord()!.denied).to.deep.equal(['analytics']);
  });

  it('reload-on-revoke reloads the page after a withdrawal, not after a grant', async function () {
    this.timeout(30000);
    const [tab, control] = [await openTab('/test/fixtures/element/reload-on-revoke.html'), await openTab('/test/fixtures/element/reload-on-revoke.html')];
    tab.el().acceptAll();
    // a reload on the grant would start in it: one of another tab, started after it, has shown
    await reloadTab(control);
    expect([tab.reloaded(), tab.loads()], 'after a grant: the first document').to.deep.equal([false, 1]);
    tab.el().rejectAll();
    await until(() => tab.reloaded() && tab.loads() === 2, 'a reload after the withdrawal');
    closeFrames();
  });
});

describe('Global Privacy Control', () => {
  const setGpc = (value: unknown) => Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
  beforeEach(clearStorage);
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
    clearStorage();
  });

  for (const mode of ['opt-in', 'opt-out', 'notice']) {
    it(`denies marketing on arrival in ${mode} mode; the preferences say so`, async () => {
      setGpc(true);
      const changes: string[] = [];
      const listen = (e: ConsentChangeEvent) => changes.push(e.detail.cause);
      document.addEventListener('consent-change', listen);
      const el = await fixture<CookieConsentElement>(html`<cookie-consent mode=${mode} categories="analytics marketing"></cookie-consent>`);
      document.removeEventListener('consent-change', listen);
      expect(changes).to.deep.equal(['gpc']);
      expect(el.isGranted('marketing')).to.equal(false);
      expect(cookieRecord()!.gpc).to.equal(true);
      await el.showPreferences();
      await el.updateComplete;
      expect(dialog(el)!.textContent).to.contain('Global Privacy Control signal. We honoured it');
      expect(switches(el).marketing.checked).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('the gpc attribute counts as the signal; ignore-gpc turns both off', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent mode="opt-out" gpc categories="marketing"></cookie-consent>`);
    expect(el.isGranted('marketing')).to.equal(false);
    clearStorage();
    setGpc(true);
    const ignoring = await fixture<CookieConsentElement>(html`<cookie-consent mode="opt-out" ignore-gpc categories="marketing"></cookie-consent>`);
    expect(ignoring.isGranted('marketing')).to.equal(true);
    expect(rawCookie()).to.equal(undefined);
  });

  it('Accept all does not grant marketing under GPC', async () => {
    setGpc(true);
    const el = await consent();
    await click(el, 'accept-button');
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
  });
});

describe('tabs in step', () => {
  /** The element of another page of this origin, in a frame: as another tab would be. */
  async function otherTab(): Promise<CookieConsentElement> {
    const frame = await openFrame('/test/fixtures/element/other-tab.html');
    await frame.contentWindow!.customElements.whenDefined('cookie-consent');
    const other = frame.contentDocument!.querySelector('cookie-consent') as CookieConsentElement;
    await other.updateComplete;
    return other;
  }

  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('a decision in another page of the origin updates this one, cause sync', async () => {
    const el = await consent();
    const other = await otherTab();
    const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
    other.save(['analytics']);
    const { detail } = await change;
    expect(detail.cause).to.equal('sync');
    expect(detail.changed).to.deep.equal(['analytics']);
    expect(el.isGranted('analytics')).to.equal(true);
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('a reset in another page of the origin asks here again: the banner is back', async () => {
    const el = await consent();
    el.save(['analytics']);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    const other = await otherTab();
    const change = oneEvent(el, 'consent-change') as Promise<ConsentChangeEvent>;
    other.reset();
    const { detail } = await change;
    expect(detail.cause).to.equal('sync');
    expect(detail.consent).to.equal(null);
    expect(el.isGranted('analytics')).to.equal(false);
    await el.updateComplete;
    expect(el.open).to.equal(true);
  });
});

describe('log-endpoint', () => {
  beforeEach(async () => {
    clearStorage();
    await fetch('/beacon'); // empties the server's log
  });
  afterEach(clearStorage);

  it('sends each decision as the record plus the page URL, nothing else', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics" log-endpoint="/beacon"></cookie-consent>`);
    await click(el, 'accept-button');
    el.rejectAll();
    let logged: { type: string; body: string }[] = [];
    // the beacons reach the server in their own time: gather what it received until both are in
    await until(async () => {
      logged = logged.concat(await (await fetch('/beacon')).json());
      return logged.length >= 2;
    }, 'the two beacons');
    expect(logged).to.have.length(2);
    // (two requests of their own: they may reach the server in either order)
    const bodies = logged.map((l) => JSON.parse(l.body));
    expect(bodies.map((b) => b.cause)).to.have.members(['accept-all', 'reject-all']);
    const first = bodies.find((b) => b.cause === 'accept-all');
    const second = bodies.find((b) => b.cause === 'reject-all');
    expect(Object.keys(first)).to.deep.equal(['v', 'id', 'ts', 'exp', 'rev', 'mode', 'granted', 'denied', 'cause', 'gpc', 'url']);
    expect(first.url).to.equal(location.origin + location.pathname);
    expect([first.granted, second.granted]).to.deep.equal([['necessary', 'analytics'], ['necessary']]);
    expect(second.id).to.equal(first.id);
    for (const { type } of logged) expect(type).to.contain('text/plain');
  });

  it('a failing or invalid endpoint never affects the page', async () => {
    for (const endpoint of ['http://127.0.0.1:9/nothing-listens', 'http://[bad']) {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics" log-endpoint=${endpoint}></cookie-consent>`);
      el.acceptAll();
      expect(el.isGranted('analytics')).to.equal(true);
      clearStorage();
    }
  });
});
