import type { BannerConfig, CategoryConfig, GatedElement } from './types.js';

/**
 * What `readPage()` answered, checked: the page is hostile until proven otherwise, so every
 * value is forced to the expected type, strings are clipped and lists are capped. Nothing the
 * page sends is evaluated.
 */
export interface PageProbe {
  hasElement: boolean;
  defined: boolean;
  config: BannerConfig | null;
  granted: string[];
  gated: GatedElement[];
  ungated: { tag: 'script' | 'iframe'; src: string }[];
  links: string[];
  url: string;
}

const MAX_STRING = 2048;
const MAX_ITEMS = 1000;

export function text(value: unknown, max = MAX_STRING): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function list<T>(value: unknown, item: (entry: unknown) => T): T[] {
  return Array.isArray(value) ? value.slice(0, MAX_ITEMS).map(item) : [];
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

const words = (value: unknown): string[] => list(value, (entry) => text(entry, 256)).filter(Boolean);

function category(value: unknown): CategoryConfig {
  return {
    name: text(field(value, 'name'), 256),
    label: text(field(value, 'label'), 256),
    required: field(value, 'required') === true,
    cookies: words(field(value, 'cookies')),
    services: list(field(value, 'services'), (service) => ({
      name: text(field(service, 'name'), 256),
      label: text(field(service, 'label'), 256),
      cookies: words(field(service, 'cookies')),
    })),
  };
}

export function sanitizeProbe(value: unknown): PageProbe {
  const config = field(value, 'config');
  return {
    hasElement: field(value, 'hasElement') === true,
    defined: field(value, 'defined') === true,
    config:
      config !== null && typeof config === 'object'
        ? {
            cookieName: text(field(config, 'cookieName'), 256) || 'cookie_consent',
            storage: text(field(config, 'storage'), 32) || 'cookie',
            mode: text(field(config, 'mode'), 32) || 'opt-in',
            logEndpoint: text(field(config, 'logEndpoint')),
            categories: list(field(config, 'categories'), category),
          }
        : null,
    granted: words(field(value, 'granted')),
    gated: list(field(value, 'gated'), (entry) => ({
      tag: text(field(entry, 'tag'), 64),
      src: text(field(entry, 'src')),
      consent: words(field(entry, 'consent')),
    })),
    ungated: list(field(value, 'ungated'), (entry) => ({
      tag: field(entry, 'tag') === 'iframe' ? ('iframe' as const) : ('script' as const),
      src: text(field(entry, 'src')),
    })).filter((entry) => /^https?:/.test(entry.src)),
    links: list(field(value, 'links'), (entry) => text(entry)).filter((href) => /^https?:/.test(href)),
    url: text(field(value, 'url')),
  };
}

/** A write the page reported through the note binding, or `null` when it is not one. */
export function sanitizeNote(value: unknown): { kind: 'cookie' | 'localStorage' | 'sessionStorage'; name: string; script: string } | null {
  const kind = field(value, 'kind');
  if (kind !== 'cookie' && kind !== 'localStorage' && kind !== 'sessionStorage') return null;
  const name = text(field(value, 'name'), 256);
  if (!name) return null;
  const script = text(field(value, 'script'));
  return { kind, name, script: /^https?:/.test(script) ? script : '' };
}
