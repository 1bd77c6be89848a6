/**
 * Services (vendors) inside categories, in the headless store (docs/reference.md#services-cookie-service):
 * granted on their own or with their category, listed in the record like categories.
 */
import { expect } from '@open-wc/testing';
import type { ConsentStore, ConsentStoreOptions } from '../../src/core/consent-store.js';
import type { ConsentChangeEvent } from '../../src/core/consent-change-event.js';
import { captureWarnings, clearStorage, closeStores, cookieRecord, openFrame, openStore, rawCookie, sleep, storeRecord, until } from '../helpers.js';

const SITE: ConsentStoreOptions = {
  categories: 'analytics marketing',
  services: { marketing: ['youtube', 'meta-pixel'], analytics: 'matomo' },
};
const site = (more: ConsentStoreOptions = {}) => openStore({ ...SITE, ...more });
const granted = (store: ConsentStore, ids: string[]) => Object.fromEntries(ids.map((id) => [id, store.isGranted(id)]));
const ALL = ['analytics', 'matomo', 'marketing', 'youtube', 'meta-pixel'];

describe('ConsentStore: services', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    closeStores();
    clearStorage();
    // (a test that expects warnings checks them and empties the list)
    expect(warnings.messages, 'console warnings').to.deep.equal([]);
  });

  it('takes services by category: the categories stay categories, the services are known apart', () => {
    const store = openStore({ categories: 'analytics youtube', services: { marketing: 'youtube meta-pixel' } });
    // an id of a service is never a category, even when `categories` lists it
    expect(store.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect([...store.services]).to.deep.equal([['youtube', 'marketing'], ['meta-pixel', 'marketing']]);
    expect(granted(store, ['youtube', 'marketing'])).to.deep.equal({ youtube: false, marketing: false });
    expect(store.needsDecision).to.equal(true);
  });

  it('a service id that is a category, or a service of an earlier category, is not a service again', () => {
    const store = openStore({ services: { marketing: 'youtube analytics necessary', analytics: 'youtube matomo' } });
    expect([...store.services]).to.deep.equal([['youtube', 'marketing'], ['matomo', 'analytics']]);
    expect(store.categories).to.deep.equal(['necessary', 'marketing', 'analytics']);
  });

  it('granting a category grants its services; the record lists each of them', () => {
    const store = site();
    const record = store.save(['marketing']);
    expect(record.granted).to.deep.equal(['necessary', 'marketing', 'youtube', 'meta-pixel']);
    expect(record.denied).to.deep.equal(['analytics', 'matomo']);
    expect(granted(store, ALL)).to.deep.equal({ analytics: false, matomo: false, marketing: true, youtube: true, 'meta-pixel': true });
    expect(cookieRecord()).to.deep.equal(record);
  });

  it('a service granted on its own grants nothing else of its category', () => {
    const store = site();
    const record = store.save(['youtube']);
    expect(record.granted).to.deep.equal(['necessary', 'youtube']);
    expect(record.denied).to.deep.equal(['analytics', 'marketing', 'meta-pixel', 'matomo']);
    expect(granted(store, ALL)).to.deep.equal({ analytics: false, matomo: false, marketing: false, youtube: true, 'meta-pixel': false });
    expect(store.needsDecision).to.equal(false);
  });

  it('grant() of a service (a placeholder) grants that service only, and leaves the rest undecided', () => {
    const store = site();
    const record = store.grant(['youtube'], 'save');
    expect(record.granted).to.deep.equal(['necessary', 'youtube']);
    expect(record.denied).to.deep.equal([]);
    expect(store.isGranted('meta-pixel')).to.equal(false);
    expect(store.needsDecision).to.equal(true);
    // a category granted later brings its services, even one denied on its own before
    store.save(['youtube']);
    store.grant(['marketing']);
    expect(granted(store, ['marketing', 'youtube', 'meta-pixel'])).to.deep.equal({ marketing: true, youtube: true, 'meta-pixel': true });
  });

  it('Accept all and Reject all decide every service too', () => {
    const store = site();
    expect(store.acceptAll().granted).to.deep.equal(['necessary', ...['analytics', 'marketing', 'youtube', 'meta-pixel', 'matomo']]);
    expect(store.rejectAll().denied).to.have.members(ALL);
    expect(granted(store, ALL)).to.deep.equal(Object.fromEntries(ALL.map((id) => [id, false])));
  });

  it('a service denied on its own stays denied while its category is granted (a decision of another page)', () => {
    // the category and one service granted, the other service denied on its own
    storeRecord({ granted: ['necessary', 'marketing', 'meta-pixel'], denied: ['analytics', 'matomo', 'youtube'] });
    const first = site();
    first.read();
    expect(granted(first, ['marketing', 'youtube', 'meta-pixel'])).to.deep.equal({ marketing: true, youtube: false, 'meta-pixel': true });
    const other = openStore({ categories: 'marketing' }); // a page that declares no services
    other.read();
    other.save(['marketing']);
    expect(cookieRecord()!.denied, 'the other page kept the denial').to.include('youtube');
    const store = site();
    store.read();
    expect(granted(store, ['marketing', 'youtube', 'meta-pixel'])).to.deep.equal({ marketing: true, youtube: false, 'meta-pixel': true });
  });

  it('consent-change lists the services whose state changed', () => {
    const store = site();
    store.save(['analytics']);
    const changes: string[][] = [];
    store.addEventListener('change', (e) => changes.push([...(e as ConsentChangeEvent).detail.changed]));
    store.save(['analytics', 'youtube']);
    store.save(['marketing']);
    expect(changes).to.deep.equal([['youtube'], ['analytics', 'marketing', 'meta-pixel', 'matomo']]);
  });

  it('a service added since the decision asks again; the earlier choices are kept, the new one follows its category', () => {
    openStore({ services: { marketing: 'youtube', analytics: 'matomo' } }).save(['youtube', 'analytics']);
    const store = openStore({ services: { marketing: 'youtube vimeo', analytics: 'matomo plausible' } });
    const record = store.read();
    expect(record!.granted).to.deep.equal(['necessary', 'youtube', 'analytics', 'matomo']);
    expect(store.needsDecision).to.equal(true);
    expect(granted(store, ['youtube', 'vimeo', 'marketing', 'matomo', 'plausible'])).to.deep.equal({
      youtube: true,
      vimeo: false,
      marketing: false,
      matomo: true,
      plausible: true,
    });
    store.save(['youtube', 'analytics']);
    expect(store.needsDecision).to.equal(false);
    expect(store.consent!.denied).to.have.members(['marketing', 'vimeo']);
  });

  it('services of a required category are granted and locked with it', () => {
    const store = openStore({ services: { necessary: 'stripe', security: 'recaptcha' }, required: 'security' });
    expect(store.rejectAll().granted).to.have.members(['necessary', 'stripe', 'security', 'recaptcha']);
    expect(granted(store, ['stripe', 'recaptcha'])).to.deep.equal({ stripe: true, recaptcha: true });
  });

  it('opt-out: services are granted until the visitor opts out; opting out of the category opts out of them', () => {
    const store = site({ mode: 'opt-out', gpc: false });
    store.read();
    expect(granted(store, ALL)).to.deep.equal(Object.fromEntries(ALL.map((id) => [id, true])));
    store.save(['analytics', 'matomo', 'youtube']);
    expect(granted(store, ALL)).to.deep.equal({ analytics: true, matomo: true, marketing: false, youtube: true, 'meta-pixel': false });
  });

  describe('Global Privacy Control', () => {
    it('denies the services of a sale-or-share category, and a sale-or-share service of another category', () => {
      site({ gpc: false }).acceptAll();
      const store = openStore({ ...SITE, gpc: true, saleOrShare: 'marketing matomo' });
      const changes: ConsentChangeEvent[] = [];
      store.addEventListener('change', (e) => changes.push(e as ConsentChangeEvent));
      const record = store.read()!;
      expect(record.cause).to.equal('gpc');
      expect(record.denied).to.have.members(['marketing', 'youtube', 'meta-pixel', 'matomo']);
      expect(granted(store, ALL)).to.deep.equal({ analytics: true, matomo: false, marketing: false, youtube: false, 'meta-pixel': false });
      expect(changes[0]!.detail.changed).to.have.members(['marketing', 'youtube', 'meta-pixel', 'matomo']);
    });

    it('in opt-out mode, before any click', () => {
      const store = site({ mode: 'opt-out', gpc: true, saleOrShare: 'marketing matomo' });
      store.read();
      expect(granted(store, ALL)).to.deep.equal({ analytics: true, matomo: false, marketing: false, youtube: false, 'meta-pixel': false });
    });

    it('Accept all leaves them denied; an explicit grant of one service counts, on later visits too', () => {
      const store = site({ gpc: true, saleOrShare: 'marketing matomo' });
      store.read();
      expect(store.acceptAll().granted).to.deep.equal(['necessary', 'analytics']);
      store.grant(['youtube']);
      const later = site({ gpc: true, saleOrShare: 'marketing matomo' });
      later.read();
      expect(granted(later, ALL)).to.deep.equal({ analytics: true, matomo: false, marketing: false, youtube: true, 'meta-pixel': false });
    });
    it('granting a category that does not sell or share (a placeholder, save()) leaves its sale-or-share services denied', () => {
      const store = site({ gpc: true, saleOrShare: 'marketing matomo' });
      store.read();
      store.grant(['analytics'], 'save');
      expect(granted(store, ['analytics', 'matomo'])).to.deep.equal({ analytics: true, matomo: false });
      expect(store.consent!.denied).to.include('matomo');
      store.save(['analytics']);
      expect(granted(store, ['analytics', 'matomo'])).to.deep.equal({ analytics: true, matomo: false });
      // a sale-or-share category granted explicitly brings its services; a service listed counts
      store.save(['marketing', 'analytics', 'matomo']);
      expect(granted(store, ALL)).to.deep.equal(Object.fromEntries(ALL.map((id) => [id, true])));
      const later = site({ gpc: true, saleOrShare: 'marketing matomo' });
      later.read();
      expect(granted(later, ALL), 'on a later page too').to.deep.equal(Object.fromEntries(ALL.map((id) => [id, true])));
    });
  });

  it('the stored form writes a service like a category: ~ and its escaped id', () => {
    const store = openStore({ services: { marketing: 'youtube meta.pixel' } });
    store.save(['youtube']);
    expect(decodeURIComponent(rawCookie()!)).to.match(/\.1~youtube\.0m\.0~meta%2Epixel$/);
    expect(cookieRecord()).to.deep.equal(store.consent);
  });

  it('three categories with four services each: the cookie is at most 215 bytes, whatever the decision', () => {
    const services = {
      analytics: 'matomo plausible hotjar google-analytics',
      marketing: 'youtube vimeo meta-pixel google-ads',
      functional: 'intercom zendesk google-maps recaptcha',
    };
    const sizes: number[] = [];
    for (const decide of [(s: ConsentStore) => s.acceptAll(), (s: ConsentStore) => s.rejectAll(), (s: ConsentStore) => s.save(['youtube', 'analytics'])]) {
      const store = openStore({ services, revision: '2' });
      decide(store);
      const sent = `cookie_consent=${rawCookie()}`;
      sizes.push(sent.length);
      expect(cookieRecord()).to.deep.equal(store.consent);
      clearStorage();
    }
    // (docs/cookie.md gives these figures)
    expect(Math.max(...sizes), String(sizes)).to.be.at.most(215);
  });

  it('a decision with services reaches a store in another page, as a change with cause sync', async () => {
    const frame = await openFrame('/test/fixtures/core/other-store.html');
    try {
      const Other = await until(() => (frame.contentWindow as { ConsentStore?: typeof ConsentStore }).ConsentStore, 'the store in the frame');
      const there = new Other(SITE);
      const here = site();
      there.read();
      here.read();
      await sleep(0);
      const heard = new Promise<ConsentChangeEvent>((r) => here.addEventListener('change', (e) => r(e as ConsentChangeEvent), { once: true }));
      there.save(['youtube']);
      const { detail } = await heard;
      expect(detail.cause).to.equal('sync');
      expect(detail.changed).to.deep.equal(['youtube']);
      expect(granted(here, ['youtube', 'marketing', 'meta-pixel'])).to.deep.equal({ youtube: true, marketing: false, 'meta-pixel': false });
      there.close();
    } finally {
      frame.remove();
    }
  });
});
