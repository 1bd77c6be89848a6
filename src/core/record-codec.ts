import { ConsentMode, DAY, MAX_DAYS, freezeRecord, type ConsentCause, type ConsentRecord } from './consent-record.js';

/**
 * The stored form of a record (docs/cookie.md#the-stored-form): short, because the cookie travels
 * with every request to the site. Dot-separated fields:
 *
 *     2.<id>.<ts>.<life>.<mode><cause><gpc>.<rev>[.<grant>…]
 *
 * - `2`: the format (a stored value starting with `{` is the earlier JSON form);
 * - `<id>`: the consent id, a UUID's 16 bytes in base64url (22 characters);
 * - `<ts>`: the time of the decision, milliseconds since 1970 in base 36;
 * - `<life>`: `exp` − `ts` in milliseconds, base 36;
 * - `<mode>` `i` opt-in, `o` opt-out, `n` notice; `<cause>` one letter (`CAUSES`); `<gpc>` `1` or `0`;
 * - `<rev>`: the revision, escaped (below);
 * - each `<grant>`: `1` granted or `0` denied, then the id: `a` analytics, `m` marketing,
 *   `f` functional, any other as `~` and the id escaped. `necessary` is granted in every record
 *   and not written; granted ids come first, each list in the record's order.
 *
 * Escaped: percent-encoded as `encodeURIComponent` does, `.` too, so that no field holds a dot.
 */
export const STORED_FORM = '2';

const MODES: Record<ConsentMode, string> = { 'opt-in': 'i', 'opt-out': 'o', notice: 'n' };
const CAUSES: Record<ConsentCause, string> = {
  'accept-all': 'a',
  'reject-all': 'r',
  save: 's',
  acknowledge: 'k',
  api: 'p',
  sync: 'y',
  gpc: 'g',
  reset: 'x',
};
const SHORT: Record<string, string> = { a: 'analytics', m: 'marketing', f: 'functional' };

const escape = (s: string) => encodeURIComponent(s).replace(/\./g, '%2E');
const keyOf = (table: Record<string, string>, value: string) => Object.keys(table).find((k) => table[k] === value);
const UUID = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i;

/**
 * The stored form of `r`; `undefined` when it cannot be written short: its id is not a UUID, or an
 * id or the revision is not text that a URL can carry (a lone surrogate), for which the JSON form
 * serves.
 */
export function encodeRecord(r: ConsentRecord): string | undefined {
  const hex = UUID.exec(r.id)?.slice(1).join('');
  if (!hex) return undefined;
  try {
    const id = btoa(String.fromCharCode(...hex.match(/../g)!.map((h) => parseInt(h, 16))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const ts = Date.parse(r.ts);
    const grant = (state: string) => (g: string) => state + (keyOf(SHORT, g) ?? `~${escape(g)}`);
    return [
      STORED_FORM,
      id,
      ts.toString(36),
      (Date.parse(r.exp) - ts).toString(36),
      MODES[r.mode] + CAUSES[r.cause] + (r.gpc ? 1 : 0),
      escape(r.rev),
      ...r.granted.filter((g) => g !== 'necessary').map(grant('1')),
      ...r.denied.map(grant('0')),
    ].join('.');
  } catch {
    return undefined; // encodeURIComponent refuses a lone surrogate
  }
}

/**
 * The record that the stored form `value` holds, not yet checked (its fields are judged as the
 * JSON form's are); `undefined` when it does not decode.
 */
function decodeRecord(value: string): Partial<ConsentRecord> | undefined {
  const [form, id64, ts36, life36, flags, rev, ...grants] = value.split('.');
  if (form !== STORED_FORM || !/^[\w-]{22}$/.test(id64 ?? '') || !/^[0-9a-z]{1,12}$/.test(ts36 ?? '') || !/^[0-9a-z]{1,12}$/.test(life36 ?? '')) return undefined;
  if (!/^[ion][a-z][01]$/.test(flags ?? '') || rev === undefined) return undefined;
  const hex = [...atob(id64!.replace(/-/g, '+').replace(/_/g, '/'))].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  const ts = parseInt(ts36!, 36);
  const granted = ['necessary'];
  const denied: string[] = [];
  for (const g of grants) {
    const rest = g.slice(1);
    const id = rest[0] === '~' ? decodeURIComponent(rest.slice(1)) : Object.hasOwn(SHORT, rest) ? SHORT[rest] : undefined;
    if (!id || (g[0] !== '1' && g[0] !== '0')) return undefined;
    (g[0] === '1' ? granted : denied).push(id);
  }
  return {
    v: 1,
    id: hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
    ts: new Date(ts).toISOString(),
    exp: new Date(ts + parseInt(life36!, 36)).toISOString(),
    rev: decodeURIComponent(rev),
    mode: keyOf(MODES, flags![0]!) as ConsentMode | undefined,
    granted,
    denied,
    cause: keyOf(CAUSES, flags![1]!) as ConsentCause | undefined,
    gpc: flags![2] === '1',
  };
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Parses a stored value. Returns the record when its shape is right and it could have been
 * written by this library (whatever its age or revision; the store judges those), `undefined`
 * when nothing is stored, and `null` when something is stored that is not such a record.
 *
 * The stored value is as untrusted as any cookie: a decision dated in the future or lasting
 * longer than a cookie can (consent that never lapses), or an id that is not one of ours, a UUID (it
 * would be kept in every later record and sent to `log-endpoint`) make it unreadable.
 */
export function parseRecord(raw: string | null | undefined): ConsentRecord | null | undefined {
  if (raw == null || raw === '') return undefined;
  try {
    // the stored form, or the earlier JSON form (read as before; the next decision rewrites it)
    const r = raw.startsWith(`${STORED_FORM}.`) ? decodeRecord(raw) : (JSON.parse(raw) as Partial<ConsentRecord> | null);
    const ts = Date.parse(r?.ts as string);
    const exp = Date.parse(r?.exp as string);
    if (
      r && r.v === 1 && typeof r.id === 'string' && UUID.test(r.id) &&
      // written by this browser's clock: a day of slack for a clock set back since
      ts <= Date.now() + DAY && ts < exp && exp <= ts + MAX_DAYS * DAY &&
      typeof r.rev === 'string' && (Object.values(ConsentMode) as unknown[]).includes(r.mode) &&
      isStringArray(r.granted) && isStringArray(r.denied) && typeof r.cause === 'string' && typeof r.gpc === 'boolean'
    ) {
      return freezeRecord(r as ConsentRecord);
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}
