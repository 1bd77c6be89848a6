/** How the banner asks: see the `mode` attribute. */
export type ConsentMode = 'opt-in' | 'opt-out' | 'notice';

/** What recorded a decision (`consent-change` detail and the stored record). */
export type ConsentCause =
  | 'accept-all'
  | 'reject-all'
  | 'save'
  | 'acknowledge'
  | 'api'
  | 'sync'
  | 'gpc'
  | 'reset';

/**
 * The stored decision (SPEC §6): the same compact JSON in the cookie and in localStorage.
 * It is the site's proof of consent: who (a random id), when, under which policy revision,
 * what was granted and denied, and how.
 */
export interface ConsentRecord {
  /** Schema version. */
  readonly v: 1;
  /** Random consent id (UUID v4), kept across later changes by the same browser. */
  readonly id: string;
  /** Time of the decision (ISO 8601). */
  readonly ts: string;
  /** When the decision lapses (ISO 8601): `ts` + `days`. */
  readonly exp: string;
  /** Policy revision the decision was made under. */
  readonly rev: string;
  /** The mode the banner was in. */
  readonly mode: ConsentMode;
  /** Granted category ids; always includes `necessary`. */
  readonly granted: readonly string[];
  /** Denied category ids. A category in neither list was added to the site since. */
  readonly denied: readonly string[];
  /** What recorded the decision. */
  readonly cause: ConsentCause;
  /** Whether Global Privacy Control was honoured in this decision. */
  readonly gpc: boolean;
}

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Parses a stored value. Returns the record when its shape is right (whatever its age or
 * revision; the store judges those), `undefined` when nothing is stored, and `null` when
 * something is stored that is not a record.
 */
export function parseRecord(raw: string | null | undefined): ConsentRecord | null | undefined {
  if (raw == null || raw === '') return undefined;
  try {
    const r = JSON.parse(raw) as Partial<ConsentRecord> | null;
    if (
      r && r.v === 1 && typeof r.id === 'string' && typeof r.ts === 'string' &&
      typeof r.exp === 'string' && !Number.isNaN(Date.parse(r.exp)) && typeof r.rev === 'string' &&
      isStringArray(r.granted) && isStringArray(r.denied)
    ) {
      return r as ConsentRecord;
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

/** A random UUID v4, also where `crypto.randomUUID` is missing (insecure contexts, old browsers). */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
