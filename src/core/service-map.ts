import { idList } from '../internal/id-list.js';
import type { ConsentStoreOptions } from './consent-store-options.js';

/**
 * The services of a store's `services` option (docs/reference.md#services-cookie-service): each
 * service id and the id of its category. The first category to list an id keeps it; an id that
 * is a category there, or `necessary`, is not a service.
 */
export function serviceMap(option: ConsentStoreOptions['services'] = {}): Map<string, string> {
  const groups = Object.entries(option);
  const services = new Map<string, string>();
  for (const [category, ids] of groups) {
    for (const id of idList(ids)) if (id != 'necessary' && !services.has(id) && !groups.some(([c]) => c == id)) services.set(id, category);
  }
  return services;
}

/** `ids`, and the services whose category is among them. */
export const withServices = (ids: readonly string[], services: ReadonlyMap<string, string>): string[] =>
  idList([...ids, ...[...services].filter(([, c]) => ids.includes(c)).map(([id]) => id)]);
