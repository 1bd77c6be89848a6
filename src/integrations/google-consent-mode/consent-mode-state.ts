/**
 * The pure part of Google Consent Mode v2 (docs/consent-mode.md): which consent types a set of granted
 * categories grants. The `<head>` bootstrap (`bootstrap.ts`) carries its own
 * few-byte copy of the same rules (importing this module made it a third bigger); both are
 * tested against one table, `test/integrations/google-consent-mode/consent-mode-table.ts`.
 */

/**
 * The seven consent types of Consent Mode v2, in the order its documentation lists them
 * (docs/consent-mode.md); `ad_user_data` and `ad_personalization` are the ones v2 adds.
 */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** One Consent Mode type, e.g. `analytics_storage`. */
export type ConsentType = (typeof CONSENT_TYPES)[number];

/** What Consent Mode says about one type. */
export type ConsentModeValue = 'granted' | 'denied';

/** The argument of `gtag('consent', 'default' | 'update', state)`: all seven types. */
export type ConsentModeState = Record<ConsentType, ConsentModeValue>;

/**
 * Category id → the consent types it grants. A type is granted when at least one granted
 * category lists it; a type no granted category lists stays denied (`security_storage` is
 * always granted). Entries given to {@link consentModeState} replace the default entry of the
 * same category and keep the others: `{ ads: ['ad_storage', 'ad_user_data'] }` adds a category,
 * `{ marketing: [] }` stops `marketing` from granting anything. Unknown type names are ignored.
 */
export type ConsentModeMapping = Readonly<Record<string, readonly string[]>>;

/** The usual mapping (docs/consent-mode.md) of banner categories to Consent Mode types. */
export const DEFAULT_CONSENT_MODE_MAPPING: ConsentModeMapping = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};

/**
 * The Consent Mode state for a decision: every type denied but `security_storage`, then granted
 * for each granted category as `mapping` (merged over {@link DEFAULT_CONSENT_MODE_MAPPING}) says.
 * With `gpc`, the three ad types are denied whatever was granted: Global Privacy Control is an
 * opt-out of sale and sharing (docs/reference.md#global-privacy-control), which is what those types are for.
 *
 * @param isGranted - whether a category id is granted
 * @param gpc - Global Privacy Control applies to this decision
 * @param mapping - per-category overrides of the default mapping
 */
export function consentModeState(
  isGranted: (category: string) => boolean,
  gpc = false,
  mapping: ConsentModeMapping = {},
): ConsentModeState {
  const state = {} as ConsentModeState;
  for (const type of CONSENT_TYPES) state[type] = 'denied';
  const all = { ...DEFAULT_CONSENT_MODE_MAPPING, ...mapping };
  for (const id in all) {
    if (isGranted(id)) for (const type of all[id]) if (Object.hasOwn(state, type)) state[type as ConsentType] = 'granted';
  }
  state.security_storage = 'granted';
  if (gpc) state.ad_storage = state.ad_user_data = state.ad_personalization = 'denied';
  return state;
}
