import type { ConsentRecord } from './consent-record.js';
import type { ConsentStoreOptions } from './consent-store-options.js';
import { DAY, normalizeDays } from './days.js';
import { ConsentMode } from './option-values.js';
import { idList } from '../internal/id-list.js';
import { oneOf } from '../internal/one-of.js';

/** What a site's settings say about which stored decisions still count. */
export interface ValiditySettings {
  /** The policy revision now. */
  readonly revision: string;
  /** How long a decision lasts now, in days. */
  readonly days: number;
  /** How the banner asks now. */
  readonly mode: ConsentMode;
}

/** The settings `options` say, with their defaults (one warning for a bad value). */
export const validitySettings = (options: ConsentStoreOptions): ValiditySettings => ({
  revision: String(options.revision ?? ''),
  days: normalizeDays(options.days),
  mode: oneOf('mode', options.mode, Object.values(ConsentMode), 'opt-in'),
});

/**
 * Whether a well-formed stored decision still counts under `settings` (docs/cookie.md): made under
 * this revision, not past its `exp`, not older than `days` (a shorter `days` than when it was
 * stored shortens what is stored), and not a notice's acknowledgement on a site that asks.
 */
export function honoured(r: ConsentRecord, settings: ValiditySettings, now = Date.now()): boolean {
  return (
    r.rev === settings.revision &&
    now < Date.parse(r.exp) &&
    now < Date.parse(r.ts) + settings.days * DAY &&
    (r.mode !== 'notice' || settings.mode === 'notice')
  );
}

/**
 * What Global Privacy Control denies of `record` (or of no record): the sale-or-share ids it does
 * not deny already, but those the visitor granted while the signal was on.
 */
export const gpcDenies = (record: ConsentRecord | null, saleOrShare: readonly string[]): string[] =>
  saleOrShare.filter((id) => !record?.denied.includes(id) && !(record?.gpc && record.granted.includes(id)));

/**
 * Whether the visitor must be asked (the banner shows): no decision, or one that says nothing of
 * a category or service the site declares (`ids`; added since).
 */
export function needsDecision(record: ConsentRecord | null, ids: string | Iterable<string> = []): boolean {
  return !record || idList(ids).some((id) => !record.granted.includes(id) && !record.denied.includes(id));
}
