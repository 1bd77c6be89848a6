import { freezeRecord, type ConsentRecord } from './consent-record.js';
import { DEFAULT_COOKIE_NAME, DEFAULT_SALE_OR_SHARE, type ConsentStoreOptions } from './consent-store-options.js';
import { cookieJar } from './page-cookies.js';
import { parseRecord } from './record-codec.js';
import { gpcDenies, honoured, validitySettings } from './record-validity.js';
import { serviceMap, withServices } from './service-map.js';
import { idList } from '../internal/id-list.js';

export { needsDecision } from './record-validity.js';

/**
 * The decision a request's `Cookie` header carries, read on a server (no DOM) with the options and
 * the rules of the store in the browser (docs/cookie.md): the cookie `cookieName`, either stored
 * form, a decision that still counts under `days`, `revision` and `mode` — else `null`. With
 * `gpc: true` (the request came with `Sec-GPC: 1`), the record reads as the browser will record
 * it: a sale-or-share grant made without the signal, and an undecided sale-or-share id, denied.
 * With it, a server renders no banner for a visitor who has decided (see {@link needsDecision})
 * and no tag whose category is not granted.
 */
export function readConsentCookie(header: string | null | undefined, options: ConsentStoreOptions = {}): ConsentRecord | null {
  const name = options.cookieName?.trim() || DEFAULT_COOKIE_NAME;
  // The cookie the browser's store reads under that name: the browser writes a name encoded
  // (`site consent` as `site%20consent`) and finds it decoded, so the raw header name is not it.
  // (a framework's header may be a list, or missing: only a string is a header here)
  let record = parseRecord(cookieJar(typeof header == 'string' ? header : '').get(name));
  if (!record || !honoured(record, validitySettings(options))) return null;
  // what the page locks on is granted, as in the browser, where a record may not list it (one that
  // Global Privacy Control wrote before the visitor decided)
  const services = serviceMap(options.services);
  const required = withServices(['necessary', ...idList(options.required)], services);
  const locked = required.filter((id) => !record!.granted.includes(id));
  if (locked.length) record = freezeRecord({ ...record, granted: idList([...record.granted, ...locked]), denied: record.denied.filter((id) => !locked.includes(id)) });
  if (!options.gpc) return record;
  // as the store has it: the services of a category that sells or shares do too; not a required one
  const deny = gpcDenies(record, withServices(idList(options.saleOrShare ?? DEFAULT_SALE_OR_SHARE), services).filter((id) => !required.includes(id)));
  if (!deny.length) return record;
  return freezeRecord({ ...record, granted: record.granted.filter((id) => !deny.includes(id)), denied: idList([...deny, ...record.denied]), gpc: true });
}
