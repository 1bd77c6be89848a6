/**
 * Shared pieces of the property-based robustness tests (fast-check): hostile strings, a guard
 * that collects uncaught errors and warnings, and an oracle for stored consent values.
 *
 * Every property runs with a fixed seed; fast-check's failure message prints it and the path of
 * the shrunk counterexample (`{ seed: …, path: "…" }`), so a failure reproduces by passing both
 * to `fc.assert` in place of the fixed seed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ConsentRecord } from '../../src/core/consent-record.js';
import { clearStorage, DAY_MS, sleep } from '../helpers.js';

export { fc };

/** Runs per property that drives the store directly; the element properties use fewer (see there). */
export const RUNS = 1000;

/** Strings that have broken parsers, templates and property bags before. */
export const NASTY = [
  '',
  ' ',
  '\t\n',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  '<b>bold</b>',
  '&lt;b&gt;&amp;',
  '${x}',
  '{{x}}',
  '%',
  '%E0%A4%A',
  '%7B%22v%22%3A1%7D',
  '100%',
  ';',
  'a; domain=evil.example; path=/',
  '=',
  ',',
  '"',
  "'",
  '\\',
  '\u0000',
  '\uD800',
  '\u202Emirror',
  'زر',
  '🍪🍪',
  'e\u0301',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'closed',
  'crossOriginIsolated',
  'location',
  'document',
  'name',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e309',
  '1e-300',
  '0x10',
  ' 12 ',
  '401',
  'null',
  'undefined',
  'true',
  'javascript:window.__pwned=1',
  'de',
  'fr-CA',
  'ar',
  'none',
  'LAX',
  'local',
  'opt-out',
  'notice',
  'dark',
  'center',
];

/** A string a page or a visitor might produce: nasty constants, any code units, markup, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom('<', '>', '"', "'", '&', '%', ';', '=', '/', 'script', 'img', ' ', 'on', 'x', '(', ')', '`'), { maxLength: 30 })
      .map((parts) => parts.join('')),
  },
  // huge, without white space (a list attribute would otherwise become thousands of ids)
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('<i>x</i>', '%;"', 'é🍪', 'a'), fc.integer({ min: 500, max: 5000 })).map(([s, n]) => s.repeat(n)) },
);

/** Collects uncaught errors, unhandled rejections and `console.warn` calls until `stop()`. */
export function guard(): { errors: string[]; warnings: string[]; stop: () => void } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    errors,
    warnings,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      console.warn = warn;
    },
  };
}

/**
 * Guards each test of the suite it is called in: storage cleared before and after, `prepare`
 * run first, and the test failed by any uncaught error. Returns the running test's guard.
 */
export function guardEachTest(prepare?: () => void): () => ReturnType<typeof guard> {
  let g: ReturnType<typeof guard>;
  beforeEach(() => {
    clearStorage();
    prepare?.();
    g = guard();
  });
  afterEach(async () => {
    await sleep(0);
    g.stop();
    clearStorage();
    expect(g.errors, 'uncaught errors').to.deep.equal([]);
  });
  return () => g;
}

/** Expires cookie `name` (host-only, path /) and drops the localStorage key of the same name. */
export function forget(name: string): void {
  // js-cookie writes the name percent-encoded, as encodeURIComponent does (but for a few characters)
  for (const n of new Set([name, encodeURIComponent(name)])) {
    try {
      document.cookie = `${n}=; max-age=0; path=/`;
    } catch {
      // a name the browser will not take cannot be there either
    }
  }
  localStorage.removeItem(name);
}

/** How a reader may take a stored string: as is, percent-decoded, quotes stripped. */
function readings(raw: string): string[] {
  const out = new Set([raw]);
  const unquoted = raw[0] === '"' ? raw.slice(1, -1) : raw;
  for (const s of [raw, unquoted]) {
    out.add(s);
    try {
      out.add(decodeURIComponent(s));
    } catch {
      // not percent-encoding
    }
    out.add(s.replace(/(%[\dA-F]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    }));
  }
  return [...out];
}

export interface Judge {
  revision: string;
  days: number;
  mode: string;
}

/**
 * docs/cookie.md, written out independently of the store: is `r` a decision that counts on this page?
 * Right shape, same revision, not past `exp` nor `ts` + `days`, and an acknowledged notice does
 * not count for another mode.
 */
export function countsAsDecision(r: unknown, j: Judge, now = Date.now()): r is ConsentRecord {
  if (!r || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string');
  return (
    x.v === 1 &&
    // an id of ours: a UUID
    typeof x.id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(x.id) &&
    typeof x.ts === 'string' &&
    typeof x.exp === 'string' &&
    x.rev === j.revision &&
    ['opt-in', 'opt-out', 'notice'].includes(x.mode as string) &&
    typeof x.cause === 'string' &&
    typeof x.gpc === 'boolean' &&
    strings(x.granted) &&
    strings(x.denied) &&
    now < Date.parse(x.exp) &&
    now < Date.parse(x.ts) + j.days * DAY_MS &&
    // not dated ahead of this clock (a day of slack), and lasting no longer than a cookie can
    Date.parse(x.ts) <= now + DAY_MS &&
    Date.parse(x.ts) < Date.parse(x.exp) &&
    Date.parse(x.exp) <= Date.parse(x.ts) + 400 * DAY_MS &&
    (x.mode !== 'notice' || j.mode === 'notice')
  );
}

/** Every category id that some reading of the stored strings validly grants. */
export function validlyGranted(stored: (string | null | undefined)[], j: Judge): Set<string> {
  const ids = new Set<string>();
  for (const raw of stored) {
    if (!raw) continue;
    for (const text of readings(raw)) {
      let r: unknown;
      try {
        r = JSON.parse(text);
      } catch {
        continue;
      }
      if (countsAsDecision(r, j)) for (const id of r.granted) ids.add(id);
    }
  }
  return ids;
}

/** Every id that any reading of the stored strings mentions in a `granted` array (valid or not). */
export function mentionedIds(stored: (string | null | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const raw of stored) {
    if (!raw) continue;
    for (const text of readings(raw)) {
      try {
        const r = JSON.parse(text) as { granted?: unknown; denied?: unknown };
        for (const list of [r?.granted, r?.denied]) if (Array.isArray(list)) list.forEach((s) => typeof s === 'string' && ids.add(s));
      } catch {
        // not JSON
      }
    }
  }
  return [...ids];
}

/** The raw value of cookie `name` as the browser keeps it (name as js-cookie encodes it), or undefined. */
export function rawCookieOf(name: string): string | undefined {
  const encoded = encodeURIComponent(name).replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent).replace(/[()]/g, escape);
  for (const pair of document.cookie.split('; ')) {
    const i = pair.indexOf('=');
    if (pair.slice(0, i) === encoded) return pair.slice(i + 1);
  }
  return undefined;
}
