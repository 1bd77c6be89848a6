import { gating } from '../gating/gating-state.js';
import { setScriptNonce } from '../gating/script-nonce.js';
import { ownScripts } from './own-script.js';

/**
 * The nonce rule for the drop-in files: gated scripts must carry the nonce of the `<script>` that
 * loads the library. Evaluated before the element is defined, so before anything is activated.
 */
const nonces = new Set(ownScripts().map((s) => s.nonce).filter(Boolean));
if (nonces.size > 1) {
  // Markup added a second `<script>` for this file with another nonce: the one that really ran
  // cannot be told from it, so no gated script can be trusted to carry the page's nonce.
  console.warn('<cookie-consent>: several <script> elements load this file with different nonces; gated scripts stay inert.');
  gating.nonce = null;
} else if (nonces.size) {
  setScriptNonce([...nonces][0]!);
}
