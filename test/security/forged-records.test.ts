/**
 * A stored record is as untrusted as any cookie. One dated far ahead, one that lasts longer than
 * a cookie can (consent that never lapses), and one with a forged id (it would be kept in every
 * later record and sent to `log-endpoint`) are unreadable: one warning, the banner asks again,
 * and the next decision has a fresh id. A record too large for a cookie is kept in localStorage,
 * with one warning naming its size.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { encodeRecord, parseRecord } from '../../src/core/record-codec.js';
import { DAY_MS, captureWarnings, clearStorage, closeFrames, closeStores, cookieRecord, earlierRecord, openFrame, openStore, rawCookie, storeRecord } from '../helpers.js';

const FORGED_ID = '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f';
const now = Date.now();

describe('forged records', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeStores();
    clearStorage();
  });

  for (const [what, record] of [
    ['dated far ahead', { ts: new Date(now + 3000 * DAY_MS).toISOString(), exp: new Date(now + 3100 * DAY_MS).toISOString() }],
    ['lasting beyond 400 days', { ts: new Date(now - DAY_MS).toISOString(), exp: new Date(now + 100_000 * DAY_MS).toISOString() }],
    ['with a 2,500-character id', { id: 'x'.repeat(2500) }],
    ['with an id of markup', { id: '<img src=x onerror=alert(1)>' }],
    ['with an id that is not a UUID', { id: 'visitor-42' }],
  ] as const) {
    it(`${what}: unreadable, asked again, a fresh id`, async () => {
      storeRecord({ granted: ['necessary', 'analytics'], denied: [], ...record });
      const w = captureWarnings();
      try {
        const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
        expect(el.consent).to.equal(null);
        expect(el.open, 'the banner asks again').to.equal(true);
        expect(el.isGranted('analytics')).to.equal(false);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.include('unreadable');
        el.rejectAll();
        const stored = cookieRecord()!;
        expect(stored.id).to.not.equal(record.id ?? FORGED_ID);
        expect(stored.id).to.match(/^[0-9a-f-]{36}$/);
      } finally {
        w.restore();
      }
    });
  }

  it('a record too large for a cookie: kept in localStorage, one warning naming its size', () => {
    const categories = Array.from({ length: 1000 }, (_, i) => `category-${i}`);
    const w = captureWarnings();
    try {
      const store = openStore({ categories });
      store.read();
      store.acceptAll();
      store.rejectAll();
      expect(store.storage).to.equal('local');
      expect(rawCookie()).to.equal(undefined);
      expect(localStorage.getItem('cookie_consent')).to.include('category-999');
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.match(/the consent record is \d{4,} bytes, more than a cookie holds \(4096\)/);
    } finally {
      w.restore();
    }
  });
});

describe('forged records and dist/consent-mode.js: what the store cannot read is not replayed to Google', function () {
  this.timeout(20000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  const record = earlierRecord({ id: FORGED_ID });
  const stored = encodeRecord(record)!;
  /** The stored form with field `i` (0 the form, 1 the id, 4 the flags) replaced. */
  const withField = (i: number, value: string) => stored.split('.').map((f, j) => (j === i ? value : f)).join('.');

  /** Whether the bootstrap, on a page with the cookie `value`, pushed an update. */
  async function replayed(value: string): Promise<boolean> {
    document.cookie = `cookie_consent=${encodeURIComponent(value)}; path=/`;
    const frame = await openFrame('/test/fixtures/consent-mode/gtag.html', '');
    const layer = (frame.contentWindow as Window & { dataLayer?: IArguments[] }).dataLayer ?? [];
    expect(layer.some((a) => a[0] === 'consent' && a[1] === 'default'), 'the default').to.equal(true);
    return layer.some((a) => a[0] === 'consent' && a[1] === 'update');
  }

  it('a valid record, in either form: read by the store and replayed', async () => {
    for (const value of [stored, JSON.stringify(record)]) {
      expect(parseRecord(value)).to.not.equal(null);
      expect(await replayed(value), value).to.equal(true);
      closeFrames();
    }
  });

  for (const [what, value] of [
    ['the stored form with an id that is not 16 bytes', withField(1, 'visitor-42')],
    ['the stored form with a mode that does not exist', withField(4, '300')],
    ['the stored form with a grant of an unknown short id', `${stored}.1z`],
    ['the JSON form with an id that is not a UUID', JSON.stringify({ ...record, id: 'visitor-42' })],
    ['the JSON form with a mode that does not exist', JSON.stringify({ ...record, mode: 'always' })],
  ]) {
    it(`${what}: unreadable, and not replayed`, async () => {
      expect(parseRecord(value)).to.equal(null);
      expect(await replayed(value)).to.equal(false);
    });
  }
});
