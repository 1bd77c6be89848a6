/**
 * `dist/consent-mode.js`: the Google Consent Mode v2 bootstrap for `<head>` (SPEC §9).
 * Placeholder until the Consent Mode issue lands: it does nothing yet.
 */
export {};
