/**
 * The room a banner needs on the page is a style sheet adopted by the document while it shows,
 * and a page whose visitor decided (no banner) gets none.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import '../../../src/define.js';
import { clearStorage, storeRecord, until } from '../../helpers.js';

describe('the room for the banner', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('a returning visitor: no sheet adopted by the page', async () => {
    storeRecord();
    const before = document.adoptedStyleSheets.length;
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(el.open).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });

  it('a first visit: one sheet while the banner shows, emptied when it hides', async () => {
    const before = document.adoptedStyleSheets.length;
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    await until(() => document.adoptedStyleSheets.length === before + 1, 'the sheet');
    const sheet = document.adoptedStyleSheets.at(-1)!;
    await until(() => sheet.cssRules.length, 'its rules');
    el.rejectAll();
    await el.updateComplete;
    expect(sheet.cssRules.length).to.equal(0);
  });
});
