import { freezeRecord, randomId, type ConsentCause, type ConsentRecord } from './consent-record.js';
import { DAY } from './days.js';
import type { StoreSettings } from './store-settings.js';
import { idList } from '../internal/id-list.js';

/** What a store records a decision under: its settings, and the ids it locks on (`required`). */
export type DecisionSettings = Pick<StoreSettings, 'days' | 'revision' | 'mode' | 'gpc' | 'required' | 'saleOrShare'>;

/**
 * The record of a decision, made now: `necessary` always granted, no id both granted and denied;
 * under Global Privacy Control, what it denies is denied too unless granted (the next page has
 * nothing to override).
 *
 * `lockOn`: the visitor decided (a button of the banner or the preferences, the API), and the ids
 * the page locks on are stored granted. Else (a placeholder's grant, Global Privacy Control's
 * override) they stay as `base` had them: markup slipped into a page can lock on any id, and such
 * a write must neither add nor drop one. Under the signal, a locked id is neither added nor
 * carried as granted: the record's `gpc` would make that grant read, to a store for which the id
 * sells or shares, as one the visitor made with the signal on.
 */
export function decisionRecord(
  s: DecisionSettings,
  id: string | undefined,
  cause: ConsentCause,
  granted: Iterable<string>,
  denied: Iterable<string>,
  lockOn: boolean,
  base: ConsentRecord | null,
): ConsentRecord {
  const locked = s.required.filter((x) => x != 'necessary');
  const free = (x: string) => !locked.includes(x);
  const add = lockOn && !s.gpc;
  const kept = (list: readonly string[] | undefined) => (add ? [] : locked.filter((x) => list?.includes(x)));
  const yes = idList(['necessary', ...(add ? locked : []), ...[...granted].filter(free), ...(s.gpc ? [] : kept(base?.granted))]);
  const no = [...denied, ...(s.gpc ? s.saleOrShare : [])].filter((x) => !yes.includes(x) && free(x));
  const now = Date.now();
  return freezeRecord({
    v: 1,
    id: id ?? randomId(),
    ts: new Date(now).toISOString(),
    exp: new Date(now + s.days * DAY).toISOString(),
    rev: s.revision,
    mode: s.mode,
    granted: yes,
    denied: idList([...no, ...kept(base?.denied)]),
    cause,
    gpc: s.gpc,
  });
}
