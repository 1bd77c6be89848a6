import type { ConsentRecord } from './consent-record.js';
import { DEFAULT_SALE_OR_SHARE, type ConsentStoreOptions } from './consent-store-options.js';
import { normalizeDays } from './days.js';
import { ConsentMode } from './option-values.js';
import { parseRecord } from './record-codec.js';
import { honoured } from './record-validity.js';
import { serviceMap, withServices } from './service-map.js';
import { idList } from '../internal/id-list.js';
import { oneOf } from '../internal/one-of.js';

/**
 * The decision a request's `Cookie` header carries, read on a server (no DOM) with the options and
 * the rules of the store in the browser (docs/cookie.md): the cookie `cookieName`, either stored
 * form, a decision that still counts under `days`, `revision` and `mode` — else `null`. With
 * `gpc: true` (the request came with `Sec-GPC: 1`), a sale-or-share grant made without the signal
 * reads as denied, as the browser will record it. With it, a server renders no banner for a
 * visitor who has decided (see {@link needsDecision}) and no tag whose category is not granted.
 */
export function readConsentCookie(header: string | null | undefined, options: ConsentStoreOptions = {}): ConsentRecord | null {
  const name = options.cookieName?.trim() || 'cookie_consent';
  const pair = (header ?? '').split(/;\s*/).find((p) => p.slice(0, p.indexOf('=')).trim() === name);
  if (!pair) return null;
  let record: ConsentRecord | null | undefined;
  try {
    record = parseRecord(decodeURIComponent(pair.slice(pair.indexOf('=') + 1).trim()));
  } catch {
    return null; // not percent-encoding: not a value of ours
  }
  const settings = {
    revision: String(options.revision ?? ''),
    days: normalizeDays(options.days),
    mode: oneOf('mode', options.mode, Object.values(ConsentMode), 'opt-in'),
  };
  if (!record || !honoured(record, settings)) return null;
  if (!options.gpc) return record;
  // as the store has it: the services of a category that sells or shares do too
  const saleOrShare = withServices(idList(options.saleOrShare ?? DEFAULT_SALE_OR_SHARE), serviceMap(options.services));
  const overridden = record.gpc ? [] : record.granted.filter((id) => saleOrShare.includes(id));
  if (!overridden.length) return record;
  return { ...record, granted: record.granted.filter((id) => !overridden.includes(id)), denied: [...record.denied, ...overridden], gpc: true };
}

/**
 * Whether the visitor must be asked (the banner shows): no decision, or one that says nothing of
 * a category the site declares now (added since).
 */
export function needsDecision(record: ConsentRecord | null, categories: string | Iterable<string> = []): boolean {
  return !record || idList(categories).some((id) => id !== 'necessary' && !record.granted.includes(id) && !record.denied.includes(id));
}
