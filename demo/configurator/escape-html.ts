/**
 * Escaping for the snippet, which is built as text: whatever a site owner types (a heading with
 * quotes, a description with `<`) must come out as the same characters on their page, never as
 * markup.
 */

/** A value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text content of an ordinary element. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A JavaScript string literal that is safe inside `<script>`: JSON's quoting, plus `<` escaped so
 * that no `</script>` or `<!--` can end or confuse the script element.
 */
export function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
