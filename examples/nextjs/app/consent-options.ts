/**
 * The site's categories, in a module of their own: the server reads the cookie with them and the
 * banner asks for them. (A server component cannot import a value from a `'use client'` module:
 * it would get a reference to the client module, not the string.)
 */
export const CATEGORIES = 'analytics marketing';
