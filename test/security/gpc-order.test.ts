/**
 * Global Privacy Control overrides a stored grant of a sale-or-share category before anything on
 * the page can see it: no `consent-change` or `onConsentChange` listener, gated script,
 * `whenGranted` or Consent Mode command ever has `marketing` granted, not even for a moment.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import type { ConsentStore } from '../../src/core/consent-store.js';
import { getConsent, onConsentChange, whenGranted } from '../../src/core/consent-hub.js';
import { onConsentUpdate } from '../../src/core/consent-hub.js';
import { clearStorage, closeFrames, closeStores, cookieRecord, openFrame, openStore, sleep, storeRecord, until } from '../helpers.js';

declare global {
  interface Window {
    marketingRan?: number;
    dataLayer?: IArguments[];
  }
}

describe('GPC and a stored grant', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    clearStorage();
    // the page's consent state starts from no decision, not from the test before
    openStore().read();
    closeStores();
    delete window.marketingRan;
    window.dataLayer = [];
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    document.querySelectorAll('cookie-consent').forEach((e) => e.remove());
    closeStores();
    closeFrames();
    clearStorage();
  });

  it('is overridden before the page hears of it', async () => {
    // The Consent Mode integration loads on demand: loaded here first (by an element that finds
    // no decision), so that the element below pushes its commands right after reading the
    // decision, and what they say is known by the time it is checked.
    const preload = document.createElement('cookie-consent');
    preload.toggleAttribute('google-consent-mode', true);
    document.body.append(preload);
    await until(() => window.dataLayer!.some((a) => a[0] === 'consent'), 'the integration to load');
    preload.remove();
    window.dataLayer = [];

    // analytics granted too: what Consent Mode is told differs from its default, so it gets an update
    storeRecord({ granted: ['necessary', 'analytics', 'marketing'], denied: [], gpc: false });
    const seen: string[][] = [];
    let resolved = false;
    void whenGranted('marketing').then(() => (resolved = true));
    const offChange = onConsentChange((d) => seen.push([...(d.consent?.granted ?? [])]));
    const offUpdate = onConsentUpdate(() => seen.push([...(getConsent()?.granted ?? [])]));
    const heard: string[][] = [];
    document.addEventListener('consent-change', (e) => heard.push([...(e.detail.consent?.granted ?? [])]), { once: true });
    document.addEventListener('consent-ready', (e) => heard.push([...(e.detail.consent?.granted ?? [])]), { once: true });
    host.innerHTML = `<script type="text/plain" data-consent="marketing">window.marketingRan = 1</script>`;
    try {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing" gpc google-consent-mode></cookie-consent>`);
      await el.updateComplete;
      await sleep(100);
      expect(el.isGranted('marketing')).to.equal(false);
      expect(cookieRecord()!.cause).to.equal('gpc');
      expect(cookieRecord()!.denied).to.include('marketing');
      expect(seen.length, 'the page heard of the decision').to.be.above(0);
      expect(seen.filter((g) => g.includes('marketing')), 'a page-wide listener saw marketing granted').to.deep.equal([]);
      expect(heard.length, 'the element\'s listeners heard of the decision').to.be.above(0);
      expect(heard.filter((g) => g.includes('marketing')), 'an element listener saw marketing granted').to.deep.equal([]);
      expect(resolved, 'whenGranted resolved').to.equal(false);
      expect(window.marketingRan, 'the gated marketing script ran').to.equal(undefined);
      // the integration was in: it pushed the default, then the decision, ads denied
      const commands = (window.dataLayer ?? [])
        .filter((a) => a[0] === 'consent')
        .map((a) => [a[1], (a[2] as Record<string, string>)?.analytics_storage, (a[2] as Record<string, string>)?.ad_storage]);
      expect(commands.slice(0, 2), 'the default, then the update (analytics, ads)').to.deep.equal([
        ['default', 'denied', 'denied'],
        ['update', 'granted', 'denied'],
      ]);
      expect(commands.filter(([, , ad]) => ad === 'granted'), 'a Consent Mode command granting ads').to.deep.equal([]);
    } finally {
      offChange();
      offUpdate();
    }
  });

  it('from another tab without the signal: overridden here before anyone hears of it', async () => {
    const here = openStore({ categories: 'marketing', gpc: true });
    here.read();
    const seen: string[][] = [];
    const off = onConsentUpdate(() => seen.push([...(getConsent()?.granted ?? [])]));
    const frame = await openFrame('/test/fixtures/core/other-store.html');
    try {
      const Other = await until(() => (frame.contentWindow as { ConsentStore?: typeof ConsentStore }).ConsentStore, 'the store in the frame');
      // another tab, whose browser sends no signal, grants marketing (a store of the frame's
      // own module: it goes with the frame)
      const there = new Other({ categories: 'marketing', gpc: false });
      there.read();
      await sleep(50); // both listen from the next task
      there.save(['marketing']);
      await until(() => seen.length, 'the decision from the other tab');
      await sleep(100);
      expect(here.isGranted('marketing')).to.equal(false);
      expect(here.consent!.cause).to.equal('gpc');
      expect(seen.filter((g) => g.includes('marketing')), 'the page saw marketing granted').to.deep.equal([]);
    } finally {
      off();
      frame.remove();
    }
  });
});
