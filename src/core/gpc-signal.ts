/**
 * Whether the browser sends Global Privacy Control: `navigator.globalPrivacyControl === true`
 * (only the boolean counts; no `navigator` on a server: no signal).
 */
export const gpcSignal = (): boolean => (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
