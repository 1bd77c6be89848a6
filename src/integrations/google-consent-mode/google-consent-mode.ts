/**
 * Google Consent Mode v2 for `<cookie-consent google-consent-mode>` (docs/consent-mode.md), with no Lit and no
 * UI: keeps Google's consent state in step with the store's decision. The default itself comes
 * from `dist/consent-mode.js` in `<head>`; this module pushes the updates, and the default when
 * that bootstrap is missing.
 *
 * Every command is pushed as an Arguments object straight into the data layer, exactly what
 * Google's `gtag` stub does: gtag.js ignores plain arrays, and a site's own `gtag` might push them.
 * `window.gtag` and the data layer are never replaced: GTM patches the layer's `push`, and a new
 * array would cut it off.
 *
 * Defines no IAB API (`__tcfapi`, `__gpp`, `__uspapi`): the library is not a registered TCF CMP.
 */
import type { ConsentSource } from '../../core/consent-hub.js';
import {
  CONSENT_TYPES,
  DEFAULT_CONSENT_MODE_MAPPING,
  consentModeState,
  type ConsentModeMapping,
  type ConsentModeState,
  type ConsentType,
} from './consent-mode-state.js';

export {
  CONSENT_TYPES,
  DEFAULT_CONSENT_MODE_MAPPING,
  consentModeState,
  type ConsentModeMapping,
  type ConsentModeState,
  type ConsentModeValue,
  type ConsentType,
} from './consent-mode-state.js';

/** Options of {@link syncConsentMode} and {@link updateConsentMode}. */
export interface GoogleConsentModeOptions {
  /** Name of the global data layer (GTM's `l=` parameter). Default `dataLayer`. */
  dataLayer?: string;
  /** Per-category overrides of the default mapping (see {@link ConsentModeMapping}). */
  mapping?: ConsentModeMapping;
}

/** What the store offers that Consent Mode needs (a `ConsentStore` has it all). */
export interface ConsentModeSource extends Omit<ConsentSource, 'grant'> {
  /** Global Privacy Control is honoured on this page. */
  readonly gpc: boolean;
  /** Each service id and its category's: a granted service grants its category's types. */
  readonly services?: ReadonlyMap<string, string>;
}

/** What {@link syncConsentMode} or {@link updateConsentMode} did. */
export interface ConsentModeSync {
  /** A `consent`/`default` was pushed: the data layer had none (no bootstrap in `<head>`). */
  readonly pushedDefault: boolean;
  /** A `consent`/`update` was pushed. */
  readonly pushedUpdate: boolean;
  /** The state the store's decision means, as far as every element of the page grants it. */
  readonly state: ConsentModeState;
}

type Layer = unknown[];

const PREFIX = '<cookie-consent> google-consent-mode:';

/**
 * `internal/one-line.ts`'s rule, written here: the drop-in files load this part on its own, and a
 * module it shared with them would make it import the whole ES bundle.
 */
