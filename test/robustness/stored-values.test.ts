/**
 * Property: whatever the consent cookie or localStorage holds (random bytes, broken
 * percent-encoding, JSON of any shape, records with one field wrong), `read()` never throws,
 * answers `null` or a decision that counts (docs/cookie.md), grants nothing that the stored value did not
 * validly grant, and the next decision is stored so that a new store reads it back unchanged.
 * Drives `ConsentStore` directly, 1,000 runs.
 */
import { expect } from '@open-wc/testing';
import { closeStores, DAY_MS, openStore } from '../helpers.js';
import { fc, RUNS, countsAsDecision, forget, guard, hostileString, mentionedIds, rawCookieOf, validlyGranted } from './fuzz.js';

const POOL = ['necessary', 'analytics', 'marketing', 'functional', 'video', 'x%;,"', 'ünï'];

/** A record as an earlier visit (or a tamperer) left it: right in shape, then 0–2 fields made odd. */
const recordLike = fc
  .tuple(
    fc.record({
      v: fc.constant(1),
      id: fc.uuid(),
      // dated up to 200 days back (or a little ahead), lasting up to 400 days (or a little longer)
      ts: fc.integer({ min: -200, max: 2 }),
      life: fc.integer({ min: -2, max: 402 }),
      rev: fc.constantFrom('', '', '', '', '1'),
      mode: fc.constantFrom('opt-in', 'opt-in', 'opt-out', 'notice'),
      granted: fc.subarray(POOL),
      denied: fc.subarray(POOL),
      cause: fc.constantFrom('save', 'api', 'gpc'),
      gpc: fc.boolean(),
    }),
    fc.oneof(
      { weight: 4, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(
      fc.tuple(
        fc.constantFrom('v', 'id', 'ts', 'exp', 'rev', 'mode', 'granted', 'denied', 'cause', 'gpc', '__proto__'),
        fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.constantFrom(...POOL), fc.jsonValue()), { maxLength: 4 })),
      ),
      { minLength: 1, maxLength: 2 },
    ) },
    ),
  )
  .map(([{ ts, life, ...record }, changes]) => {
    const { v, id, ...rest } = record;
    const r: Record<string, unknown> = { v, id, ts: new Date(Date.now() + ts * DAY_MS).toISOString(), exp: new Date(Date.now() + (ts + life) * DAY_MS).toISOString(), ...rest };
    for (const [key, value] of changes) Object.defineProperty(r, key, { value, enumerable: true, configurable: true, writable: true });
    return JSON.stringify(r);
  });

const bytes = fc.uint8Array({ maxLength: 60 });

/** A stored string: a record-like value (plain, percent-encoded or quoted), JSON, bytes, text. */
/**
 * A stored string: a record-like value (as the library writes it there — percent-encoded in the
 * cookie, plain JSON in localStorage — or encoded the other way, or quoted), JSON, bytes, text.
 */
const storedValue = (where: 'cookie' | 'local') => fc.oneof(
  { weight: 10, arbitrary: recordLike.map((json) => (where === 'cookie' ? encodeURIComponent(json) : json)) },
  { weight: 2, arbitrary: recordLike.chain((json) => fc.constantFrom(json, encodeURIComponent(json), `"${encodeURIComponent(json)}"`, json.replace(/"/g, '%22'))) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: bytes.map((b) => String.fromCharCode(...b)) },
  { weight: 1, arbitrary: bytes.map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')) },
  { weight: 2, arbitrary: hostileString },
);

const decision = fc.oneof(
  fc.constant({ kind: 'acceptAll' as const }),
  fc.constant({ kind: 'rejectAll' as const }),
  fc.subarray(POOL).map((ids) => ({ kind: 'save' as const, ids })),
  fc.subarray(POOL).map((ids) => ({ kind: 'grant' as const, ids })),
);

/** The cookie value as docs/cookie.md says to read it (`decodeURIComponent`), or `undefined`. */
const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
};
const parse = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The fields of a record: what the store keeps of a stored one (none of a cookie's own keys). */
const RECORD_FIELDS = ['v', 'id', 'ts', 'exp', 'rev', 'mode', 'granted', 'denied', 'cause', 'gpc'];
const fieldsOf = (value: unknown) =>
  value && typeof value == 'object' ? Object.fromEntries(RECORD_FIELDS.map((k) => [k, (value as Record<string, unknown>)[k]])) : value;

let run = 0;

describe('property: hostile stored values', function () {
  this.timeout(60000);

  it(`read() never throws, never grants what was not validly granted, and the next decision reads back (${RUNS} runs)`, () => {
    const g = guard();
    try {
      fc.assert(
        fc.property(
          fc.record({
            cookie: fc.option(storedValue('cookie'), { nil: undefined, freq: 3 }),
            local: fc.option(storedValue('local'), { nil: undefined, freq: 3 }),
            storage: fc.constantFrom('cookie', 'local'),
            mode: fc.constantFrom('opt-in', 'notice', 'opt-out'),
            revision: fc.constantFrom('', '', '', '1'),
            days: fc.constantFrom(182, 400, 400, 30),
            categories: fc.subarray(POOL.slice(1, 5)),
            decision,
          }),
          (c) => {
            const name = `fz${++run}`;
            const options = { cookieName: name, storage: c.storage, mode: c.mode, revision: c.revision, days: c.days, categories: c.categories };
            try {
              if (c.cookie !== undefined) document.cookie = `${name}=${c.cookie}; path=/`;
              if (c.local !== undefined) localStorage.setItem(name, c.local);
              const stored = [rawCookieOf(name), localStorage.getItem(name)];
              g.warnings.length = 0;

              const store = openStore(options);
              const record = store.read();
              expect(g.warnings.length, 'warnings while reading').to.be.at.most(1);
              const judge = { revision: c.revision, days: c.days, mode: c.mode };
              if (record !== null) expect(countsAsDecision(record, judge), JSON.stringify(record)).to.equal(true);

              // a decision that counts, stored where the store looks first, is never lost
              const first = c.storage === 'cookie' && stored[0] ? decode(stored[0]) : stored[1] || undefined;
              const kept = parse(first);
              if (countsAsDecision(kept, judge)) expect(record, 'the stored decision').to.deep.equal(fieldsOf(kept));

              const allowed = validlyGranted(stored, judge);
              for (const id of new Set([...POOL, ...c.categories, ...mentionedIds(stored)])) {
                const granted = store.isGranted(id);
                if (c.mode === 'opt-out') {
                  // opt-out grants by default: only a valid denial counts, and it must hold
                  if (record?.denied.includes(id) && !record.granted.includes(id) && id !== 'necessary') expect(granted, id).to.equal(false);
                } else if (granted && id !== 'necessary') {
                  expect(allowed.has(id), `"${id}" granted, but the stored value did not validly grant it`).to.equal(true);
                }
              }

              // the next decision replaces whatever was there, and reads back unchanged
              const d = c.decision;
              if (d.kind === 'save' || d.kind === 'grant') store[d.kind](d.ids);
              else store[d.kind]();
              g.warnings.length = 0;
              const again = openStore(options).read();
              expect(again, 'read back').to.deep.equal(store.consent);
              expect(g.warnings, 'warnings when reading back').to.deep.equal([]);
            } finally {
              closeStores();
              forget(name);
            }
          },
        ),
        { seed: 0x5eed_0601, numRuns: RUNS, includeErrorInReport: true },
      );
      expect(g.errors).to.deep.equal([]);
    } finally {
      g.stop();
    }
  });
});
