/**
 * Gated markup (SPEC §10): scripts, embeds and templates that run only after consent.
 *
 * @packageDocumentation
 */
export { activateGated } from './activate-gated.js';
export { startGating } from './start-gating.js';
export { gatedCategories } from './gated-categories.js';
export { enablePlaceholders, placeholderTexts } from './gated-placeholder.js';
