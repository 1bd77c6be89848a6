import { warnInvalid } from './warn-invalid.js';

/**
 * `value` when it is one of `allowed` (case-insensitive), else `fallback`: a bad value warns once
 * (naming `attribute`), none is the default without a word.
 */
export function oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value == null || value === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === String(value).trim().toLowerCase());
  if (found) return found;
  warnInvalid(attribute, value, fallback);
  return fallback;
}
