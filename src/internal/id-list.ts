/** Splits a space-separated list (or takes an iterable), drops blanks and repeats. */
export function idList(value?: string | Iterable<string> | null): string[] {
  const items = typeof value === 'string' ? value.split(/\s+/) : [...(value ?? [])];
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))];
}
