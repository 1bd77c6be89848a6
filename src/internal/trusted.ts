interface Policy {
  createScript(code: string): string;
  createScriptURL(url: string): string;
}

let policy: Policy | 0 | undefined;

/**
 * `value` made acceptable to a Trusted Types sink when the browser has Trusted Types: as a
 * script URL (`script.src`, `embed.src`) when `url`, else as script (`script.text`, `on*`
 * attributes); a plain string stringifies the same wherever no sink is involved.
 *
 * Under `require-trusted-types-for 'script'` a gated script cannot be re-created without a policy:
 * Chromium 156 and Firefox 153 throw on `textContent = code` and on `setAttribute` of `src` or an
 * `on*` handler, and they block a `cloneNode` of the parsed script (and the scripts of a cloned
 * `<template>`) when it is prepared ("trusted-types-sink HTMLScriptElement text"). The policy
 * passes on only what the page's own DOM holds already, and a CSP nonce still applies. A page
 * whose `trusted-types` directive does not allow `cookie-consent-element` keeps its default
 * policy, if any, in charge.
 */
export function trusted(value: string, url?: boolean): string {
  try {
    // Created on first use: a page that activates nothing gets no policy.
    policy ??= (self as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy(
      'cookie-consent-element',
      { createScript: String, createScriptURL: String },
    );
  } catch {
    policy = 0;
  }
  return policy ? policy[url ? 'createScriptURL' : 'createScript'](value) : value;
}
