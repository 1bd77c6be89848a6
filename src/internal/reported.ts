/**
 * Set on an error that was reported (with one console warning) where it arose, so that whoever
 * catches it does not warn again.
 */
export const REPORTED = Symbol.for('cookie-consent-element:reported');
