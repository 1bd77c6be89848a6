import type { AttributeValues } from './attributes.js';

/** One service row inside a category row: a `<cookie-service>` child of its category. */
export interface ServiceConfig {
  /** The id, one word (white space inside becomes `-`). */
  readonly name: string;
  readonly label: string;
  /** Space-separated cookie names, `*` as a wildcard. */
  readonly cookies: string;
  /** The vendor's privacy policy. */
  readonly policyHref: string;
  readonly description: string;
  readonly saleOrShare: boolean;
}

/** One category row of the form: a `<cookie-category>` child when anything but its id is set. */
export interface CategoryConfig {
  /** The id, one word (white space inside becomes `-`). */
  readonly name: string;
  readonly label: string;
  /** Space-separated cookie names, `*` as a wildcard. */
  readonly cookies: string;
  readonly description: string;
  readonly required: boolean;
  readonly saleOrShare: boolean;
  /** Its service rows that have an id. */
  readonly services: readonly ServiceConfig[];
}

/** Everything the snippet is made from: what the form says, already trimmed. */
export interface ConfiguratorState {
  /** By attribute name (`attributes.ts`); `categories` holds the ids of the category rows. */
  readonly attributes: AttributeValues;
  readonly categories: readonly CategoryConfig[];
  /** URL of `cookie-consent.iife.js` as the site will serve it. */
  readonly scriptUrl: string;
  /** The category of the example gated script, or '' for none. */
  readonly gatedExample: string;
  /** Google's settings that `consent-mode.js` pushes (its `data-url-passthrough`, `data-ads-data-redaction`). */
  readonly consentModeSettings: { readonly urlPassthrough: boolean; readonly adsDataRedaction: boolean };
}

/** A category id as the element reads one from a space-separated list. */
export const categoryId = (name: string): string => name.trim().replace(/\s+/g, '-');

/** Whether a row needs a `<cookie-category>` child (else its id in `categories` says it all). */
export const hasDetails = (c: CategoryConfig): boolean =>
  !!(c.label || c.cookies || c.description || c.required || c.saleOrShare || c.services.length);
