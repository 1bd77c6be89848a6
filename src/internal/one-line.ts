/**
 * `text` with the characters a warning must not write as they are shown escaped (`\u000a`):
 * values come from the page, and a line break in one would start a line of its own in the
 * console, one that can pass for another warning; C1 controls (which terminals that read them
 * take as control codes: U+009B begins a sequence as ESC [ does) and the marks that reorder the
 * text shown after them (U+202E) would change what a log shows. For a whole message whose values
 * were each cut with {@link oneLine}: cutting the message would cut what it says.
 */
export const escapeControls = (text: string): string =>
  text.replace(/[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A value as a warning quotes it: on one line (see {@link escapeControls}), and not much longer
 * than a line. Past 200 characters the rest is left out and the length said: a value can be a
 * page's worth of text (a CMS field), and a server logs every warning of every request.
 */
export function oneLine(text: unknown): string {
  const line = String(text);
  return escapeControls(line.length > 200 ? `${line.slice(0, 200)}… (${line.length} characters)` : line);
}
