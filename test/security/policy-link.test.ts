/** A `policy-href` that would run script or open a document of its own making is refused. */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { captureWarnings, clearStorage } from '../helpers.js';
import { expectNone, part } from '../components/cookie-consent/element-helpers.js';

describe('policy-href', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' \tjavascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    it(`${JSON.stringify(href)}: no link, one warning naming it`, async () => {
      const w = captureWarnings();
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent policy-href=${href}></cookie-consent>`);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expectNone(part(el, 'policy-link'), 'link');
        // (a tab is shown escaped: a warning is one line)
        expect(w.messages).to.deep.equal([`<cookie-consent>: policy-href="${href.replace(/\t/g, '\\u0009')}" is not valid; using no link.`]);
      } finally {
        w.restore();
      }
    });
  }

  for (const href of ['/privacy', 'https://example.com/privacy', '#cookies', 'privacy.html', 'mailto:dpo@example.com']) {
    it(`${JSON.stringify(href)}: the link`, async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent policy-href=${href}></cookie-consent>`);
      await el.updateComplete;
      expect(part(el, 'policy-link')!.getAttribute('href')).to.equal(href);
    });
  }
});
