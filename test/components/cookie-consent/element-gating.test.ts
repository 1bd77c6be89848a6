/** `<cookie-consent>` and gated markup together: what a site's page does. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, sleep, storeRecord, until } from '../../helpers.js';
import { dialog, part, switches } from './element-helpers.js';

declare global {
  interface Window {
    __ranHere: string[];
  }
}

const page = () =>
  fixture<HTMLDivElement>(html`<div>
    <script type="text/plain" data-consent="analytics">window.__ranHere.push('analytics')</script>
    <script type="text/plain" data-consent="video">window.__ranHere.push('video')</script>
    <iframe data-consent="video" data-src="about:blank#video" data-consent-placeholder title="A video"></iframe>
    <cookie-consent categories="analytics">
      <cookie-category name="video" label="Embedded videos">Videos from a video platform.</cookie-category>
    </cookie-consent>
  </div>`);

describe('<cookie-consent> with gated markup', () => {
  beforeEach(() => {
    clearStorage();
    window.__ranHere = [];
  });
  afterEach(clearStorage);

  it('runs nothing before consent; Accept all runs each gated script once', async () => {
    const root = await page();
    const el = root.querySelector('cookie-consent')!;
    await el.updateComplete;
    await sleep(50);
    expect(window.__ranHere).to.deep.equal([]);
    el.acceptAll();
    await until(() => window.__ranHere.length === 2, 'both scripts');
    el.save(['analytics', 'video']);
    await sleep(50);
    expect(window.__ranHere).to.have.members(['analytics', 'video']);
    expect(window.__ranHere).to.have.length(2);
  });

  it('a returning visitor’s grants run at once on connect', async () => {
    storeRecord({ granted: ['necessary', 'analytics'], denied: ['video'] });
    await page();
    await until(() => window.__ranHere.length === 1, 'the analytics script');
    expect(window.__ranHere).to.deep.equal(['analytics']);
  });

  it('ids used by data-consent join the categories of the preferences', async () => {
    const root = await page();
    const el = root.querySelector('cookie-consent') as CookieConsentElement;
    await el.showPreferences();
    await el.updateComplete;
    expect(Object.keys(switches(el))).to.deep.equal(['necessary', 'analytics', 'video']);
    expect(dialog(el)!.textContent).to.contain('Embedded videos');
  });

  it('the placeholder names the category by its label and loads the content in one action', async () => {
    const root = await page();
    const el = root.querySelector('cookie-consent') as CookieConsentElement;
    await el.updateComplete;
    const placeholder = root.querySelector('.consent-placeholder')!;
    expect(placeholder.textContent).to.contain('This content is blocked because it uses Embedded videos cookies.');
    placeholder.querySelector('button')!.click();
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#video');
    expect(el.isGranted('video')).to.equal(true);
    expect(el.isGranted('analytics')).to.equal(false);
    await until(() => window.__ranHere.includes('video'), 'the video script');
    // one answer is not an answer for the others: the banner still asks about analytics
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(part(el, 'banner')).to.not.equal(null);
  });
});
