import { gating } from './gating-state.js';
import { oneLine } from '../internal/one-line.js';

/**
 * Gated scripts run only if they carry `nonce`, the page's CSP nonce; any other stays inert,
 * with one warning that names it.
 *
 * Under `'strict-dynamic'` the browser trusts every script the library creates, whatever its
 * nonce, so this is what keeps a gated script that someone slipped into the page (a comment, a
 * CMS field) from running once its category is granted. The drop-in files set it from their own
 * `<script nonce>`; an app that bundles the library calls it with the nonce of its page.
 * An empty `nonce` lifts the rule.
 */
export function setScriptNonce(nonce: string): void {
  gating.nonce = nonce || undefined;
}

const describe = (script: HTMLScriptElement): string =>
  `<script data-consent="${script.dataset.consent}"${script.dataset.src ? ` data-src="${script.dataset.src}"` : ''}>` +
  (script.dataset.src ? '' : script.text.trim().slice(0, 60));

/** Whether `script` may run under the nonce rule; warns (once per script) when it may not. */
export function carriesNonce(script: HTMLScriptElement): boolean {
  const { nonce } = gating;
  if (nonce === undefined || script.nonce === nonce) return true;
  console.warn(`<cookie-consent>: a gated script without the page's nonce stays inert: ${oneLine(describe(script))}`);
  return false;
}
