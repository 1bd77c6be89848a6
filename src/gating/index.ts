/**
 * Gated markup (docs/gating.md), headless: scripts, embeds and templates that run only after consent.
 * The placeholder, being UI, is `./gated-placeholder.js` (`enablePlaceholders()`).
 *
 * @packageDocumentation
 */
export { activateGated } from './activate-gated.js';
export { startGating } from './start-gating.js';
export { gatedCategories } from './gated-categories.js';
export { setScriptNonce } from './script-nonce.js';
