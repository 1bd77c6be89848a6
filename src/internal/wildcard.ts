/**
 * Whether `name` matches `pattern`, where `*` stands for any run of characters (the `cookies`
 * attribute's patterns). Not a regular expression: a pattern comes from page markup, and
 * `*a*a*a*a*b` against a long cookie name would make a backtracking one run for minutes. Each
 * part between stars is taken at its first place after the one before, which is all a pattern
 * of literal parts and stars needs: linear in the name.
 */
export function matchesWildcard(name: string, pattern: string): boolean {
  const parts = pattern.split('*');
  const first = parts.shift()!;
  if (!parts.length) return name === first;
  const last = parts.pop()!;
  let at = first.length;
  const end = name.length - last.length;
  if (end < at || !name.startsWith(first) || !name.endsWith(last)) return false;
  for (const part of parts) {
    const found = name.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}
