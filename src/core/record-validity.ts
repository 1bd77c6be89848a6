import type { ConsentRecord } from './consent-record.js';
import { DAY } from './days.js';
import type { ConsentMode } from './option-values.js';

/** What a site's settings say about which stored decisions still count. */
export interface ValiditySettings {
  /** The policy revision now. */
  readonly revision: string;
  /** How long a decision lasts now, in days. */
  readonly days: number;
  /** How the banner asks now. */
  readonly mode: ConsentMode;
}

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
