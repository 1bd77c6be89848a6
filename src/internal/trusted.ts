interface Policy {
  createScript(code: string): string;
  createScriptURL(url: string): string;
}

let policy: Policy | 0 | undefined;

/**
 * The library's Trusted Types policy, `cookie-consent-element`, created on first use (a page that
 * activates nothing gets none); `0` where the browser has no Trusted Types or the page's
 * `trusted-types` directive refuses the name (then the page's default policy, if any, decides).
 *
 * Under `require-trusted-types-for 'script'` a gated script cannot be re-created without a policy:
 * browsers throw on `textContent = code` and on `setAttribute` of `src` or an `on*` handler, and
 * block a `cloneNode` of the parsed script (and the scripts of a cloned `<template>`) when it is
 * prepared. The policy passes on only what the page's own markup holds already, after the nonce
 * rule (`setScriptNonce`); a CSP nonce still applies.
 */
function trustedTypesPolicy(): Policy | 0 {
  try {
    policy ??=
      (self as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy(
        'cookie-consent-element',
        { createScript: String, createScriptURL: String },
      ) ?? 0;
  } catch {
    policy = 0;
  }
  return policy;
}

/** `code` made acceptable to a script sink (`script.text`, `on*` attributes); a plain string without Trusted Types. */
export function trustedScript(code: string): string {
  const p = trustedTypesPolicy();
  return p ? p.createScript(code) : code;
}

/** `url` made acceptable to a script-URL sink (`script.src`, `embed.src`); a plain string without Trusted Types. */
export function trustedScriptURL(url: string): string {
  const p = trustedTypesPolicy();
  return p ? p.createScriptURL(url) : url;
}
