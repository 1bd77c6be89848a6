import { freezeRecord, type ConsentCause, type ConsentRecord } from './consent-record.js';
import { DAY, MAX_DAYS } from './days.js';
import { ConsentMode } from './option-values.js';

/**
 * The stored form of a record (docs/cookie.md#the-stored-form): short, because the cookie travels
 * with every request to the site. Dot-separated fields:
 *
 *     2.<id>.<ts>.<life>.<mode><cause><gpc>.<rev>[.<grant>…]
 *
 * - `2`: the form (a stored value starting with `{` is the JSON form, which serves for a record
 *   the short form cannot hold);
 * - `<id>`: the consent id, a UUID's 16 bytes in base64url (22 characters);
 * - `<ts>`: the time of the decision, milliseconds since 1970 in base 36;
 * - `<life>`: `exp` − `ts` in milliseconds, base 36;
 * - `<mode>`, `<cause>`: their places in `MODES` and `CAUSES`; `<gpc>` `1` or `0`;
 * - `<rev>`: the revision, escaped (below);
 * - each `<grant>`: `1` granted or `0` denied, then the id: `a` analytics, `m` marketing,
 *   `f` functional, any other as `~` and the id escaped. `necessary` is granted in every record
 *   and not written; granted ids come first, each list in the record's order.
 *
 * Escaped: percent-encoded as `encodeURIComponent` does, `.` too, so that no field holds a dot.
 */
const STORED_FORM = '2';

const MODES: readonly ConsentMode[] = ['opt-in', 'opt-out', 'notice'];
const CAUSES: readonly ConsentCause[] = ['accept-all', 'reject-all', 'save', 'acknowledge', 'api', 'sync', 'gpc', 'reset'];
const SHORT: Record<string, string> = { a: 'analytics', m: 'marketing', f: 'functional' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const grant = (state: string) => (id: string) =>
  state + (Object.keys(SHORT).find((k) => SHORT[k] === id) ?? `~${encodeURIComponent(id).replace(/\./g, '%2E')}`);

/**
 * The stored form of `r`; `undefined` when it cannot be written short: its id is not a UUID, or an
 * id or the revision is not text a URL can carry (a lone surrogate): the JSON form serves then.
 */
export function encodeRecord(r: ConsentRecord): string | undefined {
  if (!UUID.test(r.id)) return undefined;
  const ts = Date.parse(r.ts);
  try {
    return [
      STORED_FORM,
      btoa(String.fromCharCode(...r.id.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)))).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 22),
      ts.toString(36),
      (Date.parse(r.exp) - ts).toString(36),
      `${MODES.indexOf(r.mode)}${CAUSES.indexOf(r.cause)}${+r.gpc}`,
      encodeURIComponent(r.rev).replace(/\./g, '%2E'),
      ...r.granted.filter((g) => g != 'necessary').map(grant('1')),
      ...r.denied.map(grant('0')),
    ].join('.');
  } catch {
    return undefined; // encodeURIComponent refuses a lone surrogate
  }
}

/**
 * The record that the stored form `value` holds, not yet checked (its fields are judged as the
 * JSON form's are); `undefined` when it does not decode. Throws on broken escapes.
 */
function decodeRecord(value: string): Partial<ConsentRecord> | undefined {
  const [, id, ts36, life36, flags, rev, ...grants] = value.split('.');
  if (!/^[\w-]{22}$/.test(id!) || !/^[0-9a-z]{1,12}$/.test(ts36!) || !/^[0-9a-z]{1,12}$/.test(life36!) || !/^[0-2][0-7][01]$/.test(flags!) || rev == null) return undefined;
  const ts = parseInt(ts36!, 36);
  const granted = ['necessary'];
  const denied: string[] = [];
  for (const g of grants) {
    const rest = g.slice(1);
    const name = rest[0] == '~' ? decodeURIComponent(rest.slice(1)) : Object.hasOwn(SHORT, rest) ? SHORT[rest] : '';
    if (!name || !/^[01]/.test(g)) return undefined;
    (g[0] == '1' ? granted : denied).push(name);
  }
  return {
    v: 1,
    id: [...atob(id!.replace(/-/g, '+').replace(/_/g, '/'))]
      .map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'))
      .join('')
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
    ts: new Date(ts).toISOString(),
    exp: new Date(ts + parseInt(life36!, 36)).toISOString(),
    rev: decodeURIComponent(rev),
    mode: MODES[+flags![0]!],
    granted,
    denied,
    cause: CAUSES[+flags![1]!],
    gpc: flags![2] == '1',
  };
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Parses a stored value. Returns the record when its shape is right and it could have been
 * written by this library (whatever its age or revision; the store judges those), `undefined`
 * when nothing is stored, and `null` when something is stored that is not such a record.
 *
 * The stored value is as untrusted as any cookie: a decision dated in the future or lasting
 * longer than a cookie can (consent that never lapses), or an id that is not one of ours, a UUID
 * (it would be kept in every later record and sent to `log-endpoint`) make it unreadable.
 */
export function parseRecord(raw: string | null | undefined): ConsentRecord | null | undefined {
  if (raw == null || raw === '') return undefined;
  try {
    // the stored form, or the JSON form
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
