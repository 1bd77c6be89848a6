/**
 * `text` as a warning shows it: on one line. Values come from the page, and a line break in one
 * would start a line of its own in the console, one that can pass for another warning; control
 * characters and line separators are shown escaped (`\u000a`) instead.
 */
export const oneLine = (text: unknown): string =>
  String(text).replace(/[\0-\x1f\x7f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