const oneLine = (text: string): string =>
  (text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text).replace(
    /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Google's queue entries are Arguments objects; anything else is not a gtag command. */
const isArguments = (entry: unknown): entry is IArguments =>
  Object.prototype.toString.call(entry) === '[object Arguments]';

const isConsent = (entry: unknown, command: 'default' | 'update'): entry is IArguments =>
  isArguments(entry) && entry[0] === 'consent' && entry[1] === command;

/** A command that sends data or loads GTM: the consent default must come before it. */
const isGoogleCommand = (entry: unknown): boolean =>
  isArguments(entry)
    ? entry[0] === 'js' || entry[0] === 'config' || entry[0] === 'event'
    : (entry as { event?: unknown } | null)?.event === 'gtm.js';

/**
 * The global data layer `name`, created empty when absent, never replaced: GTM patches the
 * existing array's `push`. Something that is not an array under that name → a warning and a
 * detached array, so that nothing throws.
 */
export function getDataLayer(name?: string): Layer {
  const w = window as unknown as Record<string, unknown>;
  name ||= 'dataLayer';
  let layer: Layer | undefined;
  try {
    layer = (w[name] ||= []) as Layer;
  } catch {
    // a global that cannot be assigned (`closed`, `crossOriginIsolated`): no data layer either
  }
  if (typeof layer?.push === 'function') return layer;
  // once per name: the element asks on connect and again on every decision
  if (!badLayers.has(name)) console.warn(`${PREFIX} window.${name} is not an array; using none.`);
  badLayers.add(name);
  return [];
}

const badLayers = new Set<string>();

/** Pushes one gtag command into `layer` as an Arguments object, as Google's stub does. */
function push(layer: Layer, command: 'default' | 'update', state: object): void {
  const gtag = function () {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  } as (...args: unknown[]) => void;
  gtag('consent', command, state);
}

/**
 * Pushes `gtag('consent', 'update', state)` into the data layer, synchronously. Call it inside
 * the handler of the click that decided: Consent Mode wants the update as soon as the visitor
 * chooses, on that page, before any navigation (docs/consent-mode.md).
 */
export function pushConsentUpdate(state: ConsentModeState, layerName = 'dataLayer'): void {
  push(getDataLayer(layerName), 'update', state);
}

/** Whether `layer` holds a `gtag('consent', 'default', …)`, e.g. from the `<head>` bootstrap. */
export function hasConsentDefault(layer: readonly unknown[]): boolean {
  return layer.some((entry) => isConsent(entry, 'default'));
}

/**
 * Whether a Google command (`js`, `config`, `event`, or GTM's `{event: 'gtm.js'}`) comes before
 * the first consent default in `layer`, or there is a command and no default at all: Google's
 * guide says the default must run before any command that sends data, else the defaults "will
 * not work".
 */
export function consentDefaultTooLate(layer: readonly unknown[]): boolean {
  for (const entry of layer) {
    if (isConsent(entry, 'default')) return false;
    if (isGoogleCommand(entry)) return true;
  }
  return false;
}

const warned = new WeakSet<object>();

/**
 * {@link consentDefaultTooLate}, with one `console.warn` per data layer the first time it is
 * true, telling the site to put `consent-mode.js` before its Google tag.
 */
export function warnIfConsentDefaultTooLate(layer: readonly unknown[]): boolean {
  const late = consentDefaultTooLate(layer);
  if (late && !warned.has(layer)) {
    warned.add(layer);
    console.warn(`${PREFIX} the consent default came too late: load consent-mode.js before Google's tags.`);
  }
  return late;
}

/**
 * The consent state that `layer` holds now: its defaults without a `region` (region-scoped ones
 * apply only somewhere), then its updates, each type taking the last value given.
 */
export function layerConsentState(layer: readonly unknown[]): Partial<ConsentModeState> {
  const merged: Partial<ConsentModeState> = {};
  for (const command of ['default', 'update'] as const) {
    for (const entry of layer) {
      const values = isConsent(entry, command) ? (entry[2] as Record<string, unknown> | null) : null;
      if (!values || typeof values !== 'object' || (command === 'default' && 'region' in values)) continue;
      for (const type of CONSENT_TYPES) {
        if (values[type] === 'granted' || values[type] === 'denied') merged[type] = values[type];
      }
    }
  }
  return merged;
}

/**
 * The Consent Mode state of a store's decision. Only categories the page declares or the
 * decision mentions count: in `opt-out` mode the store grants any undeclared id, and an ad
 * type must not follow a `marketing` category the site never asked about. A service granted on
 * its own grants its own mapping, else its category's types. GPC, honoured on this page or
 * recorded with the decision, denies the ad types.
 */
export function storeConsentState(store: ConsentModeSource, mapping: ConsentModeMapping = {}): ConsentModeState {
  const record = store.consent;
  const services = store.services ?? new Map<string, string>();
  const known = (id: string) => store.categories.includes(id) || services.has(id) || !!record?.granted.includes(id);
  const all = { ...DEFAULT_CONSENT_MODE_MAPPING, ...mapping };
  const withServices: Record<string, readonly string[]> = { ...mapping };
  for (const [service, category] of services) {
    // (own keys only: a service named `constructor` must not find Object.prototype's)
    if (!Object.hasOwn(withServices, service)) withServices[service] = Object.hasOwn(all, category) ? all[category]! : [];
  }
  return consentModeState((id) => known(id) && store.isGranted(id), store.gpc || record?.gpc === true, withServices);
}

/**
 * The states of the page's elements that keep Consent Mode, each by its own mapping: shared by
 * every copy of the library. Markup can slip in an element of its own, with the site's cookie and
 * a mapping that makes a granted `analytics` grant the ad types; what any element tells Google is
 * granted only where every one of them grants it (as gated markup runs only where every element
 * grants its category).
 */
const peers: Map<Element, () => ConsentModeState> = ((globalThis as Record<symbol, unknown>)[Symbol.for('cookie-consent-element.consent-mode.v1')] ??=
  new Map()) as Map<Element, () => ConsentModeState>;

/** Counts `state`, that of the element `host`, among those of the page (see `peers`) while `host` is on the page. */
export function joinConsentMode(host: Element, state: () => ConsentModeState): void {
  peers.set(host, state);
}

/** `own`, with each type granted only where every element of the page grants it too. */
function pageState(own: ConsentModeState): ConsentModeState {
  const page = { ...own };
  for (const [host, state] of peers) {
    // (one taken off the page answers for nothing; it joins again when it reads the decision on its return)
    if (!host.isConnected) peers.delete(host);
    else for (const [type, value] of Object.entries(state())) if (value !== 'granted') page[type as ConsentType] = 'denied';
  }
  return page;
}

/** The default first when the layer has none (no bootstrap), after the too-late check. */
function ensureDefault(layer: Layer): boolean {
  warnIfConsentDefaultTooLate(layer);
  if (hasConsentDefault(layer)) return false;
  push(layer, 'default', consentModeState(() => false));
  return true;
}

/** Warns when too late, pushes a missing default, then the update when `always` or when it differs. */
function sync(store: ConsentModeSource, options: GoogleConsentModeOptions, always: boolean): ConsentModeSync {
  const layer = getDataLayer(options.dataLayer);
  const pushedDefault = ensureDefault(layer);
  const state = pageState(storeConsentState(store, options.mapping));
  const now = always ? {} : layerConsentState(layer);
  const pushedUpdate = CONSENT_TYPES.some((type) => now[type] !== state[type]);
  if (pushedUpdate) push(layer, 'update', state);
  return { pushedDefault, pushedUpdate, state };
}

/**
 * On connect (a returning visitor, or a first visit): makes Google's consent state match the
 * store's. Warns once when Google commands came before any default; pushes the default when the
 * layer has none (the bootstrap is missing, e.g. with Google tags gated behind consent); pushes
 * an update only when what the layer holds differs from the store's decision. With the bootstrap
 * in `<head>` and an unchanged decision that is nothing at all; it corrects what the bootstrap
 * cannot know (a new `revision`, `opt-out` mode, GPC now on, a category's own mapping).
 */
export function syncConsentMode(store: ConsentModeSource, options: GoogleConsentModeOptions = {}): ConsentModeSync {
  return sync(store, options, false);
}

/**
 * On every decision (the store's `change` event, dispatched synchronously inside the click):
 * pushes the update at once, after a default if the layer has none.
 */
export function updateConsentMode(store: ConsentModeSource, options: GoogleConsentModeOptions = {}): ConsentModeSync {
  return sync(store, options, true);
}

const badTypes = new Set<string>();

/**
 * Reads a space-separated list of consent types, e.g. the `consent-mode` attribute of
 * `<cookie-category name="ads" consent-mode="ad_storage ad_user_data">`. Unknown names are
 * dropped with one warning each (naming the attribute and the value).
 */
export function parseConsentTypes(value: string | null | undefined, attribute = 'consent-mode'): ConsentType[] {
  const types: ConsentType[] = [];
  for (const name of (value ?? '').split(/\s+/)) {
    if (!name) continue;
    if ((CONSENT_TYPES as readonly string[]).includes(name)) types.push(name as ConsentType);
    else if (!badTypes.has(name)) {
      badTypes.add(name);
      console.warn(`${PREFIX} ${attribute}="${oneLine(value ?? '')}": ignoring "${oneLine(name)}".`);
    }
  }
  return types;
}

/**
 * The mapping overrides that `<cookie-category name consent-mode>` children, and their
 * `<cookie-service>` children, declare: one entry for each with a `consent-mode` attribute (an
 * empty one maps it to nothing).
 */
export function categoryConsentMapping(categories: Iterable<Element>): ConsentModeMapping {
  const mapping: Record<string, ConsentType[]> = {};
  for (const el of categories) {
    // (trimmed, as the element reads the id: an entry under ` pixel` would leave `pixel` its category's types)
    const name = el.getAttribute('name')?.trim();
    if (name && el.hasAttribute('consent-mode')) mapping[name] = parseConsentTypes(el.getAttribute('consent-mode'));
  }
  return mapping;
}
