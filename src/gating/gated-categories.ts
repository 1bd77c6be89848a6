import { consentIds, gatedIn } from './consent-ids.js';

/**
 * The category ids that gated markup under `root` uses in `data-consent`, each once, in order of
 * first use. `<cookie-consent>` adds them to its categories (docs/reference.md#attributes).
 */
export function gatedCategories(root: ParentNode = document): string[] {
  const ids = new Set<string>();
  for (const el of gatedIn(root)) for (const id of consentIds(el)) ids.add(id);
  return [...ids];
}
