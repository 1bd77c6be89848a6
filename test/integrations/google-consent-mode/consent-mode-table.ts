/**
 * The one table both Consent Mode implementations are tested against: the `<head>` bootstrap
 * (`dist/consent-mode.js`, self-contained for size) and the element's integration.
 * docs/consent-mode.md: analytics → analytics_storage; marketing → the three ad types; functional →
 * functionality_storage and personalization_storage; security_storage always granted; GPC denies
 * the ad types.
 */
import type { ConsentRecord } from '../../../src/core/consent-record.js';
import type { ConsentModeState } from '../../../src/integrations/google-consent-mode/consent-mode-state.js';

export const SEVEN_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

const g = 'granted';
const d = 'denied';

/** What a fresh visitor gets, and what the default says. */
export const ALL_DENIED: ConsentModeState = {
  ad_storage: d,
  ad_user_data: d,
  ad_personalization: d,
  analytics_storage: d,
  functionality_storage: d,
  personalization_storage: d,
  security_storage: g,
};

export interface TableRow {
  name: string;
  /** The stored decision (merged into a valid record). */
  record: Partial<ConsentRecord>;
  state: ConsentModeState;
}

export const CATEGORIES = ['analytics', 'marketing', 'functional'];

export const TABLE: TableRow[] = [
  {
    name: 'accept all',
    record: { granted: ['necessary', ...CATEGORIES], denied: [], cause: 'accept-all' },
    state: {
      ad_storage: g,
      ad_user_data: g,
      ad_personalization: g,
      analytics_storage: g,
      functionality_storage: g,
      personalization_storage: g,
      security_storage: g,
    },
  },
  {
    name: 'reject all',
    record: { granted: ['necessary'], denied: CATEGORIES, cause: 'reject-all' },
    state: ALL_DENIED,
  },
  {
    name: 'a custom save: analytics only',
    record: { granted: ['necessary', 'analytics'], denied: ['marketing', 'functional'], cause: 'save' },
    state: { ...ALL_DENIED, analytics_storage: g },
  },
  {
    name: 'a custom save: marketing and functional',
    record: { granted: ['necessary', 'marketing', 'functional'], denied: ['analytics'], cause: 'save' },
    state: {
      ...ALL_DENIED,
      ad_storage: g,
      ad_user_data: g,
      ad_personalization: g,
      functionality_storage: g,
      personalization_storage: g,
    },
  },
  {
    name: 'GPC: marketing denied by the signal',
    record: { granted: ['necessary', 'analytics', 'functional'], denied: ['marketing'], cause: 'gpc', gpc: true },
    state: { ...ALL_DENIED, analytics_storage: g, functionality_storage: g, personalization_storage: g },
  },
  {
    // docs/consent-mode.md: "GPC forces the three ad types to denied", even after an explicit grant
    name: 'GPC: marketing granted by hand under the signal',
    record: { granted: ['necessary', ...CATEGORIES], denied: [], cause: 'accept-all', gpc: true },
    state: { ...ALL_DENIED, analytics_storage: g, functionality_storage: g, personalization_storage: g },
  },
];
