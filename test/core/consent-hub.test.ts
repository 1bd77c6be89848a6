import { expect } from '@open-wc/testing';
import { getConsent, isGranted, onConsentChange, onConsentUpdate, whenGranted } from '../../src/core/consent-hub.js';
import type { ConsentChangeDetail } from '../../src/core/consent-change-event.js';
import { clearStorage, closeStores, listening, openStore, sleep, storeRecord, until } from '../helpers.js';

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await sleep(0);
  return done;
};

describe('page-wide functions', () => {
  beforeEach(() => {
    clearStorage();
    openStore().read(); // a fresh page: no decision
  });
  afterEach(() => {
    closeStores();
    clearStorage();
  });

  it('getConsent() answers synchronously with the current decision', () => {
    expect(getConsent()).to.equal(null);
    const record = openStore({ categories: 'analytics' }).acceptAll();
    expect(getConsent()).to.equal(record);
  });

  it('onConsentChange() calls back after each decision until unsubscribed', () => {
    const seen: ConsentChangeDetail[] = [];
    const off = onConsentChange((d) => seen.push(d));
    const store = openStore({ categories: 'analytics' });
    store.acceptAll('accept-all');
    off();
    store.rejectAll();
    expect(seen.map((d) => d.cause)).to.deep.equal(['accept-all']);
  });

  it('onConsentChange() hears a decision once, though a second store on the page syncs it', async () => {
    const a = openStore({ categories: 'analytics' });
    const b = openStore({ categories: 'analytics' });
    a.read();
    b.read();
    await listening();
    const seen: string[] = [];
    const off = onConsentChange((d) => seen.push(d.cause));
    let synced = false;
    b.addEventListener('change', () => (synced = true));
    a.acceptAll('accept-all');
    // (b hands the decision to the page-wide listeners before its own change event: an echo
    // would be in `seen` by then)
    await until(() => synced, 'the second store to hear the decision');
    off();
    expect(synced, 'the second store heard it').to.equal(true);
    expect(seen).to.deep.equal(['accept-all']);
  });

  it('onConsentUpdate() is called once per decision: gated markup is looked for once', () => {
    const store = openStore({ categories: 'analytics' });
    const seen: string[][] = [];
    const off = onConsentUpdate(() => seen.push([...(getConsent()?.granted ?? [])]));
    store.acceptAll();
    store.rejectAll();
    store.reset();
    off();
    expect(seen).to.deep.equal([['necessary', 'analytics'], ['necessary'], []]);
  });

  it('two stores that share a cookie agree at once: a page-wide listener sees the decision in force', () => {
    const a = openStore({ categories: 'analytics' });
    const b = openStore({ categories: 'analytics' });
    a.read();
    b.read();
    const heard: [string, boolean][] = [];
    const off = onConsentChange((d) => heard.push([d.cause, isGranted('analytics')]));
    const synced: string[] = [];
    b.addEventListener('change', (e) => synced.push((e as CustomEvent<ConsentChangeDetail>).detail.cause));
    a.acceptAll('accept-all');
    off();
    expect(heard).to.deep.equal([['accept-all', true]]);
    expect(synced, 'the second store took it, as from another tab').to.deep.equal(['sync']);
    expect(b.consent).to.deep.equal(a.consent);
  });

  it('a category is granted page-wide only when every store grants it; a closed store no longer counts', () => {
    const site = openStore({ categories: 'analytics' });
    const other = openStore({ categories: 'analytics', cookieName: 'other', mode: 'opt-out' });
    const strict = openStore({ categories: 'analytics', cookieName: 'strict' });
    for (const s of [site, other, strict]) s.read();
    site.acceptAll();
    expect(isGranted('analytics'), 'the store that has not decided keeps it blocked').to.equal(false);
    strict.close();
    expect(isGranted('analytics')).to.equal(true);
    site.rejectAll();
    expect(isGranted('analytics'), 'an opt-out store grants, but the site’s denies').to.equal(false);
  });

  it('whenGranted() resolves late, when the category is granted', async () => {
    const store = openStore({ categories: 'analytics marketing' });
    const analytics = whenGranted('analytics');
    expect(await settled(analytics)).to.equal(false);
    store.save(['marketing']);
    expect(await settled(analytics)).to.equal(false);
    store.save(['analytics']);
    expect(await settled(analytics)).to.equal(true);
  });

  it('whenGranted() resolves at once when already granted, and for necessary', async () => {
    openStore({ categories: 'analytics' }).acceptAll();
    expect(await settled(whenGranted('analytics'))).to.equal(true);
    expect(await settled(whenGranted('necessary'))).to.equal(true);
  });

  it('is shared by two copies of the library on one page', () => {
    const hub = (globalThis as unknown as Record<symbol, { target: EventTarget }>)[Symbol.for('cookie-consent-element.hub')];
    expect(hub.target).to.be.instanceOf(EventTarget);
  });
});

describe('stores that lock on what another’s Global Privacy Control denies', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeStores();
    clearStorage();
  });

  it('Reject all on one that locks marketing on: the signal still denies marketing to the other', async () => {
    const other = openStore({ categories: 'analytics', gpc: true, required: 'marketing' });
    other.read();
    other.rejectAll();
    const site = openStore({ categories: 'analytics marketing', gpc: true });
    site.read();
    await sleep(100);
    expect(site.isGranted('marketing')).to.equal(false);
  });

  it('its override does not carry a grant made without the signal as one made with it', async () => {
    storeRecord({ granted: ['necessary', 'analytics', 'marketing'], denied: [], gpc: false });
    const other = openStore({ categories: 'analytics zzz', gpc: true, saleOrShare: 'zzz', required: 'marketing' });
    other.read();
    const site = openStore({ categories: 'analytics marketing', gpc: true });
    site.read();
    await sleep(100);
    expect(site.isGranted('marketing')).to.equal(false);
  });
});
