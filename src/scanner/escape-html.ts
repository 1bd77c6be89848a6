const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and quoted attribute values. Every string the scanner puts in
 * HTML comes from the scanned pages (cookie names, URLs, labels) and may be written to break out.
 *
 * Characters that draw nothing or move the text around them (controls, line separators, and
 * formatting characters such as a right-to-left override or a zero-width space) are written as
 * character references: markup decodes them to the same character, so a cookie name in suggested
 * markup still declares exactly that cookie, and the snippet shows what it holds instead of
 * reordering the owner's source or hiding a character in it.
 */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
}
