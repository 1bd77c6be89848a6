import { warnInvalid } from '../internal/warn-invalid.js';

/** One day in milliseconds. */
export const DAY = 864e5;
/** Browsers cap a cookie's lifetime at 400 days: no decision lasts longer. */
export const MAX_DAYS = 400;

/** How long a decision lasts unless the site says otherwise. */
export const DEFAULT_DAYS = 182;

/** Reads `days`: not a finite number > 0 → 182, above 400 → 400, each with one warning. */
export function normalizeDays(value: unknown): number {
  if (value == null || value === '') return DEFAULT_DAYS;
  const n = Number(typeof value === 'string' ? value.trim() : value);
  if (!(n > 0) || n === Infinity) {
    warnInvalid('days', value, DEFAULT_DAYS);
    return DEFAULT_DAYS;
  }
  if (n > MAX_DAYS) {
    warnInvalid('days', value, `${MAX_DAYS} (browsers cap cookies at ${MAX_DAYS} days)`);
    return MAX_DAYS;
  }
  return n;
}
