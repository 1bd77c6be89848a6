import { DEFAULT_COOKIE_NAME, DEFAULT_SALE_OR_SHARE, type ConsentStoreOptions } from './consent-store-options.js';
import { validitySettings, type ValiditySettings } from './record-validity.js';
import { gpcSignal } from './gpc-signal.js';
import { serviceMap, withServices } from './service-map.js';
import { idList } from '../internal/id-list.js';
import { warnInvalid } from '../internal/warn-invalid.js';

/** What a store's options come to, defaults applied: the settings it reads and records under. */
export interface StoreSettings extends ValiditySettings {
  /** The cookie (and localStorage key) the decision is kept under. */
  readonly cookieName: string;
  /** Whether Global Privacy Control is honoured on this page. */
  readonly gpc: boolean;
  /** `necessary`, the categories locked like it, and their services. */
  readonly required: readonly string[];
  /** The categories and services that Global Privacy Control denies. */
  readonly saleOrShare: readonly string[];
  /** Each service (vendor) id, and the id of its category. */
  readonly services: ReadonlyMap<string, string>;
}

/** The settings `options` say (one warning for each bad value, which takes its default). */
export function storeSettings(options: ConsentStoreOptions): StoreSettings {
  const services = serviceMap(options.services);
  const required = withServices(['necessary', ...idList(options.required)], services);
  return {
    ...validitySettings(options),
    cookieName: options.cookieName?.trim() || DEFAULT_COOKIE_NAME,
    // (a value that is not a boolean, recorded as it is, would make the record unreadable: the decision lost)
    gpc: typeof options.gpc == 'boolean' ? options.gpc : (options.gpc != null && warnInvalid('gpc', options.gpc, 'the signal'), gpcSignal()),
    required,
    // (a required one is granted whatever the signal says: nothing for it to deny)
    saleOrShare: withServices(idList(options.saleOrShare ?? DEFAULT_SALE_OR_SHARE), services).filter((id) => !required.includes(id)),
    services,
  };
}

