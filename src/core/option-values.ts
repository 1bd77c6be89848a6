/*
 * The values the store's enumerated options (and the element's attributes) allow: each a const
 * object and a type of the same name, declared once; the properties, the validation, the
 * manifest (as unions) and the framework types all take them from here.
 */

/**
 * How the banner asks (the `mode` attribute): `opt-in` (nothing optional until granted),
 * `opt-out` (granted until the visitor opts out) or `notice` (one acknowledge button).
 */
export const ConsentMode = { OPT_IN: 'opt-in', OPT_OUT: 'opt-out', NOTICE: 'notice' } as const;
export type ConsentMode = (typeof ConsentMode)[keyof typeof ConsentMode];

/** Where a decision is kept (the `storage` attribute): the cookie, or localStorage. */
export const ConsentStorage = { COOKIE: 'cookie', LOCAL: 'local' } as const;
export type ConsentStorage = (typeof ConsentStorage)[keyof typeof ConsentStorage];

/** The consent cookie's `SameSite` (the `cookie-same-site` attribute); `None` forces `Secure`. */
export const CookieSameSite = { LAX: 'Lax', STRICT: 'Strict', NONE: 'None' } as const;
export type CookieSameSite = (typeof CookieSameSite)[keyof typeof CookieSameSite];
