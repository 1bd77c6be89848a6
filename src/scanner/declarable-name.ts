/**
 * Whether a cookie or storage key can be named in a `cookies` list as itself. There `*` is a
 * wildcard and whitespace separates names, so a page's cookie named `*` or `_*`, pasted as it is,
 * would declare every cookie (or a whole family), and `ga uid` would declare `ga` and `uid`.
 * Browsers accept such names; markup the scanner suggests never contains them.
 */
export const declarableName = (name: string): boolean => name !== '' && !/[\s*]/.test(name);

/** Why a name is left out of suggested markup, in words the reports show beside it. */
export const NOT_DECLARABLE = 'cannot be declared exactly: in cookies, * is a wildcard and whitespace separates names';

/** Names as the reports show them when they cannot be declared: quoted, so `*` and spaces stand out. */
export const quotedNames = (names: string[]): string => names.map((name) => JSON.stringify(name)).join(' ');
