/**
 * The floating "Cookie settings" button shows only when there is something to withdraw, and
 * focus after a decision never falls to `<body>`, with or without it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, cookieRecord, storeRecord } from '../../helpers.js';
import { banner, deepActive, describeNode, dialog, expectFocusOn, expectNone, part } from './element-helpers.js';

/** The classic notice, as a site that only informs writes it. */
const classicNotice = () => html`<cookie-consent mode="notice" days="20" accept-label="Accept !" policy-href="/privacy" policy-label="Learn More"
  >Our website uses cookies to enhance your experience.</cookie-consent
>`;

/** The element inside a page `fixture`, once it has rendered. */
async function within(page: HTMLElement): Promise<CookieConsentElement> {
  const el = page.querySelector<CookieConsentElement>('cookie-consent')!;
  await el.updateComplete;
  return el;
}

/** Presses the banner's accept button from the keyboard, focus coming from `from` (or from nowhere). */
async function acceptByKeyboard(el: CookieConsentElement, from?: HTMLElement): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  from?.focus();
  part(el, 'accept-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(el.open, 'the banner closed').to.equal(false);
}

describe('the revoke button', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('the classic notice, with nothing optional, leaves none after "Accept !"', async () => {
    const el = await fixture<CookieConsentElement>(classicNotice());
    expect(part(el, 'policy-link')!.textContent!.trim()).to.equal('Learn More');
    part(el, 'accept-button')!.click();
    await el.updateComplete;
    expect(cookieRecord()!.cause).to.equal('acknowledge');
    expectNone(banner(el), 'banner');
    expectNone(part(el, 'revoke-button'), 'revoke button');
  });

  it('a returning visitor with nothing optional gets none, in any mode', async () => {
    for (const mode of ['notice', 'opt-in', 'opt-out'] as const) {
      storeRecord({ mode, granted: ['necessary'], denied: [] });
      const el = await fixture<CookieConsentElement>(html`<cookie-consent mode=${mode}></cookie-consent>`);
      expect(el.consent, mode).to.not.equal(null);
      expectNone(part(el, 'revoke-button'), `${mode} revoke button`);
      el.remove();
    }
  });

  it('nor when the only category besides necessary is required', async () => {
    storeRecord({ granted: ['necessary', 'security'], denied: [] });
    const el = await fixture<CookieConsentElement>(html`<cookie-consent>
      <cookie-category name="security" label="Security" required>Fraud prevention.</cookie-category>
    </cookie-consent>`);
    expectNone(part(el, 'revoke-button'), 'revoke button');
  });

  it('shows with an optional category: from the attribute, a child, or gated markup on the page', async () => {
    const pages = {
      attribute: html`<div><cookie-consent mode="notice" categories="analytics"></cookie-consent></div>`,
      child: html`<div><cookie-consent mode="notice"><cookie-category name="video" label="Video"></cookie-category></cookie-consent></div>`,
      'gated markup': html`<div>
        <script type="text/plain" data-consent="analytics">window.__revokeGated = true;</script>
        <cookie-consent mode="notice"></cookie-consent>
      </div>`,
    };
    for (const [how, page] of Object.entries(pages)) {
      const el = await within(await fixture<HTMLElement>(page));
      expectNone(part(el, 'revoke-button'), `${how}: no revoke button before the decision`);
      part(el, 'accept-button')!.click();
      await el.updateComplete;
      expect(part(el, 'revoke-button'), `${how}: revoke button`).to.exist;
      clearStorage();
    }
  });

  it('no-revoke-button still hides it when something is optional', async () => {
    storeRecord();
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics" no-revoke-button></cookie-consent>`);
    expectNone(part(el, 'revoke-button'), 'revoke button');
  });

  it('without it, a data-consent-open link still opens the preferences, and focus returns to it', async () => {
    storeRecord({ mode: 'notice', granted: ['necessary'], denied: [] });
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#cookies" data-consent-open>Cookie settings</a>
      <cookie-consent mode="notice"></cookie-consent>
    </div>`);
    const el = await within(page);
    const link = page.querySelector('a')!;
    link.focus();
    link.click();
    await el.showPreferences(); // (resolves once the dialog shows)
    expect(dialog(el)!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expectFocusOn(link);
  });
});

describe('focus after a decision, with no revoke button', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('goes back to the page element it came from', async () => {
    const page = await fixture<HTMLElement>(html`<div><a href="#top" id="before">before</a>${classicNotice()}<a href="#end">after</a></div>`);
    const el = await within(page);
    const before = page.querySelector<HTMLElement>('#before')!;
    await acceptByKeyboard(el, before);
    expectNone(part(el, 'revoke-button'), 'revoke button');
    expectFocusOn(before);
  });

  it('coming from nowhere, stays on the element, where the banner was in the tab order: never on <body>', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#top" id="before">before</a>
      ${classicNotice()}
      <a href="#end" id="next">after</a>
    </div>`);
    const el = await within(page);
    await acceptByKeyboard(el);
    expect(describeNode(deepActive())).to.not.equal(describeNode(document.body));
    expectFocusOn(el);
    // the page did not scroll to it
    expect(scrollY).to.equal(0);
    // Tab goes on to what follows the banner; the element is out of the tab order again
    await sendKeys({ press: 'Tab' });
    expectFocusOn(page.querySelector('#next'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectFocusOn(page.querySelector('#before'));
  });

  it('the same when the element is the last thing on a long page: no jump to it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#top" id="first">first</a>
      <div style="height: 3000px"></div>
      ${classicNotice()}
    </div>`);
    const el = await within(page);
    await acceptByKeyboard(el);
    expectFocusOn(el);
    expect(scrollY).to.equal(0);
  });

  it('with an optional category, goes to the revoke button as before', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    await acceptByKeyboard(el);
    expectFocusOn(part(el, 'revoke-button'));
  });
});
