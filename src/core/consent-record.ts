import type { ConsentMode } from './option-values.js';

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
 * The stored decision (docs/cookie.md), the same in the cookie and in localStorage.
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
  /** Granted category and service ids; always includes `necessary`. */
  readonly granted: readonly string[];
  /** Denied category and service ids. One in neither list was added to the site since. */
  readonly denied: readonly string[];
  /** What recorded the decision. */
  readonly cause: ConsentCause;
  /** Whether Global Privacy Control was honoured in this decision. */
  readonly gpc: boolean;
}

/**
 * A record that cannot be changed by whoever it is handed to (a listener, the page), with the
 * fields of a record and no other: a stored one comes from a cookie, whose JSON may add any key
 * (`__proto__` too, which a merge of the record into an object would take for its prototype).
 */
export const freezeRecord = ({ v, id, ts, exp, rev, mode, granted, denied, cause, gpc }: ConsentRecord): ConsentRecord =>
  Object.freeze({ v, id, ts, exp, rev, mode, granted: Object.freeze([...granted]), denied: Object.freeze([...denied]), cause, gpc });

/** A random UUID v4, also where `crypto.randomUUID` is missing (insecure contexts, old browsers). */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
