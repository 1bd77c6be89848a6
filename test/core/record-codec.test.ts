/**
 * The stored form of the record (docs/cookie.md): short, since the cookie travels with every
 * request to the site; exact, since it is read back as the same record; and the earlier JSON form
 * is still read, then rewritten on the next decision.
 */
import { expect } from '@open-wc/testing';
import type { ConsentRecord } from '../../src/core/consent-record.js';
import { encodeRecord, parseRecord } from '../../src/core/record-codec.js';
import { DAY_MS, clearStorage, closeStores, cookieRecord, openStore, rawCookie, storeRecord } from '../helpers.js';

/** Well in the past: the parser refuses a decision dated more than a day ahead of the clock. */
const TS = '2020-03-01T12:34:56.789Z';

const record = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  v: 1,
  id: '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f',
  ts: TS,
  exp: new Date(Date.parse(TS) + 182 * DAY_MS).toISOString(),
  rev: '',
  mode: 'opt-in',
  granted: ['necessary', 'analytics'],
  denied: ['marketing', 'functional'],
  cause: 'save',
  gpc: false,
  ...overrides,
});

/** What the browser sends: `name=value`, the value as js-cookie writes it. */
const sent = () => `cookie_consent=${rawCookie()}`;

describe('the stored form of the record', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeStores();
    clearStorage();
  });

  it('three optional categories: the cookie is at most 100 bytes', () => {
    for (const categories of [['analytics', 'marketing', 'functional'], ['statistics', 'ads', 'video']]) {
      const store = openStore({ categories, revision: '2' });
      store.save([categories[0]!]);
      expect(sent().length, sent()).to.be.at.most(100);
      expect(cookieRecord()).to.deep.equal(store.consent);
      clearStorage();
    }
  });

  it('round-trips exactly: 3 and 50 categories, long and odd ids, a revision, GPC, every mode and cause', () => {
    const odd = ['a', 'm', 'f', '~', 'x.y', '100%', 'ünï', 'x%;,"', 'é'.repeat(40), 'café.menu~2', ' '];
    const many = Array.from({ length: 50 }, (_, i) => `category-${i}-${'long'.repeat(5)}`);
    for (const r of [
      record(),
      record({ granted: ['necessary', ...odd], denied: many, rev: '2026.1 "final"', gpc: true, mode: 'opt-out', cause: 'gpc' }),
      record({ granted: ['necessary', ...many.slice(0, 25)], denied: many.slice(25), mode: 'notice', cause: 'acknowledge' }),
      record({ granted: ['necessary'], denied: [], cause: 'accept-all', exp: new Date(Date.parse(TS) + 0.5 * DAY_MS).toISOString() }),
    ]) {
      const stored = encodeRecord(r)!;
      expect(stored).to.match(/^2\.[\w-]{22}\./);
      expect(stored).to.not.match(/[;,\s"\\]/);
      expect(parseRecord(stored)).to.deep.equal(r);
    }
  });

  it('the example of docs/cookie.md: the record of its first section is written as the stored form it shows', () => {
    const documented: ConsentRecord = {
      v: 1,
      id: '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f',
      ts: '2026-11-28T12:00:00.000Z',
      exp: '2027-05-29T12:00:00.000Z',
      rev: '3',
      mode: 'opt-in',
      granted: ['necessary', 'analytics'],
      denied: ['marketing'],
      cause: 'save',
      gpc: false,
    };
    expect(encodeRecord(documented)).to.equal('2.bxwKjiwdS46dTwobLD1OXw.mx0cyo00.78251c0.020.3.1a.0m');
  });

  it('a value written out by hand from docs/cookie.md: read as the record it describes, and written back the same', () => {
    // 2                       the form
    // bxwKjiwdS46dTwobLD1OXw  the id's 16 bytes 6f 1c 0a 8e … 4e 5f in base64url
    // k78zfk00                2020-03-01T12:00:00.000Z: 1583064000000 ms, in base 36
    // 16v7k00                 30 days: 2592000000 ms, in base 36
    // 101                     opt-out (1), accept-all (0), GPC (1)
    // 2026%2E1                the revision 2026.1, its dot escaped
    // 1a 1~x%2Ey              granted: analytics, and x.y as ~ and its escaped id
    // 0m 0f                   denied: marketing, functional
    const stored = '2.bxwKjiwdS46dTwobLD1OXw.k78zfk00.16v7k00.101.2026%2E1.1a.1~x%2Ey.0m.0f';
    const described: ConsentRecord = {
      v: 1,
      id: '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f',
      ts: '2020-03-01T12:00:00.000Z',
      exp: '2020-03-31T12:00:00.000Z',
      rev: '2026.1',
      mode: 'opt-out',
      granted: ['necessary', 'analytics', 'x.y'],
      denied: ['marketing', 'functional'],
      cause: 'accept-all',
      gpc: true,
    };
    expect(parseRecord(stored)).to.deep.equal(described);
    expect(encodeRecord(described)).to.equal(stored);
  });

  it('written by the store, as js-cookie encodes it: no ; , or white space, read back the same', () => {
    const store = openStore({ categories: ['analytics', 'x.y', 'ünï'] });
    store.save(['analytics', 'ünï']);
    expect(rawCookie()).to.match(/^2\./).and.not.match(/[;,\s"]/);
    expect(cookieRecord()).to.deep.equal(store.consent);
    expect(openStore({ categories: ['analytics', 'x.y', 'ünï'] }).read()).to.deep.equal(store.consent);
  });

  it('an id a URL cannot carry (a lone surrogate): the JSON form, read back the same', () => {
    const r = record({ granted: ['necessary', '\ud800'] });
    expect(encodeRecord(r)).to.equal(undefined);
    const store = openStore({ categories: ['\ud800'] });
    store.save(['\ud800']);
    expect(decodeURIComponent(rawCookie()!)).to.match(/^\{/);
    expect(openStore({ categories: ['\ud800'] }).read()!.granted).to.deep.equal(['necessary', '\ud800']);
  });

  it('the earlier JSON form is read as before, and the next decision writes the stored form', () => {
    const old = storeRecord({ granted: ['necessary', 'analytics'], denied: ['marketing'] });
    expect(decodeURIComponent(rawCookie()!)).to.match(/^\{"v":1/);
    const store = openStore({ categories: 'analytics marketing' });
    expect(store.read()).to.deep.equal(old);
    expect(store.isGranted('analytics')).to.equal(true);
    store.save(['analytics', 'marketing']);
    expect(rawCookie()).to.match(/^2\./);
    expect(cookieRecord()!.id, 'the same consent id').to.equal(old.id);
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
  });

  it("the JSON form: a record of the record's fields only, none of the cookie's own (__proto__ …)", () => {
    const json = `${JSON.stringify(record()).slice(0, -1)},"__proto__":{"isAdmin":true},"isAdmin":true}`;
    const r = parseRecord(json)!;
    expect(Object.keys(r)).to.deep.equal(Object.keys(record()));
    expect(Object.getPrototypeOf({ ...r })).to.equal(Object.prototype);
  });

  it('the well-formed value the cases below spoil: readable', () => {
    expect(parseRecord('2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020..1a.0~x%2Ey')).to.include({ mode: 'opt-in', cause: 'save', gpc: false });
    expect(parseRecord('2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020..1a.0~x%2Ey')!.denied).to.deep.equal(['x.y']);
  });

  for (const [what, value] of [
    ['another form', '3.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020.'],
    ['a short id', '2.bxwKji0dS46dTwo.mdsq2c8l.9dblc00.020.'],
    ['bad flags', '2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.320.'],
    ['a grant that is neither 1 nor 0', '2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020..2a'],
    ['an unknown short id', '2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020..1q'],
    ['broken escapes', '2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020..1~%E0%A4%A'],
    ['a time that is not base 36', '2.bxwKji0dS46dTwobLD1OXw.MDSQ.9dblc00.020.'],
    ['no revision field', '2.bxwKji0dS46dTwobLD1OXw.mdsq2c8l.9dblc00.020'],
  ] as const) {
    it(`${what}: unreadable`, () => {
      expect(parseRecord(value)).to.equal(null);
    });
  }
});
