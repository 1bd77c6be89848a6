/**
 * `text` as a warning shows it: on one line, as it is, and not much longer than a line. Values
 * come from the page, and a line break in one would start a line of its own in the console, one
 * that can pass for another warning; C1 controls (which terminals that read them take as control
 * codes: U+009B begins a sequence as ESC [ does) and the marks that reorder the text shown after
 * them (U+202E) would change what a log shows. All of them, with the other control characters
 * and the line separators, are shown escaped (`\u000a`) instead. Past 200 characters the rest is
 * left out and the length said: a value can be a page's worth of text (a CMS field), and a server
 * logs every warning of every request.
 */
export function oneLine(text: unknown): string {
  const line = String(text);
  return (line.length > 200 ? `${line.slice(0, 200)}… (${line.length} characters)` : line).replace(
    /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
