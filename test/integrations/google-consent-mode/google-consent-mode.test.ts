import { expect } from '@open-wc/testing';
import {
  CONSENT_TYPES,
  DEFAULT_CONSENT_MODE_MAPPING,
  categoryConsentMapping,
  consentDefaultTooLate,
  consentModeState,
  getDataLayer,
  hasConsentDefault,
  layerConsentState,
  parseConsentTypes,
  pushConsentUpdate,
  storeConsentState,
  syncConsentMode,
  updateConsentMode,
  warnIfConsentDefaultTooLate,
} from '../../../src/integrations/google-consent-mode/google-consent-mode.js';
import { captureWarnings, clearStorage, closeStores, openStore, storeRecord } from '../../helpers.js';
import { ALL_DENIED, CATEGORIES, SEVEN_TYPES, TABLE } from './consent-mode-table.js';
import { consentCommands, gtagArgs, tag } from './data-layer.js';

const win = window as unknown as Record<string, unknown>;

let n = 0;

describe('google-consent-mode integration', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  /** A fresh, uniquely named data layer for each test (the page's own `dataLayer` is left alone). */
  let name: string;
  let layer: unknown[];
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
    name = `testLayer${++n}`;
    layer = getDataLayer(name);
  });
  afterEach(() => {
    warnings.restore();
    closeStores();
    clearStorage();
    delete win[name];
  });

  describe('consentModeState: the documented mapping', () => {
    for (const row of TABLE) {
      it(row.name, () => {
        const granted = row.record.granted!;
        expect(consentModeState((id) => granted.includes(id), row.record.gpc)).to.deep.equal(row.state);
      });
    }

    it('sets all seven types, security_storage always granted', () => {
      const state = consentModeState(() => false);
      expect(Object.keys(state).sort()).to.deep.equal([...SEVEN_TYPES].sort());
      expect([...CONSENT_TYPES].sort()).to.deep.equal([...SEVEN_TYPES].sort());
      expect(state).to.deep.equal(ALL_DENIED);
      expect(consentModeState(() => false, false, { necessary: ['security_storage'], marketing: [] }).security_storage).to.equal('granted');
    });

    it('takes per-category overrides: a new category, and a default category mapped to nothing', () => {
      const granted = ['necessary', 'ads', 'marketing'];
      const state = consentModeState((id) => granted.includes(id), false, {
        ads: ['ad_storage', 'ad_user_data'],
        marketing: [],
      });
      expect(state).to.deep.equal({ ...ALL_DENIED, ad_storage: 'granted', ad_user_data: 'granted' });
      // the other defaults stay
      expect(consentModeState((id) => id === 'analytics', false, { ads: ['ad_storage'] }).analytics_storage).to.equal('granted');
      // GPC still denies the ad types, whatever category maps to them
      expect(consentModeState((id) => id === 'ads', true, { ads: ['ad_storage'] }).ad_storage).to.equal('denied');
    });

    it('ignores names that are not consent types, inherited ones included', () => {
      const state = consentModeState(() => true, false, { marketing: ['toString', 'ad_storage', 'everything'] });
      expect(Object.keys(state).sort()).to.deep.equal([...SEVEN_TYPES].sort());
      expect(state.ad_user_data).to.equal('denied');
    });

    it('exports the default mapping as documented', () => {
      expect(DEFAULT_CONSENT_MODE_MAPPING).to.deep.equal({
        analytics: ['analytics_storage'],
        marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
        functional: ['functionality_storage', 'personalization_storage'],
      });
    });
  });

  describe('storeConsentState: from a ConsentStore', () => {
    const categories = CATEGORIES.join(' ');
    it('accept all, reject all and a custom save give the rows of the table', () => {
      const store = openStore({ categories });
      store.read();
      expect(storeConsentState(store)).to.deep.equal(ALL_DENIED);
      store.acceptAll('accept-all');
      expect(storeConsentState(store)).to.deep.equal(TABLE[0].state);
      store.rejectAll('reject-all');
      expect(storeConsentState(store)).to.deep.equal(TABLE[1].state);
      store.save(['analytics'], 'save');
      expect(storeConsentState(store)).to.deep.equal(TABLE[2].state);
    });

    it('GPC on this page: accept all leaves the ad types denied', () => {
      const store = openStore({ categories, gpc: true });
      store.read();
      store.acceptAll('accept-all');
      expect(storeConsentState(store)).to.deep.equal(TABLE[4].state);
    });

    it('GPC recorded with the decision: the ad types stay denied after an explicit grant', () => {
      const store = openStore({ categories, gpc: true });
      store.read();
      store.save(CATEGORIES, 'save');
      expect(store.isGranted('marketing')).to.equal(true);
      expect(storeConsentState(store)).to.deep.equal(TABLE[5].state);
      // a later page without the signal reads the same decision
      const later = openStore({ categories });
      later.read();
      expect(later.gpc).to.equal(false);
      expect(storeConsentState(later)).to.deep.equal(TABLE[5].state);
    });

    it('opt-out: "Do not sell" denies the ad types even when the site never declared marketing', () => {
      const store = openStore({ mode: 'opt-out', categories: 'analytics' });
      store.read();
      expect(storeConsentState(store).analytics_storage).to.equal('granted');
      store.rejectAll('reject-all');
      // the store still answers "granted" for an id it never asked about
      expect(store.isGranted('marketing')).to.equal(true);
      expect(storeConsentState(store)).to.deep.equal(ALL_DENIED);
    });

    it('takes the mapping overrides', () => {
      const store = openStore({ categories: 'ads analytics' });
      store.read();
      store.save(['ads'], 'save');
      expect(storeConsentState(store, { ads: ['ad_storage'] })).to.deep.equal({ ...ALL_DENIED, ad_storage: 'granted' });
    });

    it('a service granted on its own follows its category’s mapping, the overridden one too', () => {
      const store = openStore({ categories: 'analytics', services: { analytics: 'matomo plausible', ads: 'youtube' } });
      store.read();
      store.save(['matomo'], 'save');
      expect(storeConsentState(store)).to.deep.equal({ ...ALL_DENIED, analytics_storage: 'granted' });
      store.save(['youtube'], 'save');
      expect(storeConsentState(store), 'a category of its own: no default mapping').to.deep.equal(ALL_DENIED);
      expect(storeConsentState(store, { ads: ['ad_storage'] })).to.deep.equal({ ...ALL_DENIED, ad_storage: 'granted' });
      // the services of marketing, under GPC, never grant the ad types
      const gpc = openStore({ services: { marketing: 'youtube' }, gpc: true });
      gpc.read();
      gpc.save(['youtube'], 'save');
      expect(gpc.isGranted('youtube')).to.equal(true);
      expect(storeConsentState(gpc)).to.deep.equal(ALL_DENIED);
    });
  });

  describe('pushing commands', () => {
    it('pushConsentUpdate pushes one Arguments object, synchronously, into the named layer', () => {
      const before = layer.length;
      pushConsentUpdate(TABLE[0].state, name);
      expect(layer.length).to.equal(before + 1);
      const entry = layer.at(-1) as IArguments;
      expect(tag(entry)).to.equal('[object Arguments]');
      expect(Array.from(entry)).to.deep.equal(['consent', 'update', TABLE[0].state]);
    });

    it('pushes through the layer\'s own push (GTM patches it), never replaces the layer or gtag', () => {
      const calls: unknown[] = [];
      const original = layer;
      layer.push = function (this: unknown[], ...items: unknown[]) {
        calls.push(...items);
        return Array.prototype.push.apply(this, items);
      };
      const gtag = () => undefined;
      const hadGtag = 'gtag' in window;
      const savedGtag = win.gtag;
      win.gtag = gtag;
      try {
        pushConsentUpdate(TABLE[1].state, name);
        pushConsentUpdate(TABLE[0].state, name);
        expect(win[name]).to.equal(original);
        expect(win.gtag).to.equal(gtag);
        expect(calls).to.have.length(2);
        expect(calls.map(tag)).to.deep.equal(['[object Arguments]', '[object Arguments]']);
        expect(Array.from(calls[1] as IArguments)).to.deep.equal(['consent', 'update', TABLE[0].state]);
      } finally {
        if (hadGtag) win.gtag = savedGtag;
        else delete win.gtag;
      }
    });

    it('creates a missing layer, and a name that holds no array warns instead of throwing', () => {
      const fresh = `freshLayer${n}`;
      expect(win[fresh]).to.equal(undefined);
      pushConsentUpdate(ALL_DENIED, fresh);
      expect(win[fresh]).to.have.length(1);
      delete win[fresh];
      win[fresh] = 42;
      expect(() => pushConsentUpdate(ALL_DENIED, fresh)).to.not.throw();
      expect(win[fresh]).to.equal(42);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('google-consent-mode').and.contain(fresh);
      delete win[fresh];
    });

    it('an update is in the layer as soon as the decision returns (no await), via the store\'s change event', () => {
      const store = openStore({ categories: CATEGORIES.join(' ') });
      store.addEventListener('change', () => updateConsentMode(store, { dataLayer: name }));
      store.read();
      const button = document.createElement('button');
      button.addEventListener('click', () => store.acceptAll('accept-all'));
      document.body.append(button);
      try {
        button.click();
        // the bootstrap was absent: the default first, then exactly one update
        expect(consentCommands(layer)).to.deep.equal([
          ['default', ALL_DENIED],
          ['update', TABLE[0].state],
        ]);
        store.rejectAll('reject-all');
        expect(consentCommands(layer).slice(2)).to.deep.equal([['update', ALL_DENIED]]);
        // a decision that changes nothing still pushes its update (Google's guide: one per interaction)
        store.rejectAll('reject-all');
        expect(consentCommands(layer)).to.have.length(4);
      } finally {
        button.remove();
      }
    });
  });

  describe('syncConsentMode: on connect', () => {
    /** What the bootstrap leaves in the layer. */
    function bootstrap(update?: object) {
      layer.push(gtagArgs('consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }));
      if (update) layer.push(gtagArgs('consent', 'update', update));
    }

    it('bootstrap present, returning visitor: pushes nothing (the bootstrap replayed the decision)', () => {
      storeRecord(TABLE[2].record);
      bootstrap(TABLE[2].state);
      const store = openStore({ categories: CATEGORIES.join(' ') });
      store.read();
      const before = layer.length;
      expect(syncConsentMode(store, { dataLayer: name })).to.deep.equal({
        pushedDefault: false,
        pushedUpdate: false,
        state: TABLE[2].state,
      });
      expect(layer.length).to.equal(before);
    });

    it('bootstrap present, fresh visitor: pushes nothing', () => {
      bootstrap();
      const store = openStore({ categories: CATEGORIES.join(' ') });
      store.read();
      expect(syncConsentMode(store, { dataLayer: name })).to.include({ pushedDefault: false, pushedUpdate: false });
      expect(layer).to.have.length(1);
    });

    it('bootstrap absent, returning visitor: pushes the default, then the update', () => {
      storeRecord(TABLE[2].record);
      const store = openStore({ categories: CATEGORIES.join(' ') });
      store.read();
      expect(syncConsentMode(store, { dataLayer: name })).to.include({ pushedDefault: true, pushedUpdate: true });
      expect(layer.map(tag)).to.deep.equal(['[object Arguments]', '[object Arguments]']);
      expect(consentCommands(layer)).to.deep.equal([
        ['default', ALL_DENIED],
        ['update', TABLE[2].state],
      ]);
      // a second call finds everything in step
      expect(syncConsentMode(store, { dataLayer: name })).to.include({ pushedDefault: false, pushedUpdate: false });
      expect(layer).to.have.length(2);
    });

    it('bootstrap absent, fresh visitor: pushes the default only', () => {
      const store = openStore({ categories: CATEGORIES.join(' ') });
      store.read();
      expect(syncConsentMode(store, { dataLayer: name })).to.include({ pushedDefault: true, pushedUpdate: false });
      expect(consentCommands(layer)).to.deep.equal([['default', ALL_DENIED]]);
    });

    it('corrects what the bootstrap replayed from a decision of another revision', () => {
      storeRecord({ ...TABLE[0].record, rev: '1' });
      bootstrap(TABLE[0].state);
      const store = openStore({ categories: CATEGORIES.join(' '), revision: '2' });
      store.read();
      expect(syncConsentMode(store, { dataLayer: name })).to.include({ pushedDefault: false, pushedUpdate: true });
      expect(consentCommands(layer).at(-1)).to.deep.equal(['update', ALL_DENIED]);
    });

    it('reads what the layer holds: defaults without a region, then updates', () => {
      bootstrap({ analytics_storage: 'granted' });
      // applies in the US only: where the visitor is, the page cannot tell
      layer.push(gtagArgs('consent', 'default', { ad_storage: 'granted', region: ['US'] }));
      layer.push(['consent', 'update', { ad_user_data: 'granted' }]); // an array: gtag.js ignores it
      expect(layerConsentState(layer)).to.deep.equal({ ...ALL_DENIED, analytics_storage: 'granted' });
    });
  });

  describe('the default that came too late', () => {
    it('warns once when config was queued before any default, and says so', () => {
      layer.push(gtagArgs('js', new Date()), gtagArgs('config', 'G-TEST000000'));
      expect(consentDefaultTooLate(layer)).to.equal(true);
      const store = openStore({ categories: 'analytics' });
      store.read();
      syncConsentMode(store, { dataLayer: name });
      syncConsentMode(store, { dataLayer: name });
      updateConsentMode(store, { dataLayer: name });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('google-consent-mode').and.contain('too late');
      // its own default now follows the config: still too late, still one warning
      expect(hasConsentDefault(layer)).to.equal(true);
      expect(warnIfConsentDefaultTooLate(layer)).to.equal(true);
      expect(warnings.messages).to.have.length(1);
    });

    it('warns when GTM\'s gtm.js event or an event came first', () => {
      layer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
      expect(warnIfConsentDefaultTooLate(layer)).to.equal(true);
      const other = getDataLayer(`${name}b`);
      other.push(gtagArgs('event', 'page_view'));
      expect(warnIfConsentDefaultTooLate(other)).to.equal(true);
      delete win[`${name}b`];
      expect(warnings.messages).to.have.length(2);
    });

    it('does not warn when the default comes first, or when there are no Google commands', () => {
      const store = openStore({ categories: 'analytics' });
      store.read();
      // nothing at all yet
      syncConsentMode(store, { dataLayer: name });
      // the bootstrap, then GTM and gtag
      const ok = getDataLayer(`${name}b`);
      ok.push(gtagArgs('consent', 'default', ALL_DENIED), { event: 'gtm.js' }, gtagArgs('config', 'G-TEST000000'));
      expect(consentDefaultTooLate(ok)).to.equal(false);
      syncConsentMode(store, { dataLayer: `${name}b` });
      delete win[`${name}b`];
      // data the site pushed itself is no Google command
      layer.splice(0);
      layer.push({ page: 'home' }, ['config', 'G-TEST000000']);
      expect(consentDefaultTooLate(layer)).to.equal(false);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('consent-mode on <cookie-category>', () => {
    it('reads a mapping from category elements; unknown types are dropped with one warning', () => {
      const ads = document.createElement('cookie-category');
      ads.setAttribute('name', 'ads');
      ads.setAttribute('consent-mode', ' ad_storage  ad_user_data tracking ');
      const marketing = document.createElement('cookie-category');
      marketing.setAttribute('name', 'marketing');
      marketing.setAttribute('consent-mode', '');
      const plain = document.createElement('cookie-category');
      plain.setAttribute('name', 'analytics');
      const mapping = categoryConsentMapping([ads, marketing, plain]);
      expect(mapping).to.deep.equal({ ads: ['ad_storage', 'ad_user_data'], marketing: [] });
      categoryConsentMapping([ads]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('consent-mode').and.contain('tracking');
      expect(parseConsentTypes(null)).to.deep.equal([]);
    });
  });

  it('defines no IAB framework API (__tcfapi, __gpp, __uspapi)', () => {
    storeRecord(TABLE[0].record);
    const store = openStore({ categories: CATEGORIES.join(' ') });
    store.read();
    syncConsentMode(store, { dataLayer: name });
    updateConsentMode(store, { dataLayer: name });
    for (const api of ['__tcfapi', '__gpp', '__uspapi']) expect(api in window, api).to.equal(false);
  });
});
