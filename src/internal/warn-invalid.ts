import { oneLine } from './one-line.js';

/**
 * Reports a bad configuration value without throwing: the page keeps working with the documented
 * default, and the site owner sees one line that names the attribute, the value and what is used.
 */
export function warnInvalid(attribute: string, value: unknown, using: unknown): void {
  console.warn(`<cookie-consent>: ${attribute}="${oneLine(value)}" is not valid; using ${oneLine(using)}.`);
}
