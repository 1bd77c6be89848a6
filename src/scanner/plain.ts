/**
 * Page data made harmless to show, in the terminal and in the HTML report: control characters
 * (an escape sequence in a cookie name could move the cursor or rewrite the screen; a newline
 * would start a line of its own) and bidirectional formatting characters (a right-to-left
 * override in a cookie name reorders the rest of its line, so a report line reads other than
 * what it holds) become "�".
 */
export function plain(value: string | number): string {
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
