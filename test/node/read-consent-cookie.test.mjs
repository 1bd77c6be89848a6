// readConsentCookie(): the decision a request's Cookie header carries, read on a server with the
// store's options and rules, from cookies as the store writes them (the built `dist/`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Cookies from 'js-cookie';
import { needsDecision, readConsentCookie } from '../../dist/core.js';
import { encodeRecord } from '../../dist/core/record-codec.js';

const DAY = 864e5;
const record = (overrides = {}) => {
  const ts = Date.now() - DAY;
  return {
    v: 1,
    id: '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f',
    ts: new Date(ts).toISOString(),
    exp: new Date(ts + 182 * DAY).toISOString(),
    rev: '',
    mode: 'opt-in',
    granted: ['necessary', 'analytics', 'marketing'],
    denied: ['functional'],
    cause: 'save',
    gpc: false,
    ...overrides,
  };
};
/** The header a browser sends: the value as js-cookie writes it, among other cookies. */
const header = (r, name = 'cookie_consent', form = 'stored') =>
  `session=abc; ${name}=${Cookies.converter.write(form === 'json' ? JSON.stringify(r) : encodeRecord(r), name)}; theme=dark`;

test('a valid decision, in either stored form, is the record', () => {
  for (const form of ['stored', 'json']) {
    const r = record();
    assert.deepEqual(readConsentCookie(header(r, 'cookie_consent', form)), r);
  }
});

test('the cookie name, the revision, days and mode are the element\'s options', () => {
  assert.deepEqual(readConsentCookie(header(record(), 'site_consent'), { cookieName: 'site_consent' })?.id, record().id);
  assert.equal(readConsentCookie(header(record(), 'site_consent')), null, 'another cookie name');
  assert.equal(readConsentCookie(header(record({ rev: '2' }))), null, 'made under another revision');
  assert.notEqual(readConsentCookie(header(record({ rev: '2' })), { revision: '2' }), null);
  const old = record({ ts: new Date(Date.now() - 30 * DAY).toISOString(), exp: new Date(Date.now() + 150 * DAY).toISOString() });
  assert.equal(readConsentCookie(header(old), { days: 20 }), null, 'older than days');
  assert.equal(readConsentCookie(header(record({ mode: 'notice' }))), null, 'a notice acknowledged, on an opt-in site');
  assert.notEqual(readConsentCookie(header(record({ mode: 'notice' })), { mode: 'notice' }), null);
});

test('expired, malformed, forged or absent: null, never a throw', () => {
  const past = Date.now() - 300 * DAY;
  assert.equal(readConsentCookie(header(record({ ts: new Date(past).toISOString(), exp: new Date(past + 100 * DAY).toISOString() }))), null);
  for (const bad of ['cookie_consent=%E0%A4%A', 'cookie_consent={', 'cookie_consent=2.x.y', 'cookie_consent=', 'other=1', '', undefined, null]) {
    assert.equal(readConsentCookie(bad), null, String(bad));
  }
  assert.equal(readConsentCookie(header(record({ id: 'x'.repeat(2500) }), 'cookie_consent', 'json')), null, 'a forged id');
});

test('a record carries the fields of a record only: none of a JSON cookie\'s own (__proto__, constructor, others)', () => {
  const json = `${JSON.stringify(record()).slice(0, -1)},"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"isAdmin":true}`;
  const r = readConsentCookie(`cookie_consent=${encodeURIComponent(json)}`);
  assert.deepEqual(Object.keys(r), Object.keys(record()));
  // what server code does with a record: the cookie must not choose the copy's prototype
  const copy = Object.assign({}, r);
  assert.equal(copy.isAdmin, undefined);
  assert.equal(Object.getPrototypeOf(copy), Object.prototype);
});

test('a Cookie header that is not a string (a framework\'s list of values, a number) is no decision, not a throw', () => {
  for (const bad of [[header(record())], 42, {}]) assert.equal(readConsentCookie(bad), null, JSON.stringify(bad));
});

test('with Sec-GPC, a sale-or-share grant made without the signal reads as denied', () => {
  const r = readConsentCookie(header(record()), { gpc: true });
  assert.deepEqual(r.granted, ['necessary', 'analytics']);
  assert.ok(r.denied.includes('marketing'));
  const under = record({ gpc: true });
  assert.deepEqual(readConsentCookie(header(under), { gpc: true }).granted, under.granted, 'granted while the signal was on');
});

test('with Sec-GPC, the services of a sale-or-share category read as denied with it', () => {
  const r = readConsentCookie(header(record({ granted: ['necessary', 'analytics', 'marketing', 'meta-pixel', 'matomo'] })), {
    gpc: true,
    services: { marketing: 'meta-pixel', analytics: 'matomo' },
  });
  assert.deepEqual(r.granted, ['necessary', 'analytics', 'matomo']);
  assert.deepEqual(r.denied.toSorted(), ['functional', 'marketing', 'meta-pixel']);
  assert.equal(r.gpc, true);
});

test('with Sec-GPC, an undecided sale-or-share category reads as denied: no banner for it, as in the browser', () => {
  const undecided = header(record({ granted: ['necessary', 'analytics'], denied: ['functional'] }));
  assert.equal(needsDecision(readConsentCookie(undecided), 'analytics marketing functional'), true, 'without the signal, marketing is asked about');
  const r = readConsentCookie(undecided, { gpc: true });
  assert.deepEqual(r.denied, ['marketing', 'functional']);
  assert.equal(needsDecision(r, 'analytics marketing functional'), false);
  assert.ok(Object.isFrozen(r), 'frozen, as every record the library hands over');
});

test('needsDecision: no decision, or a category the decision does not mention', () => {
  assert.equal(needsDecision(null, 'analytics'), true);
  assert.equal(needsDecision(record(), 'analytics marketing functional'), false);
  assert.equal(needsDecision(record(), ['analytics', 'video']), true);
});

test('a required category reads as granted, as in the browser, where a record may not list it', () => {
  // (a record that Global Privacy Control wrote before the visitor decided)
  const options = { categories: 'analytics security', required: 'security', gpc: true, saleOrShare: 'security marketing' };
  const consent = readConsentCookie(header(record({ granted: ['necessary'], denied: ['marketing'], cause: 'gpc', gpc: true })), options);
  assert.deepEqual(consent.granted, ['necessary', 'security']);
  assert.ok(!consent.denied.includes('security'), 'a required category is not denied by the signal');
  assert.equal(needsDecision(consent, 'security'), false);
});

test('a cookie name the browser writes encoded (a space, a parenthesis, a letter beyond ASCII) is read under the same name', async () => {
  const { cookiePair } = await import('../../dist/core/page-cookies.js');
  for (const cookieName of ['site consent', 'consent(v2)', 'préférences', 'a=b', '%41']) {
    const r = record();
    // the header a browser sends for the cookie the element wrote (core/page-cookies.ts)
    const sent = `session=abc; ${cookiePair(cookieName, encodeRecord(r))}; theme=dark`;
    assert.deepEqual(readConsentCookie(sent, { cookieName }), r, cookieName);
  }
  // a cookie the browser does not read under that name is not the decision on the server either
  assert.equal(readConsentCookie(`%2541=${Cookies.converter.write(encodeRecord(record()))}`, { cookieName: '%2541' }), null);
});
