/**
 * Reports a bad configuration value without throwing: the page keeps working with the documented
 * default, and the site owner sees one line that names the attribute, the value and what is used.
 */
export function warnInvalid(attribute: string, value: unknown, using: unknown): void {
  console.warn(`<cookie-consent>: ${attribute}="${String(value)}" is not valid; using ${String(using)}.`);
}

/** Picks `value` when it is one of `allowed` (case-insensitive), else warns and returns `fallback`. */
export function oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value == null || value === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === String(value).trim().toLowerCase());
  if (found) return found;
  warnInvalid(attribute, value, fallback);
  return fallback;
}
