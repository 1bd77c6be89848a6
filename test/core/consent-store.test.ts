import { expect } from '@open-wc/testing';
import type { ConsentStore, ConsentStoreOptions } from '../../src/core/consent-store.js';
import type { ConsentChangeEvent } from '../../src/core/consent-change-event.js';
import {
  DAY_MS,
  closeStores,
  openStore,
  breakCookies,
  breakLocalStorage,
  captureWarnings,
  clearStorage,
  cookieAttribute,
  cookieRecord,
  openFrame,
  rawCookie,
  recordCookieWrites,
  sleep,
  storeRecord,
  until,
  decodeStored,
  listening,
} from '../helpers.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ConsentStore', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    closeStores();
    clearStorage();
  });

  describe('a first visit', () => {
    it('has no decision: only necessary is granted', () => {
      const store = openStore({ categories: 'analytics marketing' });
      expect(store.read()).to.equal(null);
      expect(store.consent).to.equal(null);
      expect(store.needsDecision).to.equal(true);
      expect(store.isGranted('necessary')).to.equal(true);
      expect(store.isGranted('analytics')).to.equal(false);
      expect(rawCookie()).to.equal(undefined);
    });

    it('lists necessary first and drops repeats', () => {
      expect(openStore({ categories: ' analytics  marketing analytics ' }).categories).to.deep.equal([
        'necessary',
        'analytics',
        'marketing',
      ]);
      expect(openStore({ categories: ['marketing', 'necessary'] }).categories).to.deep.equal([
        'necessary',
        'marketing',
      ]);
    });

    it('grants every category before a decision in opt-out mode, none in opt-in and notice', () => {
      expect(openStore({ mode: 'opt-out', categories: 'analytics' }).isGranted('analytics')).to.equal(true);
      expect(openStore({ mode: 'opt-in', categories: 'analytics' }).isGranted('analytics')).to.equal(false);
      expect(openStore({ mode: 'notice', categories: 'analytics' }).isGranted('analytics')).to.equal(false);
    });
  });

  describe('the record', () => {
    it('is written in the documented shape on acceptAll', () => {
      const store = openStore({ categories: 'analytics marketing', revision: '3', days: 20 });
      const before = Date.now();
      const record = store.acceptAll('accept-all');
      const stored = cookieRecord()!;
      expect(stored).to.deep.equal(record);
      expect(Object.keys(stored)).to.deep.equal(['v', 'id', 'ts', 'exp', 'rev', 'mode', 'granted', 'denied', 'cause', 'gpc']);
      expect(stored.v).to.equal(1);
      expect(stored.id).to.match(UUID_V4);
      expect(Date.parse(stored.ts)).to.be.within(before, Date.now());
      expect(Date.parse(stored.exp) - Date.parse(stored.ts)).to.equal(20 * DAY_MS);
      expect(stored.rev).to.equal('3');
      expect(stored.mode).to.equal('opt-in');
      expect(stored.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(stored.denied).to.deep.equal([]);
      expect(stored.cause).to.equal('accept-all');
      expect(stored.gpc).to.equal(false);
      expect(store.needsDecision).to.equal(false);
    });

    it('is percent-encoded as js-cookie writes it: no ; , or white space in the raw value', () => {
      openStore({ categories: 'analytics marketing' }).save(['analytics']);
      const raw = rawCookie()!;
      expect(raw).to.not.match(/[;,\s"]/);
      expect(decodeStored(decodeURIComponent(raw)).granted).to.deep.equal(['necessary', 'analytics']);
    });

    it('stays under 1 KB with many categories', () => {
      const many = Array.from({ length: 20 }, (_, i) => `category-${i}`);
      openStore({ categories: many }).save(many.slice(0, 10));
      expect(`cookie_consent=${rawCookie()}`.length).to.be.below(1024);
    });

    it('grants exactly what save() lists, denies the other declared categories', () => {
      const store = openStore({ categories: 'analytics marketing' });
      const record = store.save(['analytics']);
      expect(record.granted).to.deep.equal(['necessary', 'analytics']);
      expect(record.denied).to.deep.equal(['marketing']);
      expect(store.isGranted('analytics')).to.equal(true);
      expect(store.isGranted('marketing')).to.equal(false);
    });

    it('records an undeclared id passed to save() as granted', () => {
      const store = openStore({ categories: 'analytics' });
      expect(store.save(['video']).granted).to.deep.equal(['necessary', 'video']);
      expect(store.isGranted('video')).to.equal(true);
    });

    it('keeps decisions about categories this page does not declare, except on reject all', () => {
      openStore({ categories: 'analytics video' }).acceptAll();
      const other = openStore({ categories: 'analytics' });
      other.read();
      expect(other.save([]).granted).to.deep.equal(['necessary', 'video']);
      expect(other.rejectAll().granted).to.deep.equal(['necessary']);
      expect(other.consent!.denied).to.have.members(['analytics', 'video']);
    });

    it('grant() adds categories and leaves every other decision, undecided ones included', () => {
      const store = openStore({ categories: 'analytics marketing video' });
      const first = store.grant(['video']);
      expect(first.granted).to.deep.equal(['necessary', 'video']);
      expect(first.denied).to.deep.equal([]);
      expect(store.needsDecision).to.equal(true);
      store.save(['analytics']);
      const next = store.grant(['video']);
      expect(next.granted).to.have.members(['necessary', 'analytics', 'video']);
      expect(next.denied).to.deep.equal(['marketing']);
    });

    it('keeps the consent id across changes, pages and lapsed decisions', () => {
      const store = openStore({ categories: 'analytics' });
      const first = store.acceptAll();
      expect(store.rejectAll().id).to.equal(first.id);
      const next = openStore({ categories: 'analytics', revision: 'new' });
      expect(next.read()).to.equal(null); // other revision: no decision …
      expect(next.save([]).id).to.equal(first.id); // … but the same browser
    });

    it('creates a v4 id where crypto.randomUUID is missing', () => {
      const original = crypto.randomUUID;
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      try {
        expect(openStore().acceptAll().id).to.match(UUID_V4);
      } finally {
        Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
      }
    });
  });

  describe('cookie attributes', () => {
    const written = (options: ConsentStoreOptions) => {
      const rec = recordCookieWrites();
      try {
        openStore(options).acceptAll();
      } finally {
        rec.restore();
      }
      return rec.writes.find((w) => /^cookie_consent=[^;]/.test(w))!;
    };

    it('sets Max-Age and Expires from days="20"', () => {
      const w = written({ days: '20' });
      expect(cookieAttribute(w, 'max-age')).to.equal(String(20 * 86400));
      expect(Date.parse(cookieAttribute(w, 'expires') as string) - Date.now()).to.be.closeTo(20 * DAY_MS, 60_000);
    });

    it('takes decimals: days="0.5" is twelve hours', () => {
      const w = written({ days: '0.5' });
      expect(cookieAttribute(w, 'max-age')).to.equal('43200');
      expect(Date.parse(cookieRecord()!.exp) - Date.parse(cookieRecord()!.ts)).to.equal(DAY_MS / 2);
    });

    it('the browser keeps it for that long (where the Cookie Store API tells the expiry)', async function () {
      type CookieStore = { get(n: string): Promise<{ expires?: number | null } | null> };
      const cookieStore = (window as unknown as { cookieStore?: CookieStore }).cookieStore;
      openStore({ days: 20 }).acceptAll();
      const expires = (await cookieStore?.get('cookie_consent'))?.expires;
      // Firefox implements the newer spec, whose CookieListItem has only name and value
      if (typeof expires !== 'number') this.skip();
      expect(expires - Date.now()).to.be.closeTo(20 * DAY_MS, 60_000);
    });

    it('writes Path=/ and SameSite=Lax by default, host-only, not Secure on http', () => {
      const w = written({});
      expect(cookieAttribute(w, 'path')).to.equal('/');
      expect(cookieAttribute(w, 'samesite')).to.equal('Lax');
      expect(cookieAttribute(w, 'domain')).to.equal(undefined);
      expect(cookieAttribute(w, 'secure')).to.equal(location.protocol === 'https:' ? true : undefined);
    });

    it('writes the configured path and SameSite; None forces Secure', () => {
      const w = written({ cookiePath: '/shop', cookieSameSite: 'strict' });
      expect(cookieAttribute(w, 'path')).to.equal('/shop');
      expect(cookieAttribute(w, 'samesite')).to.equal('Strict');
      expect(cookieAttribute(written({ cookieSameSite: 'None' }), 'secure')).to.equal(true);
    });

    it('falls back to a host-only cookie, with one warning, when the browser refuses cookie-domain', () => {
      const store = openStore({ cookieDomain: 'example.com' });
      store.acceptAll();
      expect(store.storage).to.equal('cookie');
      expect(cookieRecord()!.granted).to.deep.equal(['necessary']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('cookie-domain="example.com"');
    });

    it('uses the configured cookie name', () => {
      openStore({ cookieName: 'my_consent' }).acceptAll();
      expect(cookieRecord('my_consent')).to.not.equal(undefined);
      expect(rawCookie()).to.equal(undefined);
    });
  });

  describe('days', () => {
    for (const bad of ['abc', '-3', '0', 'Infinity', 'NaN', '1e999']) {
      it(`days="${bad}" → 182 days and one warning naming it`, () => {
        const store = openStore({ days: bad });
        expect(store.days).to.equal(182);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`days="${bad}"`);
      });
    }

    it('days="1000" → 400 days (the browsers’ cap) and one warning', () => {
      const store = openStore({ days: '1000' });
      expect(store.days).to.equal(400);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('days="1000"');
      store.acceptAll();
      expect(Date.parse(cookieRecord()!.exp) - Date.parse(cookieRecord()!.ts)).to.equal(400 * DAY_MS);
    });

    it('no days → 182 without a warning', () => {
      expect(openStore().days).to.equal(182);
      expect(openStore({ days: '' }).days).to.equal(182);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('reading a stored decision', () => {
    it('returns a valid record', () => {
      const stored = storeRecord();
      const store = openStore({ categories: 'analytics marketing' });
      expect(store.read()).to.deep.equal(stored);
      expect(store.isGranted('analytics')).to.equal(true);
      expect(store.isGranted('marketing')).to.equal(false);
      expect(store.needsDecision).to.equal(false);
    });

    it('treats a record past exp as no decision', () => {
      storeRecord({ exp: new Date(Date.now() - 1000).toISOString() });
      const store = openStore({ categories: 'analytics' });
      expect(store.read()).to.equal(null);
      expect(store.isGranted('analytics')).to.equal(false);
      expect(store.needsDecision).to.equal(true);
    });

    it('treats a record older than the current days as no decision', () => {
      storeRecord({ ts: new Date(Date.now() - 30 * DAY_MS).toISOString() });
      expect(openStore({ days: 20 }).read()).to.equal(null);
      expect(openStore({ days: 40 }).read()).to.not.equal(null);
    });

    it('treats a record of another revision as no decision', () => {
      storeRecord({ rev: '1' });
      expect(openStore({ revision: '2' }).read()).to.equal(null);
      expect(openStore({ revision: '1' }).read()).to.not.equal(null);
    });

    it('does not take an acknowledged notice as opt-in consent', () => {
      storeRecord({ mode: 'notice', cause: 'acknowledge' });
      expect(openStore({ mode: 'opt-in' }).read()).to.equal(null);
      expect(openStore({ mode: 'notice' }).read()).to.not.equal(null);
    });

    it('asks again when the site added a category since', () => {
      storeRecord({ granted: ['necessary', 'analytics'], denied: [] });
      const store = openStore({ categories: 'analytics marketing' });
      expect(store.read()).to.not.equal(null);
      expect(store.needsDecision).to.equal(true);
      expect(store.isGranted('analytics')).to.equal(true);
    });

    for (const [what, raw] of [
      ['not JSON', 'hello'],
      ['JSON of another shape', encodeURIComponent('{"v":2,"granted":"all"}')],
      ['JSON null', 'null'],
      ['broken percent-encoding', '%E0%A4%A'],
    ]) {
      it(`treats an unreadable cookie (${what}) as no decision, warns once, overwrites it later`, () => {
        document.cookie = `cookie_consent=${raw}; path=/`;
        const store = openStore({ categories: 'analytics' });
        expect(store.read()).to.equal(null);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('unreadable');
        store.acceptAll();
        expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics']);
      });
    }
  });

  describe('storage fallback', () => {
    it('storage="local" keeps the record in localStorage, not in a cookie', () => {
      const store = openStore({ storage: 'local', categories: 'analytics' });
      store.acceptAll();
      expect(store.storage).to.equal('local');
      expect(rawCookie()).to.equal(undefined);
      expect(decodeStored(localStorage.getItem('cookie_consent')!).granted).to.deep.equal(['necessary', 'analytics']);
      expect(openStore({ storage: 'local', categories: 'analytics' }).read()!.granted).to.include('analytics');
    });

    it('falls back to localStorage when cookies do not stick (file://, blocked)', () => {
      const restore = breakCookies('drop');
      try {
        const store = openStore({ categories: 'analytics' });
        store.acceptAll();
        expect(store.storage).to.equal('local');
        expect(decodeStored(localStorage.getItem('cookie_consent')!).granted).to.include('analytics');
        expect(openStore().read()).to.not.equal(null);
      } finally {
        restore();
      }
    });

    it('falls back to memory, without throwing, when cookies and localStorage throw (sandboxed frame)', () => {
      const restoreCookies = breakCookies('throw');
      const restoreLocal = breakLocalStorage();
      try {
        const store = openStore({ categories: 'analytics', cookieName: 'sandboxed' });
        expect(store.read()).to.equal(null);
        store.save(['analytics']);
        expect(store.storage).to.equal('memory');
        expect(store.isGranted('analytics')).to.equal(true);
        // another store on the same page sees the decision; the next page will not
        expect(openStore({ cookieName: 'sandboxed' }).read()!.granted).to.include('analytics');
        store.reset();
      } finally {
        restoreLocal();
        restoreCookies();
      }
    });

    it('prefers the cookie when both hold a record', () => {
      localStorage.setItem('cookie_consent', JSON.stringify({ ...storeRecord(), granted: ['necessary', 'marketing'] }));
      expect(openStore().read()!.granted).to.deep.equal(['necessary', 'analytics']);
    });

    it('removes the localStorage copy once the cookie works again', () => {
      const restore = breakCookies('drop');
      openStore().acceptAll();
      restore();
      expect(localStorage.getItem('cookie_consent')).to.not.equal(null);
      const store = openStore();
      store.read(); // finds the copy in localStorage …
      store.rejectAll(); // … and the cookie, which works again, replaces it
      expect(localStorage.getItem('cookie_consent')).to.equal(null);
      expect(cookieRecord()).to.not.equal(undefined);
    });
  });

  describe('change events', () => {
    it('fires change with the record, the previous one, what changed and the cause', () => {
      const store = openStore({ categories: 'analytics marketing' });
      const events: ConsentChangeEvent[] = [];
      store.addEventListener('change', (e) => events.push(e as ConsentChangeEvent));
      const first = store.acceptAll('accept-all');
      const second = store.save(['analytics'], 'save');
      expect(events.map((e) => e.detail.cause)).to.deep.equal(['accept-all', 'save']);
      expect(events[0].detail.previous).to.equal(null);
      expect(events[0].detail.consent).to.equal(first);
      expect(events[0].detail.changed).to.deep.equal(['analytics', 'marketing']);
      expect(events[1].detail.previous).to.equal(first);
      expect(events[1].detail.consent).to.equal(second);
      expect(events[1].detail.changed).to.deep.equal(['marketing']);
    });

    it('reports opt-outs as changes in opt-out mode', () => {
      const store = openStore({ mode: 'opt-out', categories: 'analytics marketing' });
      let changed: readonly string[] = [];
      store.addEventListener('change', (e) => (changed = (e as ConsentChangeEvent).detail.changed));
      store.rejectAll();
      expect(changed).to.deep.equal(['analytics', 'marketing']);
      expect(store.isGranted('analytics')).to.equal(false);
    });

    it('reset() forgets the decision everywhere, with cause reset', () => {
      const store = openStore({ categories: 'analytics' });
      const record = store.acceptAll();
      let detail: ConsentChangeEvent['detail'] | undefined;
      store.addEventListener('change', (e) => (detail = (e as ConsentChangeEvent).detail));
      store.reset();
      expect(rawCookie()).to.equal(undefined);
      expect(store.consent).to.equal(null);
      expect(store.isGranted('analytics')).to.equal(false);
      expect(detail).to.deep.equal({ consent: null, previous: record, changed: ['analytics'], cause: 'reset' });
    });
  });

  describe('required categories', () => {
    it('are granted before and after any decision, and locked in every decision of the visitor', () => {
      const store = openStore({ categories: 'security analytics', required: 'security' });
      expect(store.categories).to.deep.equal(['necessary', 'security', 'analytics']);
      expect(store.isGranted('security')).to.equal(true);
      expect(store.rejectAll().granted).to.deep.equal(['necessary', 'security']);
      expect(store.save([]).denied).to.deep.equal(['analytics']);
    });

    it('are neither added nor dropped by a write the visitor did not make (a grant, the GPC override)', () => {
      const store = openStore({ categories: 'security analytics', required: 'security' });
      store.read();
      expect(store.grant(['analytics']).granted, 'a placeholder’s grant, first').to.deep.equal(['necessary', 'analytics']);
      expect(store.needsDecision, 'no question about a locked category').to.equal(false);
      store.rejectAll();
      expect(store.grant(['analytics']).granted, 'after a decision').to.have.members(['necessary', 'security', 'analytics']);
    });  });

  describe('Global Privacy Control (docs/reference.md#global-privacy-control)', () => {
    const setGpc = (value: unknown) =>
      Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
    afterEach(() => delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl);

    it('counts only navigator.globalPrivacyControl === true', () => {
      for (const [value, on] of [[true, true], ['1', false], [1, false], [false, false], [undefined, false]] as const) {
        setGpc(value);
        expect(openStore().gpc, String(value)).to.equal(on);
      }
    });

    it('a gpc option that is not a boolean: the browser’s signal, one warning, and the decision recorded readable', () => {
      setGpc(true);
      const store = openStore({ gpc: 'yes' as unknown as boolean });
      expect(store.gpc).to.equal(true);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('gpc="yes"');
      store.acceptAll();
      closeStores();
      expect(openStore().read()?.gpc, 'the next page reads it').to.equal(true);
    });

    for (const mode of ['opt-in', 'opt-out', 'notice']) {
      it(`denies marketing without a click in ${mode} mode, recorded with cause gpc`, () => {
        setGpc(true);
        const store = openStore({ mode, categories: 'analytics marketing' });
        const changes: ConsentChangeEvent[] = [];
        store.addEventListener('change', (e) => changes.push(e as ConsentChangeEvent));
        store.read();
        expect(store.isGranted('marketing')).to.equal(false);
        const record = cookieRecord()!;
        expect(record.cause).to.equal('gpc');
        expect(record.gpc).to.equal(true);
        expect(record.denied).to.deep.equal(['marketing']);
        expect(record.granted).to.deep.equal(['necessary']);
        expect(changes.map((e) => e.detail.cause)).to.deep.equal(['gpc']);
        // analytics is not GPC's to decide: still undecided, so the banner still asks
        expect(store.needsDecision).to.equal(true);
        expect(store.isGranted('analytics')).to.equal(mode === 'opt-out');
      });
    }

    it('overrides a stored grant made without the signal, keeping the other choices', () => {
      storeRecord({ granted: ['necessary', 'marketing'], denied: ['analytics'] });
      setGpc(true);
      const store = openStore({ categories: 'analytics marketing' });
      store.read();
      expect(store.isGranted('marketing')).to.equal(false);
      expect(cookieRecord()!.denied).to.have.members(['analytics', 'marketing']);
    });

    it('keeps the denial on a later visit without the signal, until the visitor grants', () => {
      setGpc(true);
      openStore({ categories: 'marketing' }).read();
      setGpc(false);
      const later = openStore({ mode: 'opt-out', categories: 'marketing' });
      later.read();
      expect(later.isGranted('marketing')).to.equal(false);
      expect(later.needsDecision).to.equal(false);
      later.save(['marketing']);
      expect(later.isGranted('marketing')).to.equal(true);
    });

    it('never grants: Accept all under GPC leaves marketing denied, gpc also honoured via the option', () => {
      const store = openStore({ categories: 'analytics marketing', gpc: true });
      store.read();
      const record = store.acceptAll('accept-all');
      expect(record.granted).to.deep.equal(['necessary', 'analytics']);
      expect(record.denied).to.deep.equal(['marketing']);
      expect(record.gpc).to.equal(true);
    });

    it('honours an explicit grant made while the signal is on, on later visits too', () => {
      const store = openStore({ categories: 'marketing', gpc: true });
      store.read();
      store.save(['marketing'], 'save');
      const next = openStore({ categories: 'marketing', gpc: true });
      next.read();
      expect(next.isGranted('marketing')).to.equal(true);
      expect(cookieRecord()!.cause).to.equal('save');
    });

    it('denies the configured sale-or-share categories', () => {
      const store = openStore({ categories: 'ads video', saleOrShare: 'ads', gpc: true });
      store.read();
      expect(cookieRecord()!.denied).to.deep.equal(['ads']);
    });
  });

  describe('other tabs', () => {
    it('a decision in one store reaches another of the same name as a change with cause sync', async () => {
      const here = openStore({ categories: 'analytics' });
      const there = openStore({ categories: 'analytics' });
      here.read();
      there.read();
      await listening();
      const synced = new Promise<ConsentChangeEvent>((r) => there.addEventListener('change', (e) => r(e as ConsentChangeEvent), { once: true }));
      here.acceptAll('accept-all');
      const { detail } = await synced;
      expect(detail.cause).to.equal('sync');
      expect(detail.changed).to.deep.equal(['analytics']);
      expect(there.isGranted('analytics')).to.equal(true);
    });

    it('a reset in one store reaches another: its decision is gone too, cause sync', async () => {
      const here = openStore({ categories: 'analytics' });
      const there = openStore({ categories: 'analytics' });
      here.read();
      here.acceptAll();
      there.read();
      await listening();
      expect(there.isGranted('analytics')).to.equal(true);
      const synced = new Promise<ConsentChangeEvent>((r) => there.addEventListener('change', (e) => r(e as ConsentChangeEvent), { once: true }));
      here.reset();
      const { detail } = await synced;
      expect(detail.cause).to.equal('sync');
      expect(detail.consent).to.equal(null);
      expect(detail.changed).to.deep.equal(['analytics']);
      expect(there.isGranted('analytics')).to.equal(false);
      expect(there.needsDecision).to.equal(true);
    });

    it('reaches a store in another page at once, decision and reset alike, round after round', async function () {
      this.timeout(15000);
      // another page of the origin (a frame): its own document, so its own cookie cache
      const frame = await openFrame('/test/fixtures/core/other-store.html');
      try {
        const Other = await until(() => (frame.contentWindow as { ConsentStore?: typeof ConsentStore }).ConsentStore, 'the store in the frame');
        const there = new Other({ categories: 'analytics' });
        const here = openStore({ categories: 'analytics' });
        there.read();
        here.read();
        await listening();
        const next = () =>
          Promise.race([
            new Promise<ConsentChangeEvent>((r) => here.addEventListener('change', (e) => r(e as ConsentChangeEvent), { once: true })),
            // (a deadline that only a lost message reaches: a loaded machine may be slow to pass one on)
            sleep(5000).then(() => null),
          ]);
        // (without the read-back after a removal, about one reset in seven reached this page
        // while its cookie still held the old decision)
        for (let round = 0; round < 30; round++) {
          let heard = next();
          there.acceptAll();
          expect((await heard)?.detail.consent?.granted, `round ${round}: the decision`).to.deep.equal(['necessary', 'analytics']);
          heard = next();
          there.reset();
          const reset = await heard;
          expect(reset, `round ${round}: the reset was heard`).to.not.equal(null);
          expect(reset!.detail.consent, `round ${round}: the decision is gone here too`).to.equal(null);
        }
        there.close();
      } finally {
        frame.remove();
      }
    });

    it('listens on its channel only: no storage listener, whose first one costs a round trip to the browser', async () => {
      const types: string[] = [];
      const add = window.addEventListener;
      window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
        types.push(type);
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof window.addEventListener;
      try {
        const store = openStore({ storage: 'local' });
        store.read();
        await listening();
        store.acceptAll();
      } finally {
        window.addEventListener = add;
      }
      expect(types).to.not.include('storage');
    });

    it('without BroadcastChannel, hears localStorage changes through the storage event', async () => {
      const win = window as { BroadcastChannel?: typeof BroadcastChannel };
      const channel = win.BroadcastChannel;
      delete win.BroadcastChannel; // (before Safari 15.4)
      let store: ConsentStore;
      try {
        store = openStore({ storage: 'local', categories: 'analytics' });
        store.read();
        await listening();
      } finally {
        win.BroadcastChannel = channel;
      }
      const synced = new Promise<ConsentChangeEvent>((r) => store.addEventListener('change', (e) => r(e as ConsentChangeEvent), { once: true }));
      const record = { ...storeRecord(), granted: ['necessary', 'analytics'] };
      clearStorage();
      localStorage.setItem('cookie_consent', JSON.stringify(record));
      dispatchEvent(new StorageEvent('storage', { key: 'cookie_consent' }));
      expect((await synced).detail.cause).to.equal('sync');
      expect(store.isGranted('analytics')).to.equal(true);
    });

    it('close() stops listening', async () => {
      const here = openStore();
      const there = openStore();
      here.read();
      there.read();
      await listening();
      there.close();
      let heard = false;
      there.addEventListener('change', () => (heard = true));
      here.acceptAll();
      await sleep(50);
      expect(heard).to.equal(false);
    });
  });

  describe('settings', () => {
    it('are its options with their defaults, as read-only members (docs/reference.md#headless-consentstore)', () => {
      const defaults = openStore({ gpc: false });
      expect([defaults.cookieName, defaults.days, defaults.revision, defaults.mode, defaults.gpc]).to.deep.equal(['cookie_consent', 182, '', 'opt-in', false]);
      expect([defaults.required, defaults.saleOrShare, [...defaults.services]]).to.deep.equal([['necessary'], ['marketing'], []]);
      closeStores();
      const store = openStore({
        cookieName: ' site_consent ',
        days: '30',
        revision: 2 as unknown as string,
        mode: 'opt-out',
        gpc: true,
        required: 'essential',
        saleOrShare: 'ads essential',
        services: { ads: 'pixel', essential: ['cdn'] },
      });
      expect([store.cookieName, store.days, store.revision, store.mode, store.gpc]).to.deep.equal(['site_consent', 30, '2', 'opt-out', true]);
      // a required id (and its services) is granted whatever GPC says: not listed as denied by it
      expect([store.required, store.saleOrShare, [...store.services]]).to.deep.equal([
        ['necessary', 'essential', 'cdn'],
        ['ads', 'pixel'],
        [
          ['pixel', 'ads'],
          ['cdn', 'essential'],
        ],
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('bad options', () => {
    it('warns once for each bad mode, storage and cookie-same-site and uses the default', () => {
      const store = openStore({ mode: 'maybe', storage: 'disk', cookieSameSite: 'sometimes' });
      expect(store.mode).to.equal('opt-in');
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages.join('\n')).to.contain('mode="maybe"').and.contain('storage="disk"').and.contain('cookie-same-site="sometimes"');
      store.acceptAll();
      expect(store.storage).to.equal('cookie');
    });
  });
});
