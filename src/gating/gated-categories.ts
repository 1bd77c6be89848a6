import { consentIds, gatedIn } from './consent-ids.js';

/**
 * The category ids that gated markup under `root` uses in `data-consent`, each once, in order of
 * first use. `<cookie-consent>` adds them to its categories (SPEC §3).
 */
export const gatedCategories = (root: ParentNode = document): string[] => [
  ...new Set(gatedIn(root).flatMap(consentIds)),
];
